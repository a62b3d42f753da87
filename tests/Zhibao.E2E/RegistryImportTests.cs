using Microsoft.Playwright;
using MiniExcelLibs;
using Xunit.Abstractions;
using Zhibao.Domain.Identifiers;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>
/// A registry page's 导入 (当事人; the leads on abnormal filings, by a station officer): upload a workbook, see the bad row in red
/// with its message, import the valid rows, find them in the list.
/// </summary>
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

    /// <summary>A valid 专利申请号 with serial <paramref name="serial"/>.</summary>
    private static string PatentApplication(int serial)
    {
        var digits = $"20231{serial:D7}";
        return $"{digits}.{PatentNumber.ComputeCheckDigit(digits)}";
    }

    [Fact]
    public async Task A_station_officer_imports_a_list_of_abnormal_patent_applications_and_sees_the_bad_number_explained()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "suo1", "孙所长");
            var good = PatentApplication(7770001);
            var digits = PatentApplication(7770002)[..12];
            var bad = $"{digits}.{(PatentNumber.ComputeCheckDigit(digits) == '0' ? '1' : '0')}";
            string[] headers = ["线索类型", "交办单位", "收到日期", "交办期限（工作日）", "申请号/注册号", "名称", "申请人"];
            var workbook = Workbook(headers,
            [
                ["非正常专利申请", "国家知识产权局", "2023-10-09", "10", good, "一种界面导入车铃", "界面导入测试申请人甲"],
                ["非正常专利申请", "国家知识产权局", "2023-10-09", "10", bad, "一种界面导入车灯", "界面导入测试申请人乙"],
            ]);

            await page.GotoAsync("/leads/abnormal-filings");
            await ClickUntilAsync(page.Locator("#leads-import"), () => page.Locator("#leads-import-template").IsVisibleAsync());
            await page.Locator("#leads-import-file").SetInputFilesAsync(new FilePayload
            {
                Name = "国家知识产权局交办线索.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook,
            });

            await Expect(page.Locator("#leads-import-summary")).ToContainTextAsync("有误 1");
            var invalid = page.Locator("#leads-import-preview tr.zb-import-invalid");
            await Expect(invalid).ToHaveCountAsync(1);
            await Expect(invalid).ToContainTextAsync("界面导入测试申请人乙");
            await Expect(invalid).ToContainTextAsync("专利申请号校验位错误");

            await page.Locator("#leads-import-confirm").ClickAsync();
            var result = page.Locator("#leads-import-result");
            await Expect(result).ToContainTextAsync("导入完成", new() { Timeout = 60_000 });
            await Expect(result).ToContainTextAsync("新增 1 条");
            await page.Locator("#leads-import-close").ClickAsync();

            var row = page.Locator("#leads-table tr", new() { HasText = good });
            await Expect(row).ToContainTextAsync("界面导入测试申请人甲");
            await Expect(row).ToContainTextAsync("待分派");
            await Expect(row).ToContainTextAsync("天穆市场监督管理所");
            Assert.Equal(0, await page.Locator("#leads-table").GetByText("界面导入测试申请人乙").CountAsync());
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"lead-import-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static byte[] Workbook(string[][] rows) => Workbook(["类型", "名称/姓名", "统一社会信用代码", "法定代表人"], rows);

    private static byte[] Workbook(string[] headers, string[][] rows)
    {
        var table = rows.Select(r => headers.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => (object?)x.Item2)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "导入数据");
        return stream.ToArray();
    }
}
