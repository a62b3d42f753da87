using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Data;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Registries;

/// <summary>Valid identifiers and direct database access for the registry tests.</summary>
internal static class RegistryTestData
{
    /// <summary>A valid 统一社会信用代码 (GB 32100) built from <paramref name="seed"/>.</summary>
    public static string Uscc(int seed)
    {
        var first17 = $"91120113MA{seed:D7}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>A valid 居民身份证号码 (GB 11643) of someone born in 1985 in 北辰区, sequence <paramref name="seed"/>.</summary>
    public static string ResidentId(int seed)
    {
        var first17 = $"12011319850101{seed % 1000:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The same code with its check character replaced by a wrong one.</summary>
    public static string Corrupt(string code, string charset)
    {
        var wrong = charset.First(c => c != code[^1]);
        return code[..^1] + wrong;
    }

    public static async Task<T> WithDbAsync<T>(ZhibaoApp app, Func<ZhibaoDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        return await work(db);
    }

    public static Task<int> UnitIdAsync(ZhibaoApp app, string code) =>
        WithDbAsync(app, db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<int> OfficerIdAsync(ZhibaoApp app, string userName) =>
        WithDbAsync(app, db => db.Officers.Where(o => o.User!.UserName == userName).Select(o => o.Id).SingleAsync());
}
