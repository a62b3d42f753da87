using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>
/// Issue 5's "done means" in the browser: a utility-model infringement request from receipt through a suspension,
/// resumption, an oral hearing and an adjudication, with the 3-month clock on the date the counting rules give; and a
/// mediation whose agreement a court confirms. Dates are typed as the officer would record past events.
/// </summary>
public sealed class DisputeFlowTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_officer_takes_a_utility_model_request_through_suspension_and_hearing_to_an_adjudication()
    {
        var page = await NewPageAsync();
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            var requester = await CreatePartyAsync(page, "天津某自行车科技有限公司", "91120113MA05E2E1A", "李某");
            var respondent = await CreatePartyAsync(page, "北辰区某车行", "92120113MA05E2E1B", "李某");

            await page.GotoAsync("/adjudications");
            await ClickUntilAsync(page.Locator("#adjudication-new"), () => page.Locator("#adj-title").IsVisibleAsync());
            await page.Locator("#adj-title").FillAsync("天津某自行车科技有限公司诉北辰区某车行实用新型专利侵权纠纷案");
            await page.Locator("#adj-patent").FillAsync("ZL202320000003.X");
            await TypeDateAsync(page, "#adj-received", "2025-09-26");
            await ChooseAsync(page, "#adj-requester", requester);
            await ChooseAsync(page, "#adj-respondent", respondent);
            await RegisterButton(page).ClickAsync();
            await Expect(page).ToHaveURLAsync(CaseUrl);
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("立案审查");

            await ActAsync(page, "file", async dialog =>
            {
                await TypeDateAsync(page, "#act-filedOn", "2025-10-09");
                await ChooseAsync(page, "#act-officerIds", ["王科长", "李执法", "赵执法"], multiple: true);
                foreach (var condition in new[] { "请求人是专利权人", "有明确的被请求人", "有明确的请求事项", "属于本部门受案", "当事人没有就该专利侵权纠纷" })
                {
                    await dialog.Locator("#act-conditions label", new() { HasText = condition }).ClickAsync();
                }
            });
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("审理中");

            // The respondent's invalidation request was accepted: 中止 (art.28) from 2025-11-03 to 2025-12-12.
            await ActAsync(page, "pause", async dialog =>
            {
                await ChooseAsync(page, "#act-kind", "中止");
                await dialog.Locator("#act-reason textarea").FillAsync("被请求人申请宣告涉案实用新型专利权无效，国家知识产权局已受理");
                await TypeDateAsync(page, "#act-pausedOn", "2025-11-03");
            });
            await Expect(page.Locator("body")).ToContainTextAsync("暂停计时中");
            await ActAsync(page, "resume", async _ => await TypeDateAsync(page, "#act-resumedOn", "2025-12-12"));

            await ActAsync(page, "schedule-hearing", async _ =>
            {
                await TypeDateAsync(page, "#act-hearingOn", "2026-01-14");
                await TypeDateAsync(page, "#act-notifiedOn", "2026-01-05");
            });
            await ActAsync(page, "hold-hearing", async dialog =>
            {
                await TypeDateAsync(page, "#act-heldOn", "2026-01-14");
                await dialog.Locator("#act-content textarea").FillAsync("双方到庭，对被控侵权产品与专利权利要求进行技术特征比对");
            });
            await ActAsync(page, "close", async dialog =>
            {
                await ChooseAsync(page, "#act-closure", "作出行政裁决");
                await dialog.Locator("#act-infringementFound label").ClickAsync();
                await dialog.Locator("#act-content textarea").FillAsync("认定侵权成立，责令被请求人立即停止销售侵权产品");
                await TypeDateAsync(page, "#act-closedOn", "2026-02-10");
            });
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("已结案");

            // 3 months from 2025-10-09 → 2026-01-09; + 39 suspended days → 2026-02-17 (Spring Festival) → 2026-02-24.
            await page.GetByRole(AriaRole.Tab, new() { Name = "期限" }).ClickAsync();
            var closing = page.Locator("#case-deadlines tr", new() { HasTextRegex = new Regex(@"^\s*结案\s*2026-02-24") });
            await Expect(closing).ToContainTextAsync("按期完成");

            var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
            var c = JsonDocument.Parse(await (await page.Context.APIRequest.GetAsync($"/api/cases/{id}")).TextAsync()).RootElement;
            Assert.Equal("Closed", c.GetProperty("status").GetString());
            var deadline = c.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "closing");
            Assert.Equal("2026-02-24", deadline.GetProperty("dueDate").GetString());
            Assert.Equal("adjudication", c.GetProperty("adjudication").GetProperty("closure").GetString());

            // Nothing is overdue on the board now that the only case is closed.
            await page.GotoAsync("/adjudications/backlog");
            await Expect(page.Locator("#backlog-status")).ToContainTextAsync("积案为零");
        }
        catch
        {
            await ScreenshotAsync(page, "adjudication");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_mediation_agreement_is_confirmed_by_a_court()
    {
        var page = await NewPageAsync();
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            var requester = await CreatePartyAsync(page, "天津某机械制造有限公司", "91120113MA05E2E2C", "李某");
            var respondent = await CreatePartyAsync(page, "北辰区某五金商行", "92120113MA05E2E2D", "李某");

            await page.GotoAsync("/mediations");
            await ClickUntilAsync(page.Locator("#mediation-new"), () => page.Locator("#med-title").IsVisibleAsync());
            await page.Locator("#med-title").FillAsync("天津某机械制造有限公司与北辰区某五金商行专利侵权赔偿纠纷调解");
            await ChooseAsync(page, "#med-dispute", "专利侵权赔偿数额");
            await TypeDateAsync(page, "#med-received", "2025-11-03");
            await page.Locator("#med-patent").FillAsync("ZL202320000003.X");
            await ChooseAsync(page, "#med-requester", requester);
            await ChooseAsync(page, "#med-respondent", respondent);
            await RegisterButton(page).ClickAsync();
            await Expect(page).ToHaveURLAsync(CaseUrl);

            await ActAsync(page, "send-notice", async _ => await TypeDateAsync(page, "#act-sentOn", "2025-11-05"));
            await ActAsync(page, "record-reply", async dialog =>
            {
                await TypeDateAsync(page, "#act-repliedOn", "2025-11-12");
                await dialog.Locator("#act-agreed label").ClickAsync();
            });
            await ActAsync(page, "file", async _ => await TypeDateAsync(page, "#act-filedOn", "2025-11-14"));
            await ActAsync(page, "agree", async dialog =>
            {
                await TypeDateAsync(page, "#act-signedOn", "2025-11-28");
                await dialog.Locator("#act-content textarea").FillAsync("被申请人赔偿申请人经济损失人民币三万元，于2025年12月31日前付清");
            });
            await Expect(page.Locator("#case-status")).ToHaveTextAsync("达成协议");

            await ActAsync(page, "apply-confirmation", async _ =>
            {
                await TypeDateAsync(page, "#act-appliedOn", "2025-12-10");
                await ChooseAsync(page, "#act-courtId", "天津市第三中级人民法院");
            });
            await ActAsync(page, "court-accept", async _ => await TypeDateAsync(page, "#act-acceptedOn", "2025-12-12"));
            await ActAsync(page, "court-rule", async dialog =>
            {
                await TypeDateAsync(page, "#act-ruledOn", "2025-12-26");
                await dialog.Locator("#act-confirmed label").ClickAsync();
                await dialog.Locator("#act-rulingNumber input").FillAsync("（2025）津03民特12号");
            });
            await ActAsync(page, "close", async _ => await TypeDateAsync(page, "#act-closedOn", "2025-12-26"));

            var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
            var m = JsonDocument.Parse(await (await page.Context.APIRequest.GetAsync($"/api/mediations/{id}")).TextAsync()).RootElement;
            Assert.Equal("Closed", m.GetProperty("status").GetString());
            var confirmation = m.GetProperty("mediation").GetProperty("judicialConfirmation");
            Assert.Equal("confirmed", confirmation.GetProperty("status").GetString());
            Assert.Equal("天津市第三中级人民法院", confirmation.GetProperty("courtName").GetString());
            Assert.Equal("2025-12-26", confirmation.GetProperty("ruledOn").GetString());
            await Expect(page.Locator("body")).ToContainTextAsync("（2025）津03民特12号");
        }
        catch
        {
            await ScreenshotAsync(page, "mediation");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(TestPaths.FailureFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"{name}-{DateTime.Now:HHmmss}.png"), FullPage = true });
    }



    /// <summary>Opens an action's dialog, fills it, confirms, and waits for the dialog to close.</summary>
    private async Task ActAsync(IPage page, string action, Func<ILocator, Task> fill)
    {
        // The previous dialog fades out before it leaves the page: start only once it is gone.
        var open = page.Locator(".ant-modal-content").Filter(new() { Visible = true });
        await Expect(open).ToHaveCountAsync(0);
        var dialog = open.Filter(new() { Has = page.Locator("[id^='act-']") });
        await ClickUntilAsync(page.Locator($"#action-{action}"), () => dialog.IsVisibleAsync());
        await fill(dialog);
        await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
        try
        {
            await Expect(dialog).ToHaveCountAsync(0);
        }
        catch (PlaywrightException)
        {
            output.WriteLine($"{action} 未完成：{await dialog.InnerTextAsync()}");
            throw;
        }
        output.WriteLine($"{action} 完成");
    }
}
