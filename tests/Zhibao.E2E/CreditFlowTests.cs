using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>信用监管 in the browser: the section head lists a party on the serious-violation list and sees it graded D.</summary>
public sealed class CreditFlowTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_section_head_lists_a_party_as_seriously_violating_and_its_page_shows_grade_D()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            var party = await CreatePartyAsync(page, "天津某假冒商品批发有限公司", "91120113MA05CRED1", "赵某");

            await page.GotoAsync("/credit");
            await ClickUntilAsync(page.Locator("#listing-new"), () => page.Locator("#listing-number").IsVisibleAsync());
            await ChooseAsync(page, "#listing-party", party);
            await ChooseAsync(page, "#listing-grounds", ["故意侵犯知识产权"], multiple: true);
            await page.Locator("#listing-number").FillAsync("津辰市监列严〔E2E〕1号");
            await page.Locator("#listing-reason textarea, textarea#listing-reason").First.FillAsync("五年内两次销售假冒注册商标商品，受到从重罚款");
            var dialog = page.Locator(".ant-modal-content").Filter(new() { Visible = true, Has = page.Locator("#listing-number") });
            await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
            // Saving and the dialog's fade-out can be slow on a busy machine.
            await Expect(dialog).ToHaveCountAsync(0, new() { Timeout = 30_000 });

            var row = page.Locator("tr.ant-table-row", new() { HasText = party });
            await Expect(row).ToContainTextAsync("津辰市监列严〔E2E〕1号");
            await Expect(row).ToContainTextAsync("列入中");
            await Expect(row).ToContainTextAsync("故意侵犯知识产权");

            await row.GetByRole(AriaRole.Link, new() { Name = party }).ClickAsync();
            await Expect(page.Locator("h1.zb-page-title")).ToHaveTextAsync(party);
            await Expect(page.Locator("#party-grade")).ToHaveTextAsync("D");
            await Expect(page.Locator("#party-reasons")).ToContainTextAsync("津辰市监列严〔E2E〕1号");
            await Expect(page.Locator("#party-inspection")).ToContainTextAsync("重点监管");
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"credit-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
