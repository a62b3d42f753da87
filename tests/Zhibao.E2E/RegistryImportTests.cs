using Microsoft.Playwright;
using MiniExcelLibs;
using Xunit.Abstractions;
using Zhibao.Domain.Identifiers;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>The 当事人 page's 导入: upload a workbook, see the bad row in red with its message, import the valid rows, find them in the list.</summary>
public sealed class RegistryImportTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static string Uscc(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    [Fact]
    public async Task A_section_head_imports_parties_from_excel_and_sees_the_invalid_row_explained()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            var bad = Uscc("91120113MA05E2E1A");
            bad = bad[..^1] + (bad[^1] == '0' ? '1' : '0');
            var workbook = Workbook(
            [
                ["企业", "界面导入测试甲公司", Uscc("91120113MA05E2E2B"), "周一"],
                ["企业", "界面导入测试坏码公司", bad, "周二"],
                ["企业", "界面导入测试乙公司", Uscc("91120113MA05E2E3C"), "周三"],
            ]);

            await page.GotoAsync("/registries/parties");
            await ClickUntilAsync(page.Locator("#parties-import"), () => page.Locator("#parties-import-template").IsVisibleAsync());
            await page.Locator("#parties-import-file").SetInputFilesAsync(new FilePayload
            {
                Name = "当事人导入.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook,
            });

            var summary = page.Locator("#parties-import-summary");
            await Expect(summary).ToContainTextAsync("共 3 行");
            await Expect(summary).ToContainTextAsync("有误 1");
            var invalid = page.Locator("#parties-import-preview tr.zb-import-invalid");
            await Expect(invalid).ToHaveCountAsync(1);
            await Expect(invalid).ToContainTextAsync("界面导入测试坏码公司");
            await Expect(invalid).ToContainTextAsync("统一社会信用代码校验位错误");
            await Expect(page.Locator("#parties-import-errors")).ToContainTextAsync("下载错误行 (1)");

            // Nothing is in the list before the import is confirmed.
            Assert.Equal(0, await page.Locator(".ant-table-tbody").GetByText("界面导入测试甲公司").CountAsync());
            await page.Locator("#parties-import-confirm").ClickAsync();
            var result = page.Locator("#parties-import-result");
            await Expect(result).ToContainTextAsync("导入完成", new() { Timeout = 60_000 });
            await Expect(result).ToContainTextAsync("新增 2 条");
            await Expect(result).ToContainTextAsync("有误未导入 1 条");
            await Expect(page.Locator("#parties-import-progress .ant-progress-status-success")).ToHaveCountAsync(1);

            await page.Locator("#parties-import-close").ClickAsync();
            // The list reloads once the dialog closes (slow on a busy machine).
            var table = page.Locator(".ant-table-tbody");
            await Expect(table).ToContainTextAsync("界面导入测试甲公司", new() { Timeout = 30_000 });
            await Expect(table).ToContainTextAsync("界面导入测试乙公司");
            Assert.Equal(0, await table.GetByText("界面导入测试坏码公司").CountAsync());
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"import-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static byte[] Workbook(string[][] rows)
    {
        string[] headers = ["类型", "名称/姓名", "统一社会信用代码", "法定代表人"];
        var table = rows.Select(r => headers.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => (object?)x.Item2)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "导入数据");
        return stream.ToArray();
    }
}
