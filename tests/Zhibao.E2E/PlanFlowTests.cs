using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>Issue 8 in the browser: the 2023 plan with its ten key tasks, and a measure's live indicator.</summary>
public sealed partial class PlanFlowTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_plan_page_shows_the_ten_key_tasks_and_a_measure_s_live_indicator()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            await page.GotoAsync("/plans");
            await Expect(page.Locator("h1.zb-page-title")).ToContainTextAsync("年度实施方案");
            await page.Locator("a[id^='plan-link-']", new() { HasText = "2023年北辰区知识产权行政保护工作实施方案" }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(PlanUrl());
            // The page computes every indicator of the plan (twice: prerender, then the interactive render): give it time.
            await Expect(page.Locator("#plan-title")).ToHaveTextAsync("2023年北辰区知识产权行政保护工作实施方案", new() { Timeout = 60_000 });

            var keyTasks = page.Locator(".plan-task-title").Filter(new() { HasTextRegex = KeyTaskHeading() });
            await Expect(keyTasks).ToHaveCountAsync(10);
            await Expect(keyTasks.First).ToHaveTextAsync("1. 深化知识产权“大保护”执法协调机制");
            await Expect(keyTasks.Last).ToHaveTextAsync("10. 优化快速协同保护机制");
            await Expect(page.Locator(".plan-task-title", new() { HasText = "（三）加强宣传培训" })).ToHaveCountAsync(1);

            var measure = page.Locator(".plan-measure", new() { HasText = "确保取得知识产权执法资格人数不少于5人" });
            var value = page.Locator(".ant-drawer .plan-indicator-value").First;
            await ClickUntilAsync(measure, () => value.IsVisibleAsync());
            await Expect(page.Locator(".ant-drawer #drawer-measure-text")).ToHaveTextAsync("确保取得知识产权执法资格人数不少于5人。");
            await Expect(page.Locator(".ant-drawer-body")).ToContainTextAsync("具备知识产权执法资格人数");
            await Expect(value).ToHaveTextAsync("5人");
            await Expect(page.Locator(".ant-drawer-body")).ToContainTextAsync("≥5人");
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"plan-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [GeneratedRegex(@"/plans/\d+$")]
    private static partial Regex PlanUrl();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex KeyTaskHeading();
}
