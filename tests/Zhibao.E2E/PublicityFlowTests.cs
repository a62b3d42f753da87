using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>宣传 in the browser: a 4·26 宣传周 event recorded on the page, its date rule shown inline, found in the list.</summary>
public sealed class PublicityFlowTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_section_head_records_a_four_twenty_six_week_event_and_finds_it_in_the_list()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            await page.GotoAsync("/publicity/events");
            await Expect(page.Locator(".ant-menu-root")).ToContainTextAsync("宣传活动");
            await ClickUntilAsync(page.Locator("#events-create"), () => page.Locator("#event-title").IsVisibleAsync());

            await ChooseAsync(page, "#event-type", "4·26宣传周");
            await page.Locator("#event-title").FillAsync("2024年知识产权宣传周进企业");
            // The day before the week opens: refused inline, nothing saved.
            await TypeDateAsync(page, "#event-start", "2024-04-25");
            await page.Locator("#event-place").FillAsync("北辰区双街镇工业园");
            var dialog = page.Locator(".ant-modal-content").Filter(new() { Visible = true, Has = page.Locator("#event-title") });
            await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
            await Expect(dialog).ToContainTextAsync("4·26知识产权宣传周为2024-04-26至2024-05-02");

            await TypeDateAsync(page, "#event-start", "2024-04-26");
            await TypeDateAsync(page, "#event-end", "2024-04-30");
            var audience = page.Locator("input#event-audience, #event-audience input").First;
            await audience.FillAsync("150");
            await audience.PressAsync("Tab");
            await ChooseAsync(page, "#event-partners", "天津市知识产权保护中心（外部）", multiple: true);
            await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);

            var table = page.Locator("#events-table");
            var row = table.Locator("tr", new() { HasText = "2024年知识产权宣传周进企业" });
            await Expect(row).ToContainTextAsync("4·26宣传周");
            await Expect(row).ToContainTextAsync("2024-04-26 至 2024-04-30");
            await Expect(row).ToContainTextAsync("天津市知识产权保护中心");
            await Expect(row).ToContainTextAsync("150");

            // The detail shows it, and a photo goes with it.
            await ClickUntilAsync(row.Locator("button.zb-link-button"), () => page.Locator("#event-detail").IsVisibleAsync());
            await page.Locator("#event-file").SetInputFilesAsync(new FilePayload
            {
                Name = "宣传周现场.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3],
            });
            await Expect(page.Locator("#event-files")).ToContainTextAsync("宣传周现场.png");
            await Expect(page.Locator("#event-photos img")).ToHaveCountAsync(1);
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(TestPaths.FailureFolder, $"publicity-{DateTime.Now:HHmmss}.png"), FullPage = true,
            });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
