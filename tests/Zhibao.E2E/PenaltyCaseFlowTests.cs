using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>
/// The "done means": a section head takes a trademark complaint from lead to publication in the UI, every
/// applicable document generated, the legal review given by 法制审核 in their own session.
/// </summary>
public sealed class PenaltyCaseFlowTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_section_head_takes_a_trademark_complaint_from_lead_to_publication()
    {
        var page = await app.NewPageAsync();
        // Blazor reports circuit errors to the browser console in Development: keep them with the test output.
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            var party = await CreatePartyAsync(page, "天津北辰某超市有限公司", "91120113MA05E2E0P", "孙某");

            // 登记线索
            await page.GotoAsync("/cases");
            await ClickUntilAsync(page.Locator("#cases-new"), () => page.Locator("#case-title").IsVisibleAsync());
            await page.Locator("#case-title").FillAsync("北辰某超市销售侵犯“飞鸽”注册商标专用权自行车案");
            await ChooseAsync(page, "#case-subject", "商标侵权");
            await ChooseAsync(page, "#case-source", "投诉");
            await ChooseAsync(page, "#case-parties", party, multiple: true);
            await ChooseAsync(page, "#case-officers", ["李执法", "赵执法"], multiple: true);
            await RegisterButton(page).ClickAsync();
            await Expect(page).ToHaveURLAsync(CaseUrl);
            var caseUrl = page.Url;
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("线索核查");

            // 立案: the head's own 立案审批 is recorded and the number assigned.
            await ActAsync(page, "file");
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("调查取证");
            await Expect(page.Locator("#case-number")).ToContainTextAsync("津辰市监知罚〔");

            // Evidence with its hash.
            await page.GetByRole(AriaRole.Tab, new() { Name = "证据" }).ClickAsync();
            await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload
            {
                Name = "现场照片.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3],
            });
            await Expect(page.Locator("#evidence-table")).ToContainTextAsync("现场照片.png");

            // 案件审核 goes to 法制审核.
            await ActAsync(page, "review");
            await Expect(page.Locator(".ant-alert")).ToContainTextAsync("待法制审核");
            var reviewer = await app.NewPageAsync();
            await SignInAsync(reviewer, "fazhi", "陈法制");
            await reviewer.GotoAsync(caseUrl);
            await ClickUntilAsync(reviewer.Locator("#approval-approve"), async () => await reviewer.Locator("#case-status").InnerTextAsync() == "已审核");
            await reviewer.Context.CloseAsync();
            await page.ReloadAsync();
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("已审核");

            // 告知 → 决定 (the party has already stated its case) → 缴款 → 公示.
            await ActAsync(page, "notify", async () => await FillNumberAsync(page, "#act-proposed-fine", "50000"));
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("已告知");
            await ActAsync(page, "decide", async () =>
            {
                await ChooseAsync(page, "#act-outcome", "给予行政处罚");
                await FillNumberAsync(page, "#act-fine", "50000");
                await page.Locator("#act-content").FillAsync("没收侵权自行车12辆，罚款人民币50000元。");
                await page.GetByText("当事人已陈述申辩或明确放弃").ClickAsync();
            });
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("已作出决定");
            await ActAsync(page, "record-payment", async () => await FillNumberAsync(page, "#act-amount", "50000"));
            await ActAsync(page, "publish");

            // Every document that applies to this case, filed with the case.
            await page.GetByRole(AriaRole.Tab, new() { Name = "文书" }).ClickAsync();
            foreach (var kind in new[] { "FilingApproval", "PenaltyNotice", "PenaltyDecision", "ServiceReceipt", "ClosingApproval" })
            {
                var before = await page.Locator("#case-documents a[href*='/attachments/']").CountAsync();
                await page.Locator($"#document-{kind}").ClickAsync();
                await Expect(page.Locator("#case-documents a[href*='/attachments/']")).ToHaveCountAsync(before + 1);
            }

            await page.GetByRole(AriaRole.Tab, new() { Name = "期限" }).ClickAsync();
            var deadlines = page.Locator("#case-deadlines");
            await Expect(deadlines).ToContainTextAsync("行政处罚信息公示");
            await Expect(deadlines).ToContainTextAsync("《市场监督管理行政处罚信息公示规定》第九条");
            await Expect(deadlines.Locator("tr", new() { HasText = "行政处罚信息公示" })).ToContainTextAsync("按期完成");

            await page.GetByRole(AriaRole.Tab, new() { Name = "流程记录" }).ClickAsync();
            await Expect(page.Locator("#case-history")).ToContainTextAsync("在国家企业信用信息公示系统公示");
            await Expect(page.Locator("#case-history")).ToContainTextAsync("制作文书：行政处罚决定书");

            // The API agrees with what the page shows.
            var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
            var json = await page.Context.APIRequest.GetAsync($"/api/cases/{id}");
            var c = JsonDocument.Parse(await json.TextAsync()).RootElement;
            Assert.Equal("Decided", c.GetProperty("status").GetString());
            Assert.Equal(5, c.GetProperty("attachments").EnumerateArray().Count(a => a.GetProperty("category").GetString() == "文书"));
            Assert.Equal("done", c.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "publication").GetProperty("status").GetString());
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"case-flow-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }



    /// <summary>Opens an action's dialog, fills it, confirms, and waits for the dialog to close.</summary>
    private async Task ActAsync(IPage page, string action, Func<Task>? fill = null)
    {
        var dialog = page.Locator(".ant-modal-content").Filter(new() { HasText = "意见/备注" });
        await ClickUntilAsync(page.Locator($"#action-{action}"), () => dialog.IsVisibleAsync());
        if (fill is not null)
        {
            await fill();
        }
        await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        output.WriteLine($"{action} 完成");
    }

    /// <summary>Types into an InputNumber and leaves it: the value reaches the server on change, before the OK click.</summary>
    private static async Task FillNumberAsync(IPage page, string id, string value)
    {
        var input = page.Locator($"{id} input, input{id}").First;
        var expected = new System.Text.RegularExpressions.Regex(value.Replace("000", ",?000", StringComparison.Ordinal));
        // On a busy machine the dialog may render once more after it opens and wipe what was typed: type again then.
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(value);
            await input.PressAsync("Tab");
            await page.WaitForTimeoutAsync(300);
            if (expected.IsMatch(await input.InputValueAsync()) || attempt == 5)
            {
                break;
            }
        }
        await Expect(input).ToHaveValueAsync(expected);
    }


}
