using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>重点保护商标/标志: a section head registers a trademark with its protection categories and finds it by category.</summary>
public sealed class ProtectedMarkFlowTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_trademark_registered_with_tags_shows_in_the_list_filtered_by_one_of_them()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            await page.GotoAsync("/registries/marks");
            await ClickUntilAsync(page.Locator("#marks-create"), () => page.Locator("#mark-name").IsVisibleAsync());

            await page.Locator("#mark-name").FillAsync("十八街");
            await page.Locator("#mark-number").FillAsync("第 3012345 号");
            var niceClass = page.Locator("#mark-class input, input#mark-class").First;
            await niceClass.FillAsync("30");
            await niceClass.PressAsync("Tab");
            await ChooseAsync(page, "#mark-tags", ["驰名商标", "中华老字号"], multiple: true);
            await page.Locator("#mark-owner-name").FillAsync("天津桂发祥十八街麻花食品股份有限公司");
            await page.Locator("#mark-guide").FillAsync("正品外包装印有激光防伪标识，扫码可查验。");
            var dialog = page.Locator(".ant-modal-content").Filter(new() { Has = page.Locator("#mark-name") });
            await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
            await Expect(page.Locator("#mark-name")).ToHaveCountAsync(0);

            // Filtered by one of its categories it is there, with both tags; by another category it is not.
            await ChooseAsync(page, "#marks-tag-filter", "中华老字号");
            await page.Locator("#marks-search-button").ClickAsync();
            var row = page.Locator("#marks-table tr").Filter(new() { HasText = "十八街" });
            await Expect(row).ToContainTextAsync("3012345");
            await Expect(row).ToContainTextAsync("第30类");
            await Expect(row).ToContainTextAsync("驰名商标");
            await Expect(row).ToContainTextAsync("中华老字号");

            await ChooseAsync(page, "#marks-tag-filter", "津农精品");
            await page.Locator("#marks-search-button").ClickAsync();
            await Expect(page.Locator("#marks-table")).Not.ToContainTextAsync("十八街");

            // The detail page shows the guide.
            await ChooseAsync(page, "#marks-tag-filter", "驰名商标");
            await page.Locator("#marks-search-button").ClickAsync();
            await row.GetByRole(AriaRole.Link, new() { Name = "十八街" }).ClickAsync();
            await Expect(page.Locator("#mark-title")).ToHaveTextAsync("十八街");
            await Expect(page.Locator("#mark-guide")).ToContainTextAsync("激光防伪标识");
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"marks-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
