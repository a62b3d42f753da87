using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using Zhibao.Web.Tests.Registries;
using static Zhibao.Web.Tests.Credit.CreditTestData;

namespace Zhibao.Web.Tests.Credit;

/// <summary>信用监管 over the API: grades from case decisions, the serious-violation list, joint punishment, repair, the scheme.</summary>
public abstract class CreditApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task<string> FieldMessageAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(400, (int)response.StatusCode);
        var body = await JsonAsync(response);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), $"errors should name '{field}': {body}");
        return string.Join("；", messages.EnumerateArray().Select(m => m.GetString()));
    }

    private static async Task<int> PartyAsync(HttpClient client, string name, int seed) =>
        (await CreatedAsync(await client.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name, unifiedSocialCreditCode = RegistryTestData.Uscc(seed) })))
            .GetProperty("id").GetInt32();

    private Task<int> ListingCountAsync() => CaseTestData.WithDbAsync(App, db => db.SeriousViolationListings.CountAsync());

    private static object Listing(int partyId, string number, string listedOn, int? caseId = null) => new
    {
        partyId, grounds = new[] { "wilfulIpInfringement" }, heavierPenalty = "heavierFine", decisionNumber = number,
        reason = "五年内两次销售假冒注册商标商品，情节严重", listedOn, caseId,
    };

    [Fact]
    public async Task A_penalty_decision_lowers_the_party_s_grade_with_a_reason_naming_the_case()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某日化用品销售有限公司", 7001);
        var before = await GetJsonAsync(head, $"/api/parties/{party}");
        Assert.Equal("A", before.GetProperty("creditGrade").GetString());
        Assert.Equal(0, before.GetProperty("creditReasons").GetArrayLength());

        var (caseId, number) = await DecidedPenaltyAsync(App, head, party, 50_000m);

        var after = await GetJsonAsync(head, $"/api/parties/{party}");
        Assert.Equal("B", after.GetProperty("creditGrade").GetString());
        var reason = Assert.Single(after.GetProperty("creditReasons").EnumerateArray()).GetString()!;
        Assert.Contains(number, reason);
        Assert.Contains("记15分", reason);
        Assert.Contains(after.GetProperty("cases").EnumerateArray(), c => c.GetProperty("id").GetInt32() == caseId && c.GetProperty("kindName").GetString() == "行政处罚");

        var credit = await GetJsonAsync(head, $"/api/credit/parties/{party}");
        Assert.Equal(15, credit.GetProperty("grade").GetProperty("points").GetInt32());
        Assert.Equal("normal", credit.GetProperty("grade").GetProperty("inspection").GetString());
        var grades = await GetJsonAsync(head, "/api/credit/grades?grade=B&pageSize=100");
        var row = Assert.Single(grades.GetProperty("items").EnumerateArray(), r => r.GetProperty("partyId").GetInt32() == party);
        Assert.Equal(1, row.GetProperty("inspectionsPerYear").GetInt32());
        Assert.Contains(number, row.GetProperty("mainReason").GetString());
        Assert.DoesNotContain((await GetJsonAsync(head, "/api/credit/grades?grade=A&pageSize=500")).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("partyId").GetInt32() == party);

        // The export follows the list's filters.
        var export = await head.GetAsync($"/api/credit/grades/export?grade=B&search={Uri.EscapeDataString("天津某日化用品销售有限公司")}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var exported = Assert.Single(MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal(("天津某日化用品销售有限公司", "B", "15"), (exported["当事人"]?.ToString(), exported["信用等级"]?.ToString(), exported["记分"]?.ToString()));
        Assert.Contains(number, exported["主要理由"]?.ToString());
    }

    [Fact]
    public async Task A_listed_party_is_grade_D_until_removed_and_the_list_filters_and_exports_it()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某酒业有限公司", 7002);
        var today = Today(App);
        var (caseId, _) = await PastPenaltyAsync(App, party, "津辰市监知罚〔2022〕31号", new DateOnly(2022, 9, 1), 300_000m);

        var listing = await CreatedAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "津辰市监列严〔2022〕1号", "2022-09-15", caseId)));
        var id = listing.GetProperty("id").GetInt32();
        Assert.Equal("2025-09-15", listing.GetProperty("plannedRemovalOn").GetString());
        Assert.Equal("2023-09-15", listing.GetProperty("earliestEarlyRemovalOn").GetString());
        Assert.Equal("listed", listing.GetProperty("status").GetString());
        Assert.Equal("故意侵犯知识产权", listing.GetProperty("groundNames")[0].GetString());
        Assert.Equal("津辰市监知罚〔2022〕31号", listing.GetProperty("caseNumber").GetString());

        var detail = await GetJsonAsync(head, $"/api/parties/{party}");
        Assert.Equal("D", detail.GetProperty("creditGrade").GetString());
        Assert.Contains(detail.GetProperty("creditReasons").EnumerateArray(), r => r.GetString()!.Contains("津辰市监列严〔2022〕1号") && r.GetString()!.Contains("记100分"));
        var credit = await GetJsonAsync(head, $"/api/credit/parties/{party}");
        Assert.Equal("high", credit.GetProperty("grade").GetProperty("inspection").GetString());
        Assert.Single(credit.GetProperty("listings").EnumerateArray());

        var listed = await GetJsonAsync(head, "/api/credit/serious-violations?status=listed&search=某酒业");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Equal(0, (await GetJsonAsync(head, "/api/credit/serious-violations?status=removed&search=某酒业")).GetProperty("total").GetInt32());

        var export = await head.GetAsync("/api/credit/serious-violations/export?search=某酒业");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using (var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync()))
        {
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            var line = Assert.Single(rows);
            Assert.Equal("天津某酒业有限公司", line["当事人"]);
            Assert.Equal("津辰市监列严〔2022〕1号", line["列入决定书文号"]);
            Assert.Equal("2025-09-15", line["届满移出日期"]);
            Assert.Equal("列入中", line["状态"]);
        }

        var duplicate = await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "津辰市监列严〔2022〕1号", "2022-09-16"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        // Removal: not before the listing, not 期满 before three years; a revoked penalty removes it at once.
        var count = await ListingCountAsync();
        Assert.Contains("不能早于列入日期", await FieldMessageAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/remove",
            new { removedOn = "2022-09-14", kind = "revoked", note = "处罚决定被撤销" }), "removedOn"));
        var early = await FieldMessageAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/remove",
            new { removedOn = Text(today), kind = "expired" }), "removedOn");
        Assert.Contains("未满3年", early);
        Assert.Contains("总局令第44号", early);
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/remove", new { removedOn = Text(today), kind = "flying" }), "kind");
        Assert.Equal("listed", (await GetJsonAsync(head, $"/api/credit/serious-violations/{id}")).GetProperty("status").GetString());

        var removed = await OkAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/remove",
            new { removedOn = Text(today), kind = "revoked", note = "行政复议撤销原处罚决定" }));
        Assert.Equal("removed", removed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/remove",
            new { removedOn = Text(today), kind = "revoked", note = "重复" })).StatusCode);
        Assert.Equal(count, await ListingCountAsync());
        // Back to the penalty's own weight: 300,000 yuan in the last three years is 30 points, grade C.
        Assert.Equal("C", (await GetJsonAsync(head, $"/api/parties/{party}")).GetProperty("creditGrade").GetString());
    }

    [Fact]
    public async Task Bad_listing_input_answers_400_with_the_exact_field_and_saves_nothing()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某五金商行", 7003);
        var (caseId, _) = await PastPenaltyAsync(App, party, "津辰市监知罚〔2023〕41号", new DateOnly(2023, 6, 1), 20_000m);
        var count = await ListingCountAsync();

        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/serious-violations",
            new { partyId = party, heavierPenalty = "heavierFine", decisionNumber = "X1", reason = "r", listedOn = "2023-07-01" }), "grounds");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/serious-violations",
            new { partyId = party, grounds = new[] { "不存在的情形" }, heavierPenalty = "heavierFine", decisionNumber = "X1", reason = "r", listedOn = "2023-07-01" }), "grounds");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/serious-violations",
            new { partyId = party, grounds = new[] { "故意侵犯知识产权" }, decisionNumber = "X1", reason = "r", listedOn = "2023-07-01" }), "heavierPenalty");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(999_999, "X1", "2023-07-01")), "partyId");
        var before = await FieldMessageAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "X1", "2023-05-31", caseId)), "listedOn");
        Assert.Contains("2023-06-01", before);
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "X1", Text(Today(App).AddDays(1)))), "listedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "", "2023-07-01")), "decisionNumber");
        var other = await PartyAsync(head, "天津某无关企业", 7004);
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(other, "X1", "2023-07-01", caseId)), "caseId");
        await AssertFieldErrorAsync(await head.GetAsync("/api/credit/serious-violations?status=flying"), "status");
        await AssertFieldErrorAsync(await head.GetAsync("/api/credit/grades?grade=Z"), "grade");
        await AssertFieldErrorAsync(await head.GetAsync("/api/credit/repairs?decision=maybe"), "decision");

        Assert.Equal(count, await ListingCountAsync());
        Assert.Equal("B", (await GetJsonAsync(head, $"/api/parties/{party}")).GetProperty("creditGrade").GetString());
        // Reading is for registry.view holders; listing needs registry.edit.
        using var officer = await App.ClientAsAsync("zhifa1");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "X2", "2023-07-01"))).StatusCode);
    }

    [Fact]
    public async Task An_early_removal_application_waits_one_year_after_listing_and_its_approval_removes_the_party()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某服装店", 7005);
        var today = Today(App);
        var listedOn = today.AddYears(-1);
        var id = (await CreatedAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "津辰市监列严〔2022〕7号", Text(listedOn)))))
            .GetProperty("id").GetInt32();

        var tooEarly = await FieldMessageAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = party, listingId = id, appliedOn = Text(today.AddDays(-1)), commitmentSubmitted = true }), "appliedOn");
        Assert.Contains("满1年", tooEarly);
        Assert.Contains($"最早{Text(today)}可申请", tooEarly);
        Assert.Contains("总局令第44号", tooEarly);
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = party, listingId = id, appliedOn = Text(today), commitmentSubmitted = false }), "commitmentSubmitted");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = party, appliedOn = Text(today), commitmentSubmitted = true }), "listingId");
        // Early removal through /remove is held to the same year.
        Assert.Contains("未满1年", await FieldMessageAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/remove",
            new { removedOn = Text(today.AddDays(-1)), kind = "early", note = "信用修复" }), "removedOn"));
        Assert.Equal(0, (await GetJsonAsync(head, "/api/credit/repairs?search=某服装店")).GetProperty("total").GetInt32());

        var application = await CreatedAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = party, listingId = id, appliedOn = Text(today), commitmentSubmitted = true, note = "已履行处罚，消除影响" }));
        var rid = application.GetProperty("id").GetInt32();
        Assert.Equal("pending", application.GetProperty("decision").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = party, listingId = id, appliedOn = Text(today), commitmentSubmitted = true })).StatusCode);

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/credit/repairs/{rid}/decide",
            new { approved = true, decidedOn = Text(today.AddDays(-1)), reason = "符合条件" }), "decidedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/credit/repairs/{rid}/decide", new { decidedOn = Text(today), reason = "符合条件" }), "approved");
        var decided = await OkAsync(await head.PostAsJsonAsync($"/api/credit/repairs/{rid}/decide",
            new { approved = true, decidedOn = Text(today), reason = "已履行行政处罚，消除不良影响，未再受到较重行政处罚" }));
        Assert.Equal("approved", decided.GetProperty("decision").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/credit/repairs/{rid}/decide",
            new { approved = false, decidedOn = Text(today), reason = "重复" })).StatusCode);

        var listing = await GetJsonAsync(head, $"/api/credit/serious-violations/{id}");
        Assert.Equal("removed", listing.GetProperty("status").GetString());
        Assert.Equal("early", listing.GetProperty("removalKind").GetString());
        Assert.Equal("A", (await GetJsonAsync(head, $"/api/parties/{party}")).GetProperty("creditGrade").GetString());
    }

    [Fact]
    public async Task A_penalty_record_is_repaired_six_months_after_publication_once_the_fine_is_paid()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某箱包店", 7006);
        var unpaid = await PartyAsync(head, "天津某眼镜店", 7007);
        // Published on 2023-02-28: six months later is 2023-08-28 (same day number).
        var (caseId, number) = await PastPenaltyAsync(App, party, "津辰市监知罚〔2023〕5号", new DateOnly(2023, 2, 20), 20_000m,
            publishedOn: new DateOnly(2023, 2, 28), paidOn: new DateOnly(2023, 3, 1));
        var (unpaidId, _) = await PastPenaltyAsync(App, unpaid, "津辰市监知罚〔2023〕6号", new DateOnly(2023, 2, 20), 20_000m, publishedOn: new DateOnly(2023, 2, 28));

        var early = await FieldMessageAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = party, penaltyCaseId = caseId, appliedOn = "2023-08-27", commitmentSubmitted = true }), "appliedOn");
        Assert.Contains("最早2023-08-28可申请", early);
        Assert.Contains("信用修复管理办法》第六条", early);
        Assert.Contains("尚未履行完毕", await FieldMessageAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = unpaid, penaltyCaseId = unpaidId, appliedOn = "2023-09-01", commitmentSubmitted = true }), "penaltyCaseId"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = unpaid, penaltyCaseId = caseId, appliedOn = "2023-09-01", commitmentSubmitted = true }), "penaltyCaseId");

        var rid = (await CreatedAsync(await head.PostAsJsonAsync("/api/credit/repairs",
            new { partyId = party, penaltyCaseId = caseId, appliedOn = "2023-08-28", commitmentSubmitted = true }))).GetProperty("id").GetInt32();
        Assert.Equal("B", (await GetJsonAsync(head, $"/api/parties/{party}")).GetProperty("creditGrade").GetString());
        await OkAsync(await head.PostAsJsonAsync($"/api/credit/repairs/{rid}/decide", new { approved = true, decidedOn = "2023-09-05", reason = "符合修复条件" }));

        var detail = await GetJsonAsync(head, $"/api/parties/{party}");
        Assert.Equal("A", detail.GetProperty("creditGrade").GetString());
        Assert.DoesNotContain(detail.GetProperty("creditReasons").EnumerateArray(), r => r.GetString()!.Contains(number));
        var repairs = await GetJsonAsync(head, $"/api/credit/parties/{party}");
        Assert.Equal("准予修复", repairs.GetProperty("repairs")[0].GetProperty("decisionName").GetString());
    }

    [Fact]
    public async Task Joint_punishment_names_an_outside_body_and_a_date_within_the_listing()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某电子商务有限公司", 7008);
        var id = (await CreatedAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "津辰市监列严〔2023〕3号", "2023-03-01"))))
            .GetProperty("id").GetInt32();
        var court = await CaseTestData.UnitIdAsync(App, "EX-BCCOURT");
        var station = await CaseTestData.UnitIdAsync(App, "BC-TM");

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/joint-punishments",
            new { measure = "限制参加政府采购", implementingUnitId = station, startedOn = "2023-03-10" }), "implementingUnitId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/joint-punishments",
            new { measure = "限制参加政府采购", implementingUnitId = court, startedOn = "2023-02-28" }), "startedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/joint-punishments",
            new { implementingUnitId = court, startedOn = "2023-03-10" }), "measure");
        Assert.Empty((await GetJsonAsync(head, $"/api/credit/serious-violations/{id}/joint-punishments")).EnumerateArray());

        var measure = await CreatedAsync(await head.PostAsJsonAsync($"/api/credit/serious-violations/{id}/joint-punishments",
            new { measure = "限制担任企业法定代表人", implementingUnitId = court, startedOn = "2023-03-10", note = "法院协助执行" }));
        Assert.Equal("天津市北辰区人民法院", measure.GetProperty("implementingUnitName").GetString());
        var list = await GetJsonAsync(head, $"/api/credit/serious-violations/{id}/joint-punishments");
        Assert.Equal("限制担任企业法定代表人", Assert.Single(list.EnumerateArray()).GetProperty("measure").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/credit/serious-violations/999999/joint-punishments")).StatusCode);
    }

    [Fact]
    public async Task A_station_sees_the_listings_of_its_own_cases_only_but_every_user_sees_the_grade()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津天穆某批发部", 7009);
        var (caseId, _) = await PastPenaltyAsync(App, party, "津辰市监知罚〔2023〕71号", new DateOnly(2023, 5, 1), 150_000m, unitCode: "BC-TM");
        var id = (await CreatedAsync(await head.PostAsJsonAsync("/api/credit/serious-violations", Listing(party, "津辰市监列严〔2023〕9号", "2023-05-10", caseId))))
            .GetProperty("id").GetInt32();

        using var own = await App.ClientAsAsync("suo1");
        Assert.Contains((await GetJsonAsync(own, "/api/credit/serious-violations?pageSize=100")).GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetInt32() == id);
        using var other = await App.ClientAsAsync("suo2");
        Assert.DoesNotContain((await GetJsonAsync(other, "/api/credit/serious-violations?pageSize=100")).GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/credit/serious-violations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/credit/serious-violations/{id}/joint-punishments")).StatusCode);
        Assert.Equal("D", (await GetJsonAsync(other, $"/api/parties/{party}")).GetProperty("creditGrade").GetString());
        Assert.Empty((await GetJsonAsync(other, $"/api/credit/parties/{party}")).GetProperty("listings").EnumerateArray());
    }

    [Fact]
    public async Task An_adjudication_finding_infringement_and_an_enforcement_application_count_against_the_respondent()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某机械制造有限公司", 7010);
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var unit = await db.OrgUnits.Where(u => u.Code == "BC-ZSCQ").Select(u => u.Id).SingleAsync();
            db.AdjudicationCases.Add(new Data.Entities.AdjudicationCase
            {
                CaseNumber = "津辰市监知裁〔2023〕2号", Title = "实用新型专利侵权纠纷案", Subject = "专利侵权纠纷", Source = "请求", Status = "Closed",
                OrgUnitId = unit, PatentNumber = "ZL202220123456X", ReceivedOn = new DateOnly(2023, 3, 1), ClosedOn = new DateOnly(2023, 6, 1),
                Closure = Domain.Cases.AdjudicationClosure.Adjudication, InfringementFound = true, EnforcementAppliedOn = new DateOnly(2023, 7, 20),
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                Parties = [new Data.Entities.CaseParty { PartyId = party, Role = Data.Entities.CasePartyRole.Respondent }],
            });
            return await db.SaveChangesAsync();
        });

        var credit = await GetJsonAsync(head, $"/api/credit/parties/{party}");
        var grade = credit.GetProperty("grade");
        Assert.Equal(40, grade.GetProperty("points").GetInt32());   // 10 for the finding, 30 for not complying
        Assert.Equal("C", grade.GetProperty("grade").GetString());
        var kinds = grade.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["refusalToComply", "adjudicationInfringement"], kinds);
        Assert.All(grade.GetProperty("reasons").EnumerateArray(), r => Assert.Contains("津辰市监知裁〔2023〕2号", r.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_scheme_is_edited_by_the_administrator_only_with_each_bad_field_named_and_stale_versions_refused()
    {
        using var admin = await App.ClientAsAsync("admin");
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PartyAsync(head, "天津某灯具店", 7011);
        await PastPenaltyAsync(App, party, "津辰市监知罚〔2023〕88号", new DateOnly(2023, 8, 1), 20_000m);
        Assert.Equal("B", (await GetJsonAsync(head, $"/api/parties/{party}")).GetProperty("creditGrade").GetString());

        var scheme = await GetJsonAsync(head, "/api/credit/scheme");
        Assert.True(scheme.GetProperty("isDefault").GetBoolean());
        Assert.Equal(4, scheme.GetProperty("grades").GetArrayLength());
        var version = scheme.GetProperty("version").GetInt32();
        var body = System.Text.Json.Nodes.JsonNode.Parse(scheme.GetRawText())!.AsObject();

        Assert.Equal(HttpStatusCode.Forbidden, (await head.PutAsJsonAsync("/api/credit/scheme", body)).StatusCode);
        body["grades"]![2]!["minPoints"] = 0;
        await AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/credit/scheme", body), "grades[2].minPoints");
        body["grades"]![2]!["minPoints"] = 10;   // C from 10 points
        body["periods"]!["earlyRemovalMonths"] = 40;
        await AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/credit/scheme", body), "periods.earlyRemovalMonths");
        Assert.True((await GetJsonAsync(head, "/api/credit/scheme")).GetProperty("isDefault").GetBoolean());

        body["periods"]!["earlyRemovalMonths"] = 12;
        var saved = await OkAsync(await admin.PutAsJsonAsync("/api/credit/scheme", body));
        Assert.False(saved.GetProperty("isDefault").GetBoolean());
        Assert.NotEqual(version, saved.GetProperty("version").GetInt32());
        Assert.Equal("C", (await GetJsonAsync(head, $"/api/parties/{party}")).GetProperty("creditGrade").GetString());

        body["version"] = version;   // what was read before the save
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync("/api/credit/scheme", body)).StatusCode);

        // Put the default back for the other tests of this class.
        body = System.Text.Json.Nodes.JsonNode.Parse(scheme.GetRawText())!.AsObject();
        body["version"] = saved.GetProperty("version").GetInt32();
        await OkAsync(await admin.PutAsJsonAsync("/api/credit/scheme", body));
    }
}

public sealed class CreditApiTests_Sqlite(SqliteApp app) : CreditApiTests<SqliteApp>(app);

public sealed class CreditApiTests_Postgres(PostgresApp app) : CreditApiTests<PostgresApp>(app);
