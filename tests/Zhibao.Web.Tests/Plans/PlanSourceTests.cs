using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Documents.Tests;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using Zhibao.Web.Tests.Publicity;
using Zhibao.Web.Tests.Registries;
using Zhibao.Web.Tests.Reporting;
using static Zhibao.Web.Tests.Plans.PlanTestData;

namespace Zhibao.Web.Tests.Plans;

/// <summary>
/// The plan's indicators on the modules that landed after it — 月报, 宣传 (3·15, 4·26, 典型案例, 媒体报道), 代理机构信用承诺,
/// 规范化市场, 业务培训, 交办线索: the data changes through each module's own API and the demo plan's value and colour follow.
/// Only the monthly-report test moves the clock (forward); the others work on whatever day it is.
/// </summary>
public abstract class PlanSourceTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    /// <summary>The indicators of <paramref name="codes"/> in one evaluation of the plan: value and colour.</summary>
    private static async Task<Dictionary<string, JsonElement>> IndicatorsAsync(HttpClient client, int planId, params string[] codes)
    {
        var plan = await PlanAsync(client, planId);
        return codes.ToDictionary(c => c, c => Indicator(plan, c));
    }

    private static (decimal? Value, string Rag) Of(JsonElement indicator) => (Value(indicator), Rag(indicator));

    private static IEnumerable<string> Evidence(JsonElement indicator) => indicator.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!);

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private string TodayText => Today(App).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_late_monthly_report_and_its_correction_count_as_defects_and_a_month_on_time_lifts_the_rate()
    {
        const string Defects = "report.monthly-defects", OnTime = "report.on-time-rate";
        var (head, planId) = await HeadAsync(App);
        using (head)
        {
            // Monday 9 October: September's report was due on the 5th and is still missing — 迟报, and none on time.
            var before = await IndicatorsAsync(head, planId, Defects, OnTime);
            Assert.Equal((1m, "red"), Of(before[Defects]));
            Assert.Equal((0m, "red"), Of(before[OnTime]));
            Assert.Contains("2023-09月报（10月5日截止）：尚未报送，迟报", Evidence(before[Defects]));
            Assert.True(before[Defects].GetProperty("connected").GetBoolean());

            // Submitted today, four days late: still one 迟报; a correction after submission (错报) is one more defect.
            await ReportTestData.SignOffAsync(App, "2023-09", "TJ-BC-202309");
            Assert.Equal((1m, "red"), Of((await IndicatorsAsync(head, planId, Defects))[Defects]));
            await ReportTestData.ReportActAsync(head, "2023-09", "correct", new { reason = "补录案件后重报" });
            var corrected = (await IndicatorsAsync(head, planId, Defects))[Defects];
            Assert.Equal((2m, "red"), Of(corrected));
            Assert.Contains("2023-09月报（10月5日截止）：10月9日报送，迟报，错报更正1次", Evidence(corrected));
            Assert.Contains("迟报1次、错报1次、漏报0次", corrected.GetProperty("note").GetString());
        }

        // Thursday 2 November: October's report goes in before the 5th — one month of two on time.
        var section = await ReportTestData.AtAsync(App, ReportTestData.China(2023, 11, 2), "kezhang");
        section.Dispose();
        await ReportTestData.SignOffAsync(App, "2023-10", "TJ-BC-202310");
        (head, planId) = await HeadAsync(App);
        using (head)
        {
            var after = await IndicatorsAsync(head, planId, Defects, OnTime);
            Assert.Equal((50m, "red"), Of(after[OnTime]));
            Assert.Equal("50%", after[OnTime].GetProperty("display").GetString());
            Assert.Contains("2023-10月报（11月5日截止）：11月2日报送，按时", Evidence(after[OnTime]));
            Assert.Equal(2m, Value(after[Defects]));
            // The plan reads the reporting module's own indicator: the same figures as 统计报表 › 专利执法月报.
            var year = (await GetJsonAsync(head, "/api/reports/monthly?year=2023")).GetProperty("indicator");
            Assert.Equal(year.GetProperty("onTimeRate").GetDecimal(), Value(after[OnTime]));
            Assert.Equal(year.GetProperty("late").GetInt32() + year.GetProperty("wrong").GetInt32() + year.GetProperty("missing").GetInt32(), (int)Value(after[Defects])!);
        }
    }

    [Fact]
    public async Task Recorded_3_15_and_4_26_events_and_published_typical_cases_move_the_publicity_indicators_and_the_year_end_summary()
    {
        const string Day315 = "publicity.events-315", Week426 = "publicity.events-426", Typical = "publicity.typical-cases", Media = "publicity.media-releases";
        var (head, planId) = await HeadAsync(App);
        using var _ = head;
        var before = await IndicatorsAsync(head, planId, Day315, Week426, Typical, Media);
        // Cumulative targets not met yet, the year not over: amber, never a made-up number.
        Assert.All(before.Values, i => Assert.Equal((0m, "amber"), Of(i)));

        // 天穆所 holds a 3·15 event on the day; the 知识产权科 the 4·26 week. Both count for the bureau's plan.
        using (var station = await App.ClientAsAsync("suo1"))
        {
            await CreatedAsync(await station.PostAsJsonAsync("/api/publicity/events", new
            {
                type = "consumerRightsDay", title = "天穆镇“3·15”知识产权保护宣传咨询活动", startDate = "2023-03-15", place = "天穆镇文化广场",
                audienceCount = 200, summary = "现场发放宣传材料、解答群众咨询",
            }));
        }
        await CreatedAsync(await head.PostAsJsonAsync("/api/publicity/events", new
        {
            type = "ipWeek", title = "2023年知识产权宣传周企业培训", startDate = "2023-04-26", endDate = "2023-05-02", place = "北辰区文化中心",
            audienceCount = 80, summary = "宣讲商标专利保护知识",
        }));
        var events = await IndicatorsAsync(head, planId, Day315, Week426);
        Assert.Equal((1m, "green"), Of(events[Day315]));
        Assert.Contains("2023-03-15 天穆镇“3·15”知识产权保护宣传咨询活动（天穆市场监督管理所）", Evidence(events[Day315]));
        Assert.Equal((1m, "green"), Of(events[Week426]));
        Assert.Contains("2023-04-26至05-02 2023年知识产权宣传周企业培训（知识产权科）", Evidence(events[Week426]));

        // 公益讲座 and 以案释法 (target ≥2), 诚信宣传 and 深入企业解疑答惑 (counted, no target: grey) are events of their own types.
        const string Lectures = "publicity.lectures", Integrity = "publicity.integrity-events", Visits = "publicity.enterprise-visits";
        var other = await IndicatorsAsync(head, planId, Lectures, Integrity, Visits);
        Assert.Equal((0m, "amber"), Of(other[Lectures]));
        Assert.Equal((0m, "grey"), Of(other[Integrity]));
        foreach (var (type, title) in new[] { ("publicLecture", "知识产权保护公益讲座"), ("caseLawTalk", "商标侵权典型案例以案释法"), ("integrityPromotion", "知识产权诚信经营宣传") })
        {
            await CreatedAsync(await head.PostAsJsonAsync("/api/publicity/events", new { type, title, startDate = "2023-06-15", place = "北仓镇", audienceCount = 50, summary = "活动总结" }));
        }
        using (var station = await App.ClientAsAsync("suo1"))
        {
            await CreatedAsync(await station.PostAsJsonAsync("/api/publicity/events", new
            {
                type = "enterpriseVisit", title = "深入商户解疑答惑", startDate = "2023-07-11", visitors = "孙所长、周执法", summary = "走访商户",
                questions = new[] { new { enterpriseName = "某商户", question = "假冒专利如何认定？", answer = "依《专利法实施细则》相关规定认定" } },
            }));
        }
        other = await IndicatorsAsync(head, planId, Lectures, Integrity, Visits);
        Assert.Equal((2m, "green"), Of(other[Lectures]));
        Assert.Equal((1m, "grey"), Of(other[Integrity]));
        Assert.Equal((1m, "grey"), Of(other[Visits]));
        Assert.Contains("2023-07-11 深入商户解疑答惑（天穆市场监督管理所）", Evidence(other[Visits]));

        // Two typical cases drafted from closed cases, approved and published: each publication is a media report too.
        string[] names = ["赵建国", "钱卫东"], titles = ["赵某销售侵犯注册商标专用权商品案", "钱某销售侵犯注册商标专用权商品案"];
        for (var n = 0; n < titles.Length; n++)
        {
            var party = await PublicityTestData.PersonAsync(App, names[n], PublicityTestData.IdNumber(181 + n), "天津市北辰区果园新村街示范路9号", $"1390018100{n}");
            var caseId = await PublicityTestData.ClosedPenaltyCaseAsync(App, "BC-ZSCQ", party, $"{names[n]}销售侵犯注册商标专用权商品案",
                $"当事人{names[n]}在其经营的店铺内销售侵犯“桂发祥”注册商标专用权的麻花。", 981 + n);
            var typicalId = (await CreatedAsync(await head.PostAsJsonAsync("/api/typical-cases", new { caseId }))).GetProperty("id").GetInt32();
            await OkAsync(await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/submit", new { }));
            await OkAsync(await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/approve", new { }));
            // Approved is not yet published: nothing counts before the publication.
            if (n == 0)
            {
                Assert.Equal(0m, Value((await IndicatorsAsync(head, planId, Typical))[Typical]));
            }
            await OkAsync(await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/publish",
                new { channel = "新媒体", outlet = "北辰融媒", publishedOn = TodayText, link = $"https://example.cn/typical/{typicalId}", views = 1000 }));
            var published = await IndicatorsAsync(head, planId, Typical, Media);
            Assert.Equal((n + 1m, n == 0 ? "amber" : "green"), Of(published[Typical]));
            Assert.Contains($"{TodayText} 《{titles[n]}》（北辰融媒）", Evidence(published[Typical]));
            Assert.Equal((n + 1m, "amber"), Of(published[Media])); // 4 reports wanted in the year
        }
        // Recommended to the city bureau (三(二)) and adopted: the recommendation indicator counts it.
        const string Recommended = "publicity.recommended-cases";
        Assert.Equal(0m, Value((await IndicatorsAsync(head, planId, Recommended))[Recommended]));
        var firstTypical = (await GetJsonAsync(head, "/api/typical-cases?year=2023")).GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("title").GetString() == titles[0]).GetProperty("id").GetInt32();
        await OkAsync(await head.PostAsJsonAsync($"/api/typical-cases/{firstTypical}/actions/recommend", new { recommendationKind = "typicalCase", recommendedOn = TodayText }));
        await OkAsync(await head.PostAsJsonAsync($"/api/typical-cases/{firstTypical}/actions/recommend", new { result = "adopted", resultOn = TodayText }));
        var recommended = (await IndicatorsAsync(head, planId, Recommended))[Recommended];
        Assert.Equal(1m, Value(recommended));
        Assert.Contains($"{TodayText} 《{titles[0]}》推荐为典型案例（采纳）", Evidence(recommended));

        // The plan's figures are the publicity module's counts.
        var counts = await GetJsonAsync(head, "/api/typical-cases/counts?year=2023");
        Assert.Equal((2, 1, 1), (counts.GetProperty("published").GetInt32(), counts.GetProperty("recommended").GetInt32(), counts.GetProperty("adopted").GetInt32()));

        // The year-end summary lists them under 四、典型案例, in the .docx too.
        var summary = await GetJsonAsync(head, $"/api/plans/{planId}/summaries/year");
        var typical = summary.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("key").GetString() == "typical-cases").GetProperty("text").GetString()!;
        Assert.StartsWith("本年度发布典型案例2件。", typical);
        Assert.Contains($"《{titles[0]}》：{Today(App):yyyy年M月d日}经北辰融媒发布，推荐市局典型案例（采纳）。", typical);
        var document = await head.GetAsync($"/api/plans/{planId}/summaries/year/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using var office = new LibreOffice();
        var text = office.ToText(await document.Content.ReadAsByteArrayAsync());
        Assert.Contains("四、典型案例", text);
        Assert.Contains(titles[1], text);
        Assert.Contains("3·15宣传活动场次为1场（目标≥1场，达标）", text);
        Assert.Contains("典型案例发布数为2件（目标≥2件，达标）", text);
    }

    [Fact]
    public async Task A_signed_agency_commitment_and_markets_brought_up_to_standard_move_their_indicators()
    {
        const string Coverage = "agencies.credit-commitment-coverage", Markets = "markets.standardised";
        var (head, planId) = await HeadAsync(App);
        using var _ = head;
        var before = await IndicatorsAsync(head, planId, Coverage, Markets);
        // No agency registered yet: nothing to divide, said so in grey; no market standardised yet: amber.
        Assert.Equal((null, "grey"), Of(before[Coverage]));
        Assert.True(before[Coverage].GetProperty("connected").GetBoolean());
        Assert.Equal("暂无数据", before[Coverage].GetProperty("display").GetString());
        Assert.Equal((0m, "amber"), Of(before[Markets]));

        // Two agencies asked for a commitment: 0% of 2, red; one signs: 50%; the other signs: 100%, green.
        var agencies = new List<JsonElement>();
        foreach (var (seed, name, licence) in new[] { (6101, "天津北辰甲专利代理事务所", "12601"), (6102, "天津北辰乙专利代理事务所", "12602") })
        {
            agencies.Add(await CreatedAsync(await head.PostAsJsonAsync("/api/agencies", new
            {
                name, unifiedSocialCreditCode = RegistryTestData.Uscc(seed), patentLicenceNumber = licence, contactPerson = "刘主任",
                contactPhone = "022-86810000", commitmentDueOn = TodayText,
            })));
        }
        var asked = (await IndicatorsAsync(head, planId, Coverage))[Coverage];
        Assert.Equal((0m, "red"), Of(asked));
        Assert.Contains("天津北辰甲专利代理事务所（未签署）", Evidence(asked));
        var expected = new[] { (50m, "red"), (100m, "green") };
        for (var n = 0; n < agencies.Count; n++)
        {
            var id = agencies[n].GetProperty("id").GetInt32();
            var pending = agencies[n].GetProperty("commitments")[0];
            await OkAsync(await head.PutAsJsonAsync($"/api/agencies/{id}/commitments/{pending.GetProperty("id").GetInt32()}", new
            {
                status = "Signed", signedOn = TodayText, dueOn = TodayText, scope = "诚信代理、不代理非正常专利申请", version = pending.GetProperty("version").GetInt32(),
            }));
            var signed = (await IndicatorsAsync(head, planId, Coverage))[Coverage];
            Assert.Equal(expected[n], Of(signed));
            // The plan's figure is the agency registry's coverage, as a percentage.
            var registry = await GetJsonAsync(head, "/api/agencies/commitment-coverage");
            Assert.Equal(registry.GetProperty("rate").GetDecimal() * 100, Value(signed));
        }

        // Markets of two stations with all three systems and a passed inspection: 1 of the 2 wanted (amber), then 2 (green).
        for (var n = 0; n < 2; n++)
        {
            var unitId = await CaseTestData.UnitIdAsync(App, n == 0 ? "BC-BC" : "BC-TM");
            var market = await CreatedAsync(await head.PostAsJsonAsync("/api/markets", new
            {
                name = $"规范化指标测试市场{n + 1}", kind = "CommodityMarket", operatorName = $"规范化指标测试市场{n + 1}管理有限公司", address = "天津市北辰区京津路8号",
                area = "北仓镇", stallCount = 10, entryCommitmentStatus = "Established", commitmentCount = 10, advanceCompensationStatus = "Established",
                compensationFund = 20000m, counterfeitExitStatus = "Established", unitId, contact = "张经理", phone = "022-26000000",
            }));
            var marketId = market.GetProperty("id").GetInt32();
            // Without an inspection in the last twelve months it is still 培育中.
            Assert.Equal(n + 0m, Value((await IndicatorsAsync(head, planId, Markets))[Markets]));
            await CreatedAsync(await head.PostAsJsonAsync($"/api/markets/{marketId}/inspections", new { inspectedOn = TodayText, result = "Passed" }));
            var rated = (await IndicatorsAsync(head, planId, Markets))[Markets];
            Assert.Equal((n + 1m, n == 0 ? "amber" : "green"), Of(rated));
            Assert.Contains($"规范化指标测试市场{n + 1}：", string.Join("\n", Evidence(rated)));
        }
        Assert.Equal(2, (await GetJsonAsync(head, "/api/markets/standardised-count")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Training_attendance_and_leads_reported_back_move_the_training_and_lead_indicators()
    {
        const string Sessions = "training.sessions", Hours = "training.hours", Leads = "leads.assigned-closure-rate";
        var (head, planId) = await HeadAsync(App);
        using var _ = head;
        var before = await IndicatorsAsync(head, planId, Sessions, Hours, Leads);
        Assert.Equal((0m, "amber"), Of(before[Sessions]));
        Assert.Equal((0m, "amber"), Of(before[Hours]));
        Assert.Equal((null, "grey"), Of(before[Leads]));

        // A six-hour session for three officers: held today, it counts as soon as it is held; the hours once attendance is recorded.
        var li = await CaseTestData.OfficerIdAsync(App, "zhifa1");
        var zhao = await CaseTestData.OfficerIdAsync(App, "zhifa2");
        var sun = await CaseTestData.OfficerIdAsync(App, "suo1");
        var first = await CreatedAsync(await head.PostAsJsonAsync("/api/trainings", new
        {
            title = "商标侵权判断标准专题培训", heldOn = TodayText, hours = 6, organiser = "知识产权科", location = "区局三楼会议室", officerIds = new[] { li, zhao, sun },
        }));
        var firstId = first.GetProperty("session").GetProperty("id").GetInt32();
        var enrolled = await IndicatorsAsync(head, planId, Sessions, Hours);
        Assert.Equal((1m, "amber"), Of(enrolled[Sessions]));
        Assert.Equal(0m, Value(enrolled[Hours]));
        await OkAsync(await head.PostAsJsonAsync($"/api/trainings/{firstId}/attendance", new
        {
            records = new object[] { new { officerId = li, attended = true }, new { officerId = zhao, attended = false }, new { officerId = sun, attended = true, hours = 4.5 } },
        }));
        var recorded = await IndicatorsAsync(head, planId, Sessions, Hours);
        Assert.Equal((10.5m, "amber"), Of(recorded[Hours]));
        Assert.Contains($"{TodayText} 商标侵权判断标准专题培训（知识产权科）：出勤2人，记入10.5学时", Evidence(recorded[Hours]));

        // A second session all three attend: two sessions and 28.5 hours, both targets (≥2场, ≥16学时) met.
        var second = await CreatedAsync(await head.PostAsJsonAsync("/api/trainings", new
        {
            title = "专利侵权纠纷行政裁决办案指南培训", heldOn = TodayText, hours = 6, organiser = "天津市知识产权局", officerIds = new[] { li, zhao, sun },
        }));
        await OkAsync(await head.PostAsJsonAsync($"/api/trainings/{second.GetProperty("session").GetProperty("id").GetInt32()}/attendance", new
        {
            records = new object[] { new { officerId = li, attended = true }, new { officerId = zhao, attended = true }, new { officerId = sun, attended = true } },
        }));
        var trained = await IndicatorsAsync(head, planId, Sessions, Hours);
        Assert.Equal((2m, "green"), Of(trained[Sessions]));
        Assert.Equal((28.5m, "green"), Of(trained[Hours]));

        // Two leads on abnormal patent applications assigned by CNIPA today: none reported back (0%, red), then one (50%), then both.
        var cnipa = await CaseTestData.UnitIdAsync(App, "EX-CNIPA");
        var leads = new List<int>();
        for (var n = 0; n < 2; n++)
        {
            var digits = $"20231{8101 + n:D7}";
            leads.Add((await CreatedAsync(await head.PostAsJsonAsync("/api/leads", new
            {
                kind = "AbnormalPatentApplication", sourceUnitId = cnipa, sourceReference = $"国知保交〔2023〕{8101 + n}号", receivedOn = TodayText,
                senderDeadlineWorkingDays = 10, applicationNumber = $"{digits}.{Zhibao.Domain.Identifiers.PatentNumber.ComputeCheckDigit(digits)}",
                rightName = "一种自行车车铃", applicant = $"天津某科技有限公司{n + 1}", area = "天穆镇",
            }))).GetProperty("id").GetInt32());
        }
        var open = (await IndicatorsAsync(head, planId, Leads))[Leads];
        Assert.Equal((0m, "red"), Of(open));
        Assert.Equal(2, Evidence(open).Count(e => e.Contains("尚未反馈", StringComparison.Ordinal)));
        var expected = new[] { (50m, "red"), (100m, "green") };
        for (var n = 0; n < leads.Count; n++)
        {
            await OkAsync(await head.PostAsJsonAsync($"/api/leads/{leads[n]}/actions/assign", new { officerId = li }));
            await OkAsync(await head.PostAsJsonAsync($"/api/leads/{leads[n]}/actions/check", new { result = "NotConfirmed", notes = "申请人有真实研发活动" }));
            // Checked but not yet reported back to CNIPA: not 办结.
            if (n == 0)
            {
                Assert.Equal(0m, Value((await IndicatorsAsync(head, planId, Leads))[Leads]));
            }
            await OkAsync(await head.PostAsJsonAsync($"/api/leads/{leads[n]}/actions/report", new { replyNumber = $"北辰市监函〔2023〕{n + 1}号" }));
            Assert.Equal(expected[n], Of((await IndicatorsAsync(head, planId, Leads))[Leads]));
        }
    }
}

public sealed class PlanSourceTests_Sqlite(SqliteApp app) : PlanSourceTests<SqliteApp>(app);

public sealed class PlanSourceTests_Postgres(PostgresApp app) : PlanSourceTests<PostgresApp>(app);
