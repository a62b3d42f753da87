using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Credit;

/// <summary>Penalty decisions for the credit tests: through the API (the real flow) or written directly with past dates.</summary>
internal static class CreditTestData
{
    public static DateOnly Today(ZhibaoApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(ZhibaoApp.Json);
    }

    /// <summary>
    /// A trademark case against <paramref name="partyId"/> taken through the API to a penalty decision today: register,
    /// 立案, 法制审核 (by fazhi), 告知, 作出决定 (the party's statement received). Returns the case id and number.
    /// </summary>
    public static async Task<(int Id, string CaseNumber)> DecidedPenaltyAsync(ZhibaoApp app, HttpClient head, int partyId, decimal fine, string unitCode = "BC-ZSCQ")
    {
        var officers = new[] { await CaseTestData.OfficerIdAsync(app, "zhifa1"), await CaseTestData.OfficerIdAsync(app, "zhifa2") };
        var c = await OkAsync(await head.PostAsJsonAsync("/api/penalty-cases", new
        {
            title = "销售侵犯注册商标专用权商品案", subject = "商标侵权", source = "投诉", leadReceivedOn = Text(Today(app)),
            unitId = await CaseTestData.UnitIdAsync(app, unitCode), officerIds = officers,
            parties = new[] { new { partyId, role = "respondent" } },
        }));
        var id = c.GetProperty("id").GetInt32();
        await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/file", new { }));
        c = await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/review", new { }));
        using (var reviewer = await app.ClientAsAsync("fazhi"))
        {
            var approval = c.GetProperty("approvals").EnumerateArray().Single(a => a.GetProperty("status").GetString() == "pending").GetProperty("id").GetInt32();
            await OkAsync(await reviewer.PostAsJsonAsync($"/api/cases/{id}/approvals/{approval}/approve", new { }));
        }
        await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/notify", new { proposedFine = fine }));
        c = await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/decide", new
        {
            outcome = "penalty", fineAmount = fine, statementReceived = true, content = $"没收侵权商品，罚款{fine}元",
        }));
        Assert.Equal("Decided", c.GetProperty("status").GetString());
        return (id, c.GetProperty("caseNumber").GetString()!);
    }

    /// <summary>A penalty decided in the past, written directly (the API refuses dates before the case's own steps).</summary>
    public static Task<(int Id, string CaseNumber)> PastPenaltyAsync(
        ZhibaoApp app, int partyId, string caseNumber, DateOnly decidedOn, decimal fine, DateOnly? publishedOn = null, DateOnly? paidOn = null,
        string unitCode = "BC-ZSCQ") => CaseTestData.WithDbAsync(app, async db =>
    {
        var unit = await db.OrgUnits.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var admin = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
        var c = new PenaltyCase
        {
            Kind = CaseKind.Penalty, CaseNumber = caseNumber, Title = "销售假冒注册商标商品案", Subject = "商标侵权", Source = "监督检查",
            OrgUnitId = unit, Status = nameof(PenaltyCaseStatus.Decided), ReceivedOn = decidedOn.AddDays(-60), FiledOn = decidedOn.AddDays(-55),
            DecidedOn = decidedOn, Outcome = DecisionOutcome.Penalty, FineAmount = fine, PublishedOn = publishedOn, PaidOn = paidOn,
            PaidAmount = paidOn is null ? null : fine, CreatedAt = DateTime.UtcNow, CreatedById = admin, UpdatedAt = DateTime.UtcNow,
            Parties = [new CaseParty { PartyId = partyId, Role = CasePartyRole.Respondent }],
        };
        db.PenaltyCases.Add(c);
        await db.SaveChangesAsync();
        return (c.Id, caseNumber);
    });
}
