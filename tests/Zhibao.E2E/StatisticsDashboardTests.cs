using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Zhibao.Domain.Identifiers;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>Issue 7's "the dashboard renders in Chromium with its charts": every chart drawn, with its table and export.</summary>
public sealed class StatisticsDashboardTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_leaders_dashboard_draws_every_chart_with_its_table_and_export()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            // Data: a mediation of 天穆所 filed and closed today, through the API as the section head.
            await SignInAsync(page, "kezhang", "王科长");
            await MediationFiledAndClosedTodayAsync(page);
            await page.Context.ClearCookiesAsync();

            await SignInAsync(page, "lingdao", "刘局长");
            await page.GotoAsync("/statistics");
            await Expect(page.Locator("h1.zb-page-title")).ToHaveTextAsync("领导驾驶舱");
            await Expect(page.Locator(".ant-menu").First).ToContainTextAsync("统计分析");

            // Each chart container gets its canvas once the circuit is up and ECharts (vendored) has loaded.
            string[] charts = ["monthly", "kinds", "handling", "units", "amounts", "sectors", "complaints", "mediation", "indicators"];
            foreach (var chart in charts)
            {
                await Expect(page.Locator($".zb-chart[data-chart='{chart}'] canvas").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
            }
            Assert.Equal(charts.Length, await page.Locator(".zb-chart").CountAsync());
            var size = await page.Locator(".zb-chart[data-chart='monthly'] canvas").First.BoundingBoxAsync();
            Assert.True(size is { Width: > 200, Height: > 200 }, $"the monthly chart is drawn at a readable size: {size?.Width}×{size?.Height}");

            // The figures: one filed and closed this year, 100 %; complaints by key sector from intake.
            var kpis = page.Locator("#statistics-kpis");
            await Expect(kpis.Locator(".ant-card", new() { HasText = "立案数" })).ToContainTextAsync("1");
            await Expect(kpis.Locator(".ant-card", new() { HasText = "结案率" })).ToContainTextAsync("100%");
            await Expect(page.Locator("#panel-complaints")).ToContainTextAsync("种业");
            await Expect(page.Locator("#panel-complaints")).Not.ToContainTextAsync("数据源未接入");
            await Expect(page.Locator("#panel-units .zb-stat-table")).ToContainTextAsync("天穆市场监督管理所");

            // Every panel has its table and an export of it that downloads a workbook.
            foreach (var table in new[] { "monthly", "kinds", "units", "sectors", "complaints", "mediation", "indicators" })
            {
                await Expect(page.Locator($"#panel-{table} .zb-stat-table table")).ToBeVisibleAsync();
                var href = await page.Locator($"#panel-{table} a[data-export='{table}']").GetAttributeAsync("href");
                Assert.StartsWith($"/api/statistics/export?chart={table}&from=", href);
            }
            var export = await page.Context.APIRequest.GetAsync((await page.Locator("#panel-units a[data-export]").GetAttributeAsync("href"))!);
            Assert.Equal(200, export.Status);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Headers["content-type"]);
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestPaths.DocsScreenshot("statistics.png"), FullPage = false });

            // The section's page: the same charts and the periodic report builder, whose Word report downloads.
            await page.GotoAsync("/statistics/section");
            await Expect(page.Locator("h1.zb-page-title")).ToHaveTextAsync("统计报表");
            await Expect(page.Locator(".zb-chart[data-chart='units'] canvas").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
            var report = await page.Context.APIRequest.GetAsync(
                $"/api/statistics/periodic?period={DateTime.UtcNow.AddHours(8):yyyy}&format=docx");
            Assert.Equal(200, report.Status);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", report.Headers["content-type"]);
            Assert.StartsWith("/api/statistics/periodic?period=", await page.Locator("#periodic-download").GetAttributeAsync("href"));
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"statistics-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task MediationFiledAndClosedTodayAsync(IPage page)
    {
        var api = page.Context.APIRequest;
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        const string first17 = "91120113MA05E2E7T";
        var party = await api.PostAsync("/api/parties", new()
        {
            DataObject = new { kind = "Enterprise", name = "天津某统计测试科技有限公司", unifiedSocialCreditCode = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17), legalRepresentative = "王某" },
        });
        Assert.True(party.Status == 201, $"POST /api/parties → {party.Status}: {await party.TextAsync()}");
        var partyId = JsonDocument.Parse(await party.TextAsync()).RootElement.GetProperty("id").GetInt32();
        var units = JsonDocument.Parse(await (await api.GetAsync("/api/org-units?keyword=" + Uri.EscapeDataString("天穆"))).TextAsync()).RootElement;
        var unitId = units[0].GetProperty("id").GetInt32();
        var created = await api.PostAsync("/api/mediations", new()
        {
            DataObject = new
            {
                title = "统计看板测试调解", mediationType = "peoples", disputeType = "其他知识产权纠纷", requestReceivedOn = today,
                mediatorName = "北辰区人民调解委员会", unitId, parties = new[] { new { partyId, role = "requester" } },
            },
        });
        Assert.True(created.Status == 201, $"POST /api/mediations → {created.Status}: {await created.TextAsync()}");
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetInt32();
        foreach (var (action, body) in new (string, object)[] { ("file", new { filedOn = today }), ("fail", new { closedOn = today, ground = "双方未达成协议" }) })
        {
            var response = await api.PostAsync($"/api/cases/{id}/actions/{action}", new() { DataObject = body });
            Assert.True(response.Ok, $"{action} → {response.Status}: {await response.TextAsync()}");
        }
    }
}
