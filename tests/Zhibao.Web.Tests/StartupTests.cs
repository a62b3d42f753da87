using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Zhibao.Data;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests;

/// <summary>Outside demo mode there is no default password: the app refuses to start without a strong one.</summary>
public sealed class StartupTests
{
    private static ZhibaoApp Production(string? password) => new(DatabaseProvider.Sqlite, new Dictionary<string, string?>
    {
        ["Seed:Demo"] = "false",
        ["Seed:AdminPassword"] = password,
    });

    [Theory]
    [InlineData(null, "Seed:AdminPassword")]
    [InlineData("", "Seed:AdminPassword")]
    [InlineData("Zhibao#2023", "强度不足")]
    [InlineData("alllowercaseletters", "强度不足")]
    public void Without_a_strong_admin_password_the_app_refuses_to_start_and_names_the_setting(string? password, string expected)
    {
        using var app = Production(password);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(expected, validation.Message);
    }

    [Fact]
    public async Task With_a_strong_password_only_the_administrator_is_created()
    {
        using var app = Production("Beichen-Admin-2026!");
        using var client = app.CreateClient();
        var admin = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "Beichen-Admin-2026!" });
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var demo = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = ZhibaoApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        var demoUser = await client.PostAsJsonAsync("/api/auth/token", new { userName = "kezhang", password = ZhibaoApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, demoUser.StatusCode);
    }
}
