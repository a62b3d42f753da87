using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>Direct database set-up for case tests, in the system scope (no signed-in user to filter by).</summary>
internal static class CaseTestData
{
    public static async Task<T> WithDbAsync<T>(ZhibaoApp app, Func<ZhibaoDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        return await work(db);
    }

    public static Task<int> OfficerIdAsync(ZhibaoApp app, string userName) =>
        WithDbAsync(app, db => db.Officers.Where(o => o.User!.UserName == userName).Select(o => o.Id).SingleAsync());

    public static Task<int> UnitIdAsync(ZhibaoApp app, string code) =>
        WithDbAsync(app, db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>An enterprise party with a valid 统一社会信用代码 built from <paramref name="seed"/>.</summary>
    public static Task<int> EnterpriseAsync(ZhibaoApp app, string name, int seed) => WithDbAsync(app, async db =>
    {
        var first17 = $"91120113MA{seed:D7}";
        var party = new Party
        {
            Kind = PartyKind.Enterprise, Name = name,
            UnifiedSocialCreditCode = first17 + Zhibao.Domain.Identifiers.UnifiedSocialCreditCode.ComputeCheckCharacter(first17),
            LegalRepresentative = "张三", Address = "天津市北辰区果园新村街某路1号",
        };
        db.Parties.Add(party);
        await db.SaveChangesAsync();
        return party.Id;
    });
}
