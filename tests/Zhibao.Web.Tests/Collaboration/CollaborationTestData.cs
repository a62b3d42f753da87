using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Collaboration;

/// <summary>Set-up for the collaboration tests: penalty cases of a unit written straight to the database, and counts of rows.</summary>
internal static class CollaborationTestData
{
    /// <summary>
    /// A filed penalty case of <paramref name="unitCode"/> against a new enterprise; closed with a 5,000 yuan fine when
    /// <paramref name="closed"/>. The party's name and a person's ID number sit in the summary, which a partner must never get.
    /// </summary>
    public static Task<int> PenaltyCaseAsync(ZhibaoApp app, string unitCode, string title, int number, DateOnly receivedOn, bool closed = false) =>
        CaseTestData.WithDbAsync(app, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
            var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var first17 = $"91120113MA{number:D7}";
            var party = new Party
            {
                Kind = PartyKind.Enterprise, Name = $"{title}当事人有限公司",
                UnifiedSocialCreditCode = first17 + Zhibao.Domain.Identifiers.UnifiedSocialCreditCode.ComputeCheckCharacter(first17),
                LegalRepresentative = "王五", Address = "天津市北辰区某街道秘密路9号",
            };
            var c = new PenaltyCase
            {
                Kind = CaseKind.Penalty, CaseNumber = $"津辰市监知罚〔2023〕{number}号", Title = title, Subject = "地理标志", Source = "监督检查",
                KeySector = "食品", Summary = "当事人法定代表人王五（身份证号码120113199001011234）", OrgUnitId = unit.Id,
                Status = closed ? nameof(PenaltyCaseStatus.Closed) : nameof(PenaltyCaseStatus.Investigating), ReceivedOn = receivedOn,
                FiledOn = receivedOn.AddDays(3), CreatedAt = now, CreatedById = admin.Id, UpdatedAt = now,
                Parties = [new CaseParty { Party = party, Role = CasePartyRole.Respondent }],
                Rights = [new CaseRight { Kind = RightKind.GeographicalIndication, Name = "沙窝萝卜" }],
            };
            if (closed)
            {
                c.DecidedOn = receivedOn.AddDays(20);
                c.Outcome = DecisionOutcome.Penalty;
                c.FineAmount = 5000m;
                c.ClosedOn = receivedOn.AddDays(25);
            }
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });

    public static Task<int> CountAsync<T>(ZhibaoApp app) where T : class =>
        CaseTestData.WithDbAsync(app, db => db.Set<T>().IgnoreQueryFilters().CountAsync());

    public static Task<bool> IsDifficultAsync(ZhibaoApp app, int caseId) =>
        CaseTestData.WithDbAsync(app, db => db.Cases.Where(c => c.Id == caseId).Select(c => c.IsDifficult).SingleAsync());

    public static Task<List<string>> CaseEventTitlesAsync(ZhibaoApp app, int caseId) =>
        CaseTestData.WithDbAsync(app, db => db.CaseEvents.Where(e => e.CaseId == caseId).OrderBy(e => e.Id).Select(e => e.Title).ToListAsync());
}

/// <summary>Reading a 400 answer once (the test server's body cannot be read twice).</summary>
internal static class Problems
{
    /// <summary>Asserts a 400 ProblemDetails with Chinese messages and returns its errors object.</summary>
    public static async Task<System.Text.Json.JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 400, $"{(int)response.StatusCode}: {text}");
        var errors = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.All(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()), m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m.GetString()!));
        return errors;
    }

    public static IEnumerable<string> Fields(System.Text.Json.JsonElement errors) => errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal);
}
