using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>统计报表 › 专利执法月报: a month with a 假冒专利 case recorded without its patent number shows the case and the problem.</summary>
public sealed class MonthlyReportTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_month_page_lists_the_cases_and_the_problems_with_a_link_to_fix_each_and_refuses_the_check()
    {
        var page = await app.NewPageAsync();
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            var respondent = await CreatePartyAsync(page, "北辰区某日用品商店", "92120113MA05E2E7A", "张某");
            var id = await FiledCounterfeitCaseAsync(page, "北辰区某日用品商店销售假冒专利产品案", respondent);

            await page.GotoAsync("/reports/monthly");
            await Expect(page.Locator(".ant-menu").First).ToContainTextAsync("专利执法月报");
            await page.GotoAsync("/reports/monthly/2025-10");
            await Expect(page.Locator("#report-status")).ToHaveTextAsync("未生成");
            await Expect(page.Locator("#report-due")).ToHaveTextAsync("2025-11-05");
            await Expect(page.Locator("#report-rows")).ToContainTextAsync("北辰区某日用品商店销售假冒专利产品案");
            await Expect(page.Locator("#report-rows")).ToContainTextAsync("2025-10-10");
            var problem = page.Locator(".zb-report-problem[data-code='required-field-empty']");
            await Expect(problem).ToContainTextAsync("必填项“专利号”为空");
            await Expect(problem.Locator("a")).ToHaveAttributeAsync("href", $"/cases/{id}");

            await ClickUntilAsync(page.Locator("#report-prepare"), async () => await page.Locator("#report-status").InnerTextAsync() == "已生成");
            await page.Locator("#report-check").ClickAsync();
            await Expect(page.Locator("#report-action-error")).ToContainTextAsync("不能审核");
            await Expect(page.Locator("#report-status")).ToHaveTextAsync("已生成");
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"monthly-report-{DateTime.Now:HHmmss}.png"), FullPage = true });
            output.WriteLine(await page.Locator("body").InnerTextAsync());
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A 假冒专利 lead of 2025-10-09 filed on 2025-10-10 through the API, with no patent recorded; returns its id.</summary>
    private static async Task<int> FiledCounterfeitCaseAsync(IPage page, string title, string respondent)
    {
        var parties = JsonDocument.Parse(await (await page.Context.APIRequest.GetAsync($"/api/parties?search={Uri.EscapeDataString(respondent)}")).TextAsync()).RootElement;
        var partyId = parties.GetProperty("items")[0].GetProperty("id").GetInt32();
        var officers = JsonDocument.Parse(await (await page.Context.APIRequest.GetAsync("/api/officers?pageSize=100")).TextAsync()).RootElement
            .GetProperty("items").EnumerateArray().Where(o => o.GetProperty("userName").GetString() is "zhifa1" or "zhifa2").Select(o => o.GetProperty("id").GetInt32()).ToArray();
        var created = await page.Context.APIRequest.PostAsync("/api/penalty-cases", new()
        {
            DataObject = new { title, subject = "假冒专利", source = "监督检查", leadReceivedOn = "2025-10-09", parties = new[] { new { partyId, role = "respondent" } } },
        });
        Assert.True(created.Ok, $"POST /api/penalty-cases → {created.Status}: {await created.TextAsync()}");
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetInt32();
        var filed = await page.Context.APIRequest.PostAsync($"/api/cases/{id}/actions/file", new() { DataObject = new { filedOn = "2025-10-10", officerIds = officers } });
        Assert.True(filed.Ok, $"file → {filed.Status}: {await filed.TextAsync()}");
        return id;
    }
}
