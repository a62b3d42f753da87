using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhibao.Data.Entities;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Reporting.ReportTestData;

namespace Zhibao.Web.Tests.Reporting;

/// <summary>
/// Issue 7's “done means” for the monthly report: October 2023 with planted mistakes — a case left out (its subject
/// corrected to 假冒专利 after the report was prepared), a closure dated before the filing, a patent number with a wrong check
/// digit, and a case closed at 23:59 on 31 October (which must count in October and is no mistake) — is refused with
/// exactly the three problems; fixed at the source it is signed off, snapshotted, exported and read back, and a correction
/// makes version 2.
/// </summary>
public abstract class MonthlyReportDoneTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private const string October = "2023-10";

    [Fact]
    public async Task A_month_with_planted_mistakes_is_refused_with_exactly_them_then_fixed_signed_off_snapshotted_exported_and_corrected()
    {
        // Monday 2023-10-09: four patent cases registered and filed.
        var head = await AtAsync(App, China(2023, 10, 9), "kezhang");
        var goodNumber = Zl("202310123456");
        var leftOut = await PenaltyAsync(App, head, "某商行销售标注他人专利号的保温杯案", "商标侵权", Zl("202320654321"), "2023-10-09", "2023-10-09", 7001);
        var closedEarly = await PenaltyAsync(App, head, "某超市销售假冒专利保温杯案", "假冒专利", Zl("202330111111"), "2023-10-09", "2023-10-09", 7002);
        var badNumber = await PenaltyAsync(App, head, "某网店假冒专利案", "假冒专利", goodNumber, "2023-10-09", "2023-10-09", 7003);
        var lastMinute = await AdjudicationAsync(App, head, "某公司诉某车行实用新型专利侵权纠纷案", "2023-10-09", "2023-10-09", 7004);

        // Planted in the data, as a migration from the old system would leave them: a closure five days before the filing,
        // and the patent number typed with a wrong check digit.
        var wrongNumber = Spoil(goodNumber);
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var c = await db.PenaltyCases.SingleAsync(x => x.Id == closedEarly);
            (c.ClosedOn, c.Status) = (new DateOnly(2023, 10, 4), "Closed");
            (await db.CaseRights.SingleAsync(r => r.CaseId == badNumber)).Number = wrongNumber;
            return await db.SaveChangesAsync();
        });

        // Tuesday 2023-10-31 23:59 China time (15:59 UTC): the adjudication is closed; its date is today's China date.
        head = await AtAsync(App, China(2023, 10, 31, 23, 59), "kezhang");
        var closed = await ActAsync(head, lastMinute, "close", new { closure = "adjudication", infringementFound = true, content = "认定侵权成立，责令停止销售" });
        Assert.Equal("2023-10-31", closed.GetProperty("closedOn").GetString());

        // Wednesday 2023-11-01: the month is over; the section prepares October's report.
        head = await AtAsync(App, China(2023, 11, 1, 9, 0), "kezhang");
        var report = await ReportActAsync(head, October, "prepare");
        Assert.Equal("prepared", report.GetProperty("status").GetString());
        Assert.Equal("2023-11-05", report.GetProperty("dueDate").GetString());
        Assert.True(report.GetProperty("dueOnRestDay").GetBoolean()); // a Sunday: not moved to Monday
        Assert.Equal([closedEarly, badNumber, lastMinute], Rows(report).Select(r => r.GetProperty("caseId").GetInt32()).Order());
        var d = Rows(report).Single(r => r.GetProperty("caseId").GetInt32() == lastMinute).GetProperty("values");
        Assert.Equal("2023-10-31", d.GetProperty("closedOn").GetString());
        Assert.Equal("已结案", d.GetProperty("status").GetString());
        Assert.Equal("作出行政裁决（侵权成立）", d.GetProperty("outcome").GetString());

        // Thursday 2023-11-02: the first case's subject is corrected to 假冒专利 — it belongs in October, and the prepared
        // report does not have it.
        head = await AtAsync(App, China(2023, 11, 2), "kezhang");
        var a = await GetJsonAsync(head, $"/api/cases/{leftOut}");
        var edited = await head.PutAsJsonAsync($"/api/cases/{leftOut}", new
        {
            title = a.GetProperty("title").GetString(), subject = "假冒专利", source = a.GetProperty("source").GetString(), version = a.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        report = await GetJsonAsync(head, $"/api/reports/monthly/{October}");
        var expected = new[] { ("missing-case", (int?)leftOut), ("closed-before-filed", closedEarly), ("patent-number-invalid", badNumber) }.Order().ToList();
        Assert.Equal(expected, Problems(report).Order().ToList());
        foreach (var p in report.GetProperty("problems").EnumerateArray())
        {
            Assert.Equal($"/cases/{p.GetProperty("caseId").GetInt32()}", p.GetProperty("link").GetString());
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", p.GetProperty("message").GetString()!);
        }
        Assert.Contains(wrongNumber, report.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "patent-number-invalid").GetProperty("message").GetString());

        // Refused while the problems stand, with the same list; nothing changes.
        var refused = await head.PostAsJsonAsync($"/api/reports/monthly/{October}/actions/check", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var body = await JsonAsync(refused);
        Assert.Equal(expected, Problems(body).Order().ToList());
        Assert.Equal("prepared", (await GetJsonAsync(head, $"/api/reports/monthly/{October}")).GetProperty("status").GetString());

        // Fixed at the source: the closure date corrected in the data, the patent replaced on the case page (API).
        await CaseTestData.WithDbAsync(App, async db =>
        {
            (await db.PenaltyCases.SingleAsync(x => x.Id == closedEarly)).ClosedOn = new DateOnly(2023, 10, 25);
            return await db.SaveChangesAsync();
        });
        var right = (await GetJsonAsync(head, $"/api/cases/{badNumber}")).GetProperty("rights")[0];
        Assert.Equal(wrongNumber, right.GetProperty("number").GetString());
        Assert.True((await head.DeleteAsync($"/api/cases/{badNumber}/rights/{right.GetProperty("id").GetInt32()}")).IsSuccessStatusCode);
        var added = await head.PostAsJsonAsync($"/api/cases/{badNumber}/rights", new { kind = "patent", number = goodNumber, name = "一种保温杯", holder = "天津某科技有限公司" });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());

        // The stale prepared report now also says the two rows changed; preparing again clears everything.
        report = await GetJsonAsync(head, $"/api/reports/monthly/{October}");
        Assert.Contains(("changed-case", (int?)closedEarly), Problems(report));
        Assert.Contains(("changed-case", (int?)badNumber), Problems(report));

        // Friday 2023-11-03: prepared again, checked, approved by the leader, submitted with the receipt number.
        var section = await AtAsync(App, China(2023, 11, 3), "kezhang");
        using var leader = await App.ClientAsAsync("lingdao");
        report = await ReportActAsync(section, October, "prepare");
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.Equal([leftOut, closedEarly, badNumber, lastMinute], Rows(report).Select(r => r.GetProperty("caseId").GetInt32()).Order());
        var hashPrepared = report.GetProperty("sha256").GetString();
        // Preparing the same data again gives the same bytes and hash.
        Assert.Equal(hashPrepared, (await ReportActAsync(section, October, "prepare")).GetProperty("sha256").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await section.PostAsJsonAsync($"/api/reports/monthly/{October}/actions/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/reports/monthly/{October}/actions/prepare", new { })).StatusCode);
        await ReportActAsync(section, October, "check");
        await ReportActAsync(leader, October, "approve");
        await AssertFieldErrorAsync(await section.PostAsJsonAsync($"/api/reports/monthly/{October}/actions/submit", new { receiptNumber = " " }), "receiptNumber");
        report = await ReportActAsync(section, October, "submit", new { receiptNumber = "GJZLZF-2023-110300123" });
        Assert.Equal("submitted", report.GetProperty("status").GetString());
        Assert.True(report.GetProperty("onTime").GetBoolean());
        var v1 = report.GetProperty("versions")[0];
        Assert.Equal((1, "王科长", "王科长", "刘局长", "GJZLZF-2023-110300123"), (v1.GetProperty("number").GetInt32(), v1.GetProperty("preparedByName").GetString(),
            v1.GetProperty("checkedByName").GetString(), v1.GetProperty("approvedByName").GetString(), v1.GetProperty("receiptNumber").GetString()));
        var totals = report.GetProperty("totals");
        Assert.Equal((0, 4, 2, 2), (totals.GetProperty("pendingAtStart").GetInt32(), totals.GetProperty("filed").GetInt32(),
            totals.GetProperty("closed").GetInt32(), totals.GetProperty("pendingAtEnd").GetInt32()));
        Assert.Equal(50.0m, totals.GetProperty("closureRate").GetDecimal());

        // The snapshot: the stored text hashes to the recorded SHA-256, and stays so.
        var hash = report.GetProperty("sha256").GetString()!;
        Assert.Equal(hashPrepared, hash);
        var snapshot = await section.GetByteArrayAsync($"/api/reports/monthly/{October}/versions/1/snapshot");
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(snapshot)));
        Assert.Equal(HttpStatusCode.Conflict, (await section.PostAsJsonAsync($"/api/reports/monthly/{October}/actions/prepare", new { })).StatusCode);

        // The workbook in the national layout, read back.
        var xlsx = await section.GetAsync($"/api/reports/monthly/{October}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["案件明细", "月度汇总", "报送信息"], MiniExcel.GetSheetNames(workbook));
        var lines = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "案件明细").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("案件编号", lines[0].Keys.First());
        var dispute = lines.Single(l => (string)l["案件类别"] == "专利侵权纠纷");
        Assert.Equal("2023-10-31", dispute["结案日期"]);
        Assert.Equal("实用新型", dispute["专利类型"]);
        Assert.Contains(lines, l => (string)l["专利号"] == goodNumber);
        Assert.DoesNotContain(lines, l => (string)l["专利号"] == wrongNumber);
        var sums = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "月度汇总").Cast<IDictionary<string, object>>().ToList();
        var all = sums.Single(s => (string)s["类别"] == "合计");
        Assert.Equal((4m, 2m, 2m), (Convert.ToDecimal(all["本月立案"]), Convert.ToDecimal(all["本月结案"]), Convert.ToDecimal(all["期末在办"])));
        var info = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "报送信息").Cast<IDictionary<string, object>>()
            .ToDictionary(r => (string)r["项目"], r => r["内容"] as string);
        Assert.Equal("GJZLZF-2023-110300123", info["回执号"]);
        Assert.Equal(hash, info["SHA-256"]);

        var csv = await section.GetByteArrayAsync($"/api/reports/monthly/{October}/export?format=csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var csvLines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, csvLines.Length);
        Assert.StartsWith("案件编号,案件名称,案件类别,专利号", csvLines[0]);
        await AssertFieldErrorAsync(await section.GetAsync($"/api/reports/monthly/{October}/export?format=pdf"), "format");

        // Monday 2023-11-06: a case changes after submission. The submitted snapshot and its export do not; the report says
        // what changed, and a correction (with its reason) makes version 2 while version 1 stays in the history.
        section = await AtAsync(App, China(2023, 11, 6), "kezhang");
        var c = await GetJsonAsync(section, $"/api/cases/{badNumber}");
        Assert.Equal(HttpStatusCode.OK, (await section.PutAsJsonAsync($"/api/cases/{badNumber}", new
        {
            title = "某网店销售假冒专利保温杯案", subject = "假冒专利", source = "监督检查", version = c.GetProperty("version").GetInt32(),
        })).StatusCode);
        report = await GetJsonAsync(section, $"/api/reports/monthly/{October}");
        Assert.Equal([("changed-case", (int?)badNumber)], Problems(report));
        Assert.Equal(hash, report.GetProperty("sha256").GetString());
        Assert.Equal(snapshot, await section.GetByteArrayAsync($"/api/reports/monthly/{October}/versions/1/snapshot"));
        Assert.Equal(csv, await section.GetByteArrayAsync($"/api/reports/monthly/{October}/export?format=csv"));

        await AssertFieldErrorAsync(await section.PostAsJsonAsync($"/api/reports/monthly/{October}/actions/correct", new { reason = "" }), "reason");
        report = await ReportActAsync(section, October, "correct", new { reason = "案件名称更正后重报" });
        Assert.Equal("draft", report.GetProperty("status").GetString());
        Assert.Equal(2, report.GetProperty("versionNumber").GetInt32());
        var versions = report.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([(2, "draft"), (1, "submitted")], versions.Select(v => (v.GetProperty("number").GetInt32(), v.GetProperty("status").GetString()!)));
        Assert.Equal(("案件名称更正后重报", "错报"), (versions[0].GetProperty("correctionReason").GetString(), versions[0].GetProperty("correctionKind").GetString()));
        Assert.Equal(hash, versions[1].GetProperty("sha256").GetString());
        // The submitted version's export is still there, by number.
        Assert.Equal(csv, await section.GetByteArrayAsync($"/api/reports/monthly/{October}/export?format=csv&version=1"));

        report = await SignOffAsync(App, October, "GJZLZF-2023-110600456");
        Assert.Equal((2, "submitted"), (report.GetProperty("versionNumber").GetInt32(), report.GetProperty("status").GetString()));
        Assert.NotEqual(hash, report.GetProperty("sha256").GetString());
        Assert.True(report.GetProperty("onTime").GetBoolean()); // on time is the first version's

        var year = await GetJsonAsync(section, "/api/reports/monthly?year=2023");
        var month = year.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("period").GetString() == October);
        Assert.True(month.GetProperty("onTime").GetBoolean());
        Assert.Equal((2, 1), (month.GetProperty("versions").GetInt32(), month.GetProperty("wrongCorrections").GetInt32()));
        var indicator = year.GetProperty("indicator");
        Assert.Equal((1, 1, 0, 1, 0), (indicator.GetProperty("monthsDue").GetInt32(), indicator.GetProperty("monthsOnTime").GetInt32(),
            indicator.GetProperty("late").GetInt32(), indicator.GetProperty("wrong").GetInt32(), indicator.GetProperty("missing").GetInt32()));
        Assert.Equal(100m, indicator.GetProperty("onTimeRate").GetDecimal());

        // Stored as recorded: two versions, the first untouched.
        var stored = await CaseTestData.WithDbAsync(App, db => db.NationalReportVersions.AsNoTracking().OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.Equal(snapshot, System.Text.Encoding.UTF8.GetBytes(stored[0].Snapshot!));
        Assert.All(stored, v => Assert.Equal(Zhibao.Domain.Reporting.NationalReportStatus.Submitted, v.Status));
    }

    private static List<JsonElement> Rows(JsonElement report) => [.. report.GetProperty("rows").EnumerateArray()];
}

public sealed class MonthlyReportDoneTests_Sqlite(SqliteApp app) : MonthlyReportDoneTests<SqliteApp>(app);

public sealed class MonthlyReportDoneTests_Postgres(PostgresApp app) : MonthlyReportDoneTests<PostgresApp>(app);
