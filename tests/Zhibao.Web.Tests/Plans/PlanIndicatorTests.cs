using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Plans.PlanTestData;

namespace Zhibao.Web.Tests.Plans;

/// <summary>Indicators are computed from live data: change the data and the plan's figures and colours move.</summary>
public abstract class PlanIndicatorTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task An_expired_certificate_takes_the_qualified_officers_below_five_and_turns_the_measure_red()
    {
        var (head, planId) = await HeadAsync(App);
        using (head)
        {
            var before = Indicator(await PlanAsync(head, planId), "officers.ip-qualified");
            Assert.Equal((5m, "green"), (Value(before), Rag(before)));

            // 吴所长's certificate is renewed only until 20 October.
            var officerId = await CaseTestData.OfficerIdAsync(App, "suo2");
            var officer = await GetJsonAsync(head, $"/api/officers/{officerId}");
            var update = await head.PutAsJsonAsync($"/api/officers/{officerId}", new
            {
                name = officer.GetProperty("name").GetString(), orgUnitId = officer.GetProperty("orgUnitId").GetInt32(),
                userId = officer.GetProperty("userId").GetInt32(), certificateNumber = officer.GetProperty("certificateNumber").GetString(),
                certificateIssuer = "天津市人民政府", certificateValidFrom = "2021-01-01", certificateValidTo = "2023-10-20",
                ipQualifiedOn = officer.GetProperty("ipQualifiedOn").GetString(), isActive = true, version = officer.GetProperty("version").GetInt32(),
            });
            Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
            Assert.Equal(5m, Value(Indicator(await PlanAsync(head, planId), "officers.ip-qualified")));
        }

        App.Clock.SetUtcNow(new DateTimeOffset(2023, 10, 21, 2, 0, 0, TimeSpan.Zero));
        (head, planId) = await HeadAsync(App);
        using (head)
        {
            var plan = await PlanAsync(head, planId);
            var after = Indicator(plan, "officers.ip-qualified");
            Assert.Equal((4m, "red"), (Value(after), Rag(after)));
            Assert.DoesNotContain(after.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.StartsWith("吴所长", StringComparison.Ordinal));
            var measure = Measure(plan, "取得知识产权执法资格人数不少于5人");
            Assert.Equal("red", Rag(measure));
            Assert.Contains(plan.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("number").GetInt32() == 2 && Rag(t) == "red");
        }
    }

    [Fact]
    public async Task A_criminal_referral_handed_to_the_police_counts_in_the_referrals_indicator()
    {
        var (head, planId) = await HeadAsync(App);
        using var _ = head;
        var before = Value(Indicator(await PlanAsync(head, planId), "referrals.transferred"));

        var today = Today(App).ToString("yyyy-MM-dd");
        var officers = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1"), await CaseTestData.OfficerIdAsync(App, "zhifa2") };
        var c = await JsonAsync(await head.PostAsJsonAsync("/api/penalty-cases", new
        {
            title = "某商行销售假冒注册商标商品案", subject = "商标侵权", source = "部门移送", leadReceivedOn = today,
            unitId = await CaseTestData.UnitIdAsync(App, "BC-ZFDD"), officerIds = officers,
        }));
        var id = c.GetProperty("id").GetInt32();
        await ActAsync(head, id, "file", new { });
        var reported = await head.PostAsJsonAsync($"/api/cases/{id}/referrals", new
        {
            suspectedOffence = "销售假冒注册商标的商品罪", policeUnitId = await CaseTestData.UnitIdAsync(App, "EX-BCPSB"),
        });
        Assert.True(reported.IsSuccessStatusCode, await reported.Content.ReadAsStringAsync());
        c = await JsonAsync(reported);
        var referral = c.GetProperty("referrals")[0].GetProperty("id").GetInt32();
        using (var leader = await App.ClientAsAsync("lingdao"))
        {
            Assert.True((await leader.PostAsJsonAsync($"/api/cases/{id}/referrals/{referral}/actions/approve", new { })).IsSuccessStatusCode);
        }
        // Approved but not yet handed over: not a referral made.
        Assert.Equal(before, Value(Indicator(await PlanAsync(head, planId), "referrals.transferred")));
        Assert.True((await head.PostAsJsonAsync($"/api/cases/{id}/referrals/{referral}/actions/transfer", new { })).IsSuccessStatusCode);

        var after = Indicator(await PlanAsync(head, planId), "referrals.transferred");
        Assert.Equal(before + 1, Value(after));
        Assert.Contains(after.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("销售假冒注册商标的商品罪", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_backlog_adjudication_turns_the_zero_backlog_target_red()
    {
        var (head, planId) = await HeadAsync(App);
        using var _ = head;
        var before = Indicator(await PlanAsync(head, planId), "adjudication.backlog");
        Assert.Equal((0m, "green"), (Value(before), Rag(before)));

        // A patent dispute whose closing deadline passed yesterday, still being tried.
        var today = Today(App);
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            db.AdjudicationCases.Add(new AdjudicationCase
            {
                Title = "某公司诉某厂实用新型专利侵权纠纷", Subject = "专利侵权纠纷", Source = "请求", Status = nameof(AdjudicationStatus.Trying),
                OrgUnitId = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ"), ReceivedOn = today.AddMonths(-5), FiledOn = today.AddMonths(-5).AddDays(3),
                CaseNumber = "津辰市监知裁〔2023〕99号", PatentNumber = "ZL202220000001.5", PatentKind = PatentKind.UtilityModel,
                ClosingDueOn = today.AddDays(-1), NextDueOn = today.AddDays(-1), NextDueName = "结案", CreatedAt = now, UpdatedAt = now,
            });
            return await db.SaveChangesAsync();
        });

        var plan = await PlanAsync(head, planId);
        var after = Indicator(plan, "adjudication.backlog");
        Assert.Equal((1m, "red"), (Value(after), Rag(after)));
        Assert.Contains(after.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("津辰市监知裁〔2023〕99号", StringComparison.Ordinal));
        Assert.Equal("red", Rag(Measure(plan, "消零")));
    }

    [Fact]
    public async Task A_registered_mediation_counts_and_satisfaction_follows_the_answers()
    {
        var (head, planId) = await HeadAsync(App);
        using var _ = head;
        var plan = await PlanAsync(head, planId);
        var mediations = Value(Indicator(plan, "mediation.cases"));
        Assert.Equal("暂无数据", Indicator(plan, "satisfaction.rate").GetProperty("display").GetString());

        var requester = await CaseTestData.EnterpriseAsync(App, "天津某科技有限公司", 8101);
        var respondent = await CaseTestData.EnterpriseAsync(App, "天津某商贸有限公司", 8102);
        var created = await head.PostAsJsonAsync("/api/mediations", new
        {
            title = "某科技公司与某商贸公司商标侵权纠纷调解", mediationType = "administrative", disputeType = "商标侵权赔偿数额",
            requestReceivedOn = Today(App).ToString("yyyy-MM-dd"), mediatorName = "王科长",
            officerIds = new[] { await CaseTestData.OfficerIdAsync(App, "kezhang"), await CaseTestData.OfficerIdAsync(App, "zhifa1") },
            parties = new[] { new { partyId = requester, role = "requester" }, new { partyId = respondent, role = "respondent" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var mediationId = (await JsonAsync(created)).GetProperty("id").GetInt32();
        Assert.Equal(mediations + 1, Value(Indicator(await PlanAsync(head, planId), "mediation.cases")));

        // Two answered surveys on the bureau's cases, scored 5 and 3: half satisfied, under the 90% target.
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            db.SatisfactionSurveys.AddRange(
                new SatisfactionSurvey { CaseId = mediationId, Channel = SurveyChannel.Phone, CreatedAt = now, CreatedByName = "王科长", Score = 5, AnsweredAt = now },
                new SatisfactionSurvey { CaseId = mediationId, Channel = SurveyChannel.Phone, CreatedAt = now, CreatedByName = "王科长", Score = 3, AnsweredAt = now });
            return await db.SaveChangesAsync();
        });
        var satisfaction = Indicator(await PlanAsync(head, planId), "satisfaction.rate");
        Assert.Equal((50m, "red"), (Value(satisfaction), Rag(satisfaction)));
        Assert.Equal("50%", satisfaction.GetProperty("display").GetString());
    }
}

public sealed class PlanIndicatorTests_Sqlite(SqliteApp app) : PlanIndicatorTests<SqliteApp>(app);

public sealed class PlanIndicatorTests_Postgres(PostgresApp app) : PlanIndicatorTests<PostgresApp>(app);
