using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Registries.ImportTestData;

namespace Zhibao.Web.Tests.Registries;

/// <summary>
/// 当事人 Excel import (issue 6, ADR 0009): preview writes nothing and names every bad cell in Chinese; confirm writes the
/// valid rows only, in the background, with one summary audit entry; the error workbook holds exactly the invalid rows;
/// importing the same file again changes nothing; 100,000 rows go in.
/// </summary>
public abstract class PartyImportTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static readonly string[] Headers = ["类型", "名称/姓名", "统一社会信用代码", "居民身份证号码", "法定代表人", "地址", "联系电话", "所属行业"];

    private Task<int> PartyCountAsync() => RegistryTestData.WithDbAsync(App, db => db.Parties.CountAsync());

    [Fact]
    public async Task A_mixed_file_previews_exact_counts_and_messages_then_imports_only_its_valid_rows_once()
    {
        using var admin = await App.ClientAsAsync("admin");
        // Two parties registered before: one the file repeats as it is, one whose address the file changes.
        var same = RegistryTestData.Uscc(3101);
        var moved = RegistryTestData.Uscc(3102);
        await admin.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = "导入测试原有甲公司", unifiedSocialCreditCode = same, address = "北仓镇1号" });
        await admin.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = "导入测试原有乙公司", unifiedSocialCreditCode = moved, address = "北仓镇2号" });

        var newCode = RegistryTestData.Uscc(3103);
        var person = RegistryTestData.ResidentId(311);
        var badCode = RegistryTestData.Corrupt(RegistryTestData.Uscc(3104), UnifiedSocialCreditCode.Charset);
        var file = Workbook(Headers,
        [
            ["企业", "导入测试新丙公司", newCode, null, "张三", "天穆镇3号", "022-1", "食品制造"],   // row 2: new
            ["个人", "导入测试李四", null, person, null, "小淀镇4号"],                              // row 3: new
            ["企业", "导入测试坏码公司", badCode],                                                  // row 4: check character
            ["企业", null, RegistryTestData.Uscc(3105)],                                            // row 5: no name
            ["公司", "导入测试类型错", RegistryTestData.Uscc(3106)],                                 // row 6: kind
            ["企业", "导入测试重复丙", newCode],                                                    // row 7: repeats row 2
            ["企业", "导入测试无代码公司"],                                                         // row 8: enterprise without code
            ["企业", "导入测试原有甲公司", same, null, null, "北仓镇1号"],                            // row 9: unchanged
            ["企业", "导入测试原有乙公司", moved, null, null, "北仓镇22号"],                          // row 10: new address
        ]);
        var before = await PartyCountAsync();
        var logsBefore = await RegistryTestData.WithDbAsync(App, db => db.OperationLogs.CountAsync(l => l.EntityType == "Party"));

        var preview = await PreviewAsync(admin, "parties", file);
        Assert.Equal((9, 4, 5, 2, 1, 1), (preview.GetProperty("total").GetInt32(), preview.GetProperty("valid").GetInt32(),
            preview.GetProperty("invalid").GetInt32(), preview.GetProperty("new").GetInt32(), preview.GetProperty("unchanged").GetInt32(),
            preview.GetProperty("updated").GetInt32()));
        Assert.Equal(Headers, preview.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var outcomes = preview.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("outcome").GetString())).ToList();
        Assert.Equal([(2, "new"), (3, "new"), (4, "invalid"), (5, "invalid"), (6, "invalid"), (7, "invalid"), (8, "invalid"), (9, "unchanged"), (10, "updated")], outcomes);
        var expected = new Dictionary<int, (string Column, string Message)[]>
        {
            [4] = [("统一社会信用代码", UnifiedSocialCreditCode.Check(badCode).Error!)],
            [5] = [("名称/姓名", "请填写名称/姓名")],
            [6] = [("类型", "类型“公司”无效，应为：企业、个人")],
            [7] = [("统一社会信用代码", "与第2行重复（统一社会信用代码相同），本行不导入")],
            [8] = [("统一社会信用代码", "企业须填写统一社会信用代码")],
        };
        var invalidRows = preview.GetProperty("invalidRows").EnumerateArray().ToList();
        Assert.Equal(expected.Keys, invalidRows.Select(r => r.GetProperty("row").GetInt32()));
        foreach (var row in invalidRows)
        {
            Assert.Equal(expected[row.GetProperty("row").GetInt32()], row.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!)));
            Assert.Equal("有误", row.GetProperty("outcomeName").GetString());
        }
        Assert.Equal("导入测试坏码公司", invalidRows[0].GetProperty("values").GetProperty("名称/姓名").GetString());

        // The preview wrote nothing to the registry and no audit entry.
        Assert.Equal(before, await PartyCountAsync());
        Assert.Equal("北仓镇2号", await RegistryTestData.WithDbAsync(App, db => db.Parties.Where(p => p.UnifiedSocialCreditCode == moved).Select(p => p.Address).SingleAsync()));
        Assert.Equal(logsBefore, await RegistryTestData.WithDbAsync(App, db => db.OperationLogs.CountAsync(l => l.EntityType == "Party")));

        // The error workbook: exactly the invalid rows, as uploaded, with 错误说明.
        var importId = preview.GetProperty("importId").GetString()!;
        var errorsResponse = await admin.GetAsync($"/api/parties/import/{importId}/errors");
        Assert.Equal(HttpStatusCode.OK, errorsResponse.StatusCode);
        var errorRows = ReadRows(await errorsResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(["导入测试坏码公司", null, "导入测试类型错", "导入测试重复丙", "导入测试无代码公司"], errorRows.Select(r => r["名称/姓名"]?.ToString()));
        Assert.Equal(expected.Values.Select(v => string.Join("；", v.Select(e => $"{e.Column}：{e.Message}"))), errorRows.Select(r => r["错误说明"]?.ToString()));
        Assert.Equal(badCode, errorRows[0]["统一社会信用代码"]?.ToString());
        Assert.Equal(Headers.Append("错误说明"), errorRows[0].Keys);

        // Confirm: the valid rows only, in the background, one summary audit entry and none per row.
        var done = await ConfirmAsync(admin, "parties", importId);
        Assert.Equal((2, 1, 9, 9), (done.GetProperty("inserted").GetInt32(), done.GetProperty("changed").GetInt32(),
            done.GetProperty("processed").GetInt32(), done.GetProperty("total").GetInt32()));
        Assert.Equal("已完成", done.GetProperty("statusName").GetString());
        Assert.Equal(before + 2, await PartyCountAsync());
        var written = await RegistryTestData.WithDbAsync(App, db => db.Parties.AsNoTracking()
            .Where(p => p.UnifiedSocialCreditCode == newCode || p.ResidentIdNumber == person || p.UnifiedSocialCreditCode == moved).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(["导入测试原有乙公司", "导入测试新丙公司", "导入测试李四"], written.Select(p => p.Name));
        Assert.Equal(("北仓镇22号", 1), (written[0].Address, written[0].Version));
        Assert.Equal((PartyKind.Enterprise, "张三", "天穆镇3号", "022-1", "食品制造"), (written[1].Kind, written[1].LegalRepresentative, written[1].Address, written[1].Phone, written[1].Industry));
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, written[1].CreatedAt, TimeSpan.FromSeconds(1));
        Assert.Equal(PartyKind.Person, written[2].Kind);
        var logs = await RegistryTestData.WithDbAsync(App, db => db.OperationLogs.AsNoTracking().Where(l => l.EntityType == "Party").OrderBy(l => l.Id).Skip(logsBefore).ToListAsync());
        var summary = Assert.Single(logs);
        Assert.Equal(("导入", importId, "admin"), (summary.Action, summary.EntityKey, summary.UserName));
        Assert.Contains("\"新增\":2", summary.Changes);
        Assert.Contains("\"更新\":1", summary.Changes);
        var listed = await GetJsonAsync(admin, $"/api/parties?search={Uri.EscapeDataString("导入测试新丙")}");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());

        // A second confirmation of the same import is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/parties/import/{importId}/confirm", null)).StatusCode);

        // The same file again: everything valid is registered as it is; nothing new, nothing changed.
        var again = await PreviewAsync(admin, "parties", file);
        Assert.Equal((0, 4, 0, 5), (again.GetProperty("new").GetInt32(), again.GetProperty("unchanged").GetInt32(),
            again.GetProperty("updated").GetInt32(), again.GetProperty("invalid").GetInt32()));
        var second = await ConfirmAsync(admin, "parties", again.GetProperty("importId").GetString()!);
        Assert.Equal((0, 0), (second.GetProperty("inserted").GetInt32(), second.GetProperty("changed").GetInt32()));
        Assert.Equal(before + 2, await PartyCountAsync());
    }

    [Fact]
    public async Task The_template_has_the_headers_an_example_row_and_notes_and_its_example_is_valid()
    {
        using var admin = await App.ClientAsAsync("admin");
        var response = await admin.GetAsync("/api/parties/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var row = Assert.Single(ReadRows(bytes));
        Assert.Equal(Headers, row.Keys);
        Assert.Equal("企业", row["类型"]);
        var notes = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "填写说明").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(notes, n => (string?)n["列名"] == "统一社会信用代码" && ((string?)n["填写说明"])!.Contains("GB 32100"));

        var preview = await PreviewAsync(admin, "parties", bytes);
        Assert.Equal((1, 0), (preview.GetProperty("valid").GetInt32(), preview.GetProperty("invalid").GetInt32()));
    }

    [Fact]
    public async Task A_bad_upload_answers_400_in_Chinese_and_stores_nothing()
    {
        using var admin = await App.ClientAsAsync("admin");
        var before = await RegistryTestData.WithDbAsync(App, db => db.RegistryImports.CountAsync());

        static async Task AssertBadAsync(HttpResponseMessage response, string mentions)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var message = (await JsonAsync(response)).GetProperty("errors").GetProperty("file")[0].GetString()!;
            Assert.Contains(mentions, message);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        }

        await AssertBadAsync(await UploadAsync(admin, "parties", "类型,名称\n企业,某公司"u8.ToArray(), "当事人.csv"), "不是Excel工作簿");
        await AssertBadAsync(await UploadAsync(admin, "parties", "not a zip file at all"u8.ToArray(), "当事人.xlsx"), "不是有效的Excel工作簿");
        await AssertBadAsync(await UploadAsync(admin, "parties", Workbook(["名称/姓名", "统一社会信用代码"], [["某公司", RegistryTestData.Uscc(3201)]])), "缺少必填列：类型");
        await AssertBadAsync(await UploadAsync(admin, "parties", Workbook(["单位", "备注"], [["某公司", "无"]])), "不是导入模板的表头");
        await AssertBadAsync(await UploadAsync(admin, "parties", Workbook(Headers, [])), "没有数据行");
        await AssertBadAsync(await UploadAsync(admin, "parties", []), "文件内容为空");
        var noFile = await admin.PostAsync("/api/parties/import/preview", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        await AssertBadAsync(noFile, "请选择要导入的Excel文件");

        Assert.Equal(before, await RegistryTestData.WithDbAsync(App, db => db.RegistryImports.CountAsync()));
    }

    [Fact]
    public async Task An_import_is_seen_only_by_its_uploader_and_confirming_nothing_valid_is_refused()
    {
        using var admin = await App.ClientAsAsync("admin");
        using var kezhang = await App.ClientAsAsync("kezhang");
        var preview = await PreviewAsync(admin, "parties", Workbook(Headers, [["企业", "全是错误的文件", "123"]]));
        var id = preview.GetProperty("importId").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await kezhang.GetAsync($"/api/parties/import/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kezhang.GetAsync($"/api/parties/import/{id}/errors")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kezhang.PostAsync($"/api/parties/import/{id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/officers/import/{id}")).StatusCode);   // another registry
        await AssertFieldErrorAsync(await admin.PostAsync($"/api/parties/import/{id}/confirm", null), "file");
        var state = await GetJsonAsync(admin, $"/api/parties/import/{id}");
        Assert.Equal(("previewed", "待确认", 0), (state.GetProperty("status").GetString(), state.GetProperty("statusName").GetString(), state.GetProperty("valid").GetInt32()));

        // 只读 users may not import.
        using var readOnly = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.GetAsync("/api/parties/import/template")).StatusCode);
    }

    [Fact]
    public async Task A_file_of_100000_parties_is_imported()
    {
        const int rows = 100_000;
        using var admin = await App.ClientAsAsync("admin");
        var file = Workbook(Headers, Enumerable.Range(0, rows).Select(i => new object?[]
        {
            "企业", $"批量导入测试企业{i}", RegistryTestData.Uscc(5_000_000 + i), null, "王五", $"北辰区某路{i}号", null, "制造业",
        }));
        var before = await PartyCountAsync();
        var clock = Stopwatch.StartNew();
        var preview = await PreviewAsync(admin, "parties", file);
        Assert.Equal((rows, rows, rows), (preview.GetProperty("total").GetInt32(), preview.GetProperty("valid").GetInt32(), preview.GetProperty("new").GetInt32()));
        Assert.Equal(100, preview.GetProperty("rows").GetArrayLength());
        var done = await ConfirmAsync(admin, "parties", preview.GetProperty("importId").GetString()!, TimeSpan.FromSeconds(60));
        Assert.Equal(rows, done.GetProperty("inserted").GetInt32());
        Assert.Equal(before + rows, await PartyCountAsync());
        // About 10 s on an idle 2-core machine; the bound only catches a slide back to per-row work (it took minutes then).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"preview and import of {rows} rows took {clock.Elapsed}");
        var last = await RegistryTestData.WithDbAsync(App, db => db.Parties.AsNoTracking().SingleAsync(p => p.UnifiedSocialCreditCode == RegistryTestData.Uscc(5_000_000 + rows - 1)));
        Assert.Equal(($"批量导入测试企业{rows - 1}", "制造业", 0), (last.Name, last.Industry, last.Version));
    }
}

public sealed class PartyImportTests_Sqlite(SqliteApp app) : PartyImportTests<SqliteApp>(app);

public sealed class PartyImportTests_Postgres(PostgresApp app) : PartyImportTests<PostgresApp>(app);
