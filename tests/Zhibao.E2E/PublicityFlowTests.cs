using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>
/// 宣传 in the browser: a 4·26 宣传周 event recorded on the page, its date rule shown inline, found in the list; and issue 9's
/// “a typical case is published from a closed case with no personal data left”, from the case page to publication.
/// </summary>
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

    [Fact]
    public async Task A_typical_case_is_drafted_from_a_closed_case_refused_with_an_id_number_then_approved_and_published()
    {
        const string name = "张三丰";
        var first17 = "12011319900101" + "321";
        var idNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        var caseId = await ClosedCaseAsync(name, idNumber);
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            await page.GotoAsync($"/cases/{caseId}");
            await page.Locator("#case-typical").ClickAsync();
            // The case page's link opens the generation dialog with the case chosen.
            var create = page.Locator(".ant-modal-content").Filter(new() { Visible = true, HasText = "由已结案案件生成典型案例" });
            await Expect(create).ToContainTextAsync("津辰市监知罚〔2023〕88号");
            await ClickUntilAsync(create.Locator(".ant-modal-footer .ant-btn-primary"), async () => page.Url.Contains("/publicity/typical-cases/", StringComparison.Ordinal));

            var facts = page.Locator("textarea#typical-facts, #typical-facts textarea").First;
            await Expect(facts).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("当事人张某在其经营的店铺内"));
            var drafted = await facts.InputValueAsync();
            Assert.DoesNotContain(name, drafted);
            Assert.DoesNotContain(idNumber, drafted);
            Assert.DoesNotContain("示范路", drafted);
            await Expect(page.Locator("#typical-title input, input#typical-title").First).ToHaveValueAsync("张某销售侵犯注册商标专用权商品案");

            // The number typed back in is shown at once and blocks approval.
            await facts.FillAsync(drafted + $"当事人身份证号码{idNumber}。");
            await facts.PressAsync("Tab");
            await ClickUntilAsync(page.Locator("#typical-save"), () => page.Locator("#typical-problems").IsVisibleAsync());
            await Expect(page.Locator("#typical-problems")).ToContainTextAsync(idNumber);
            await facts.FillAsync(drafted);
            await facts.PressAsync("Tab");
            await page.Locator("#typical-save").ClickAsync();
            await Expect(page.Locator("#typical-problems")).ToHaveCountAsync(0);

            await ActAsync(page, "submit", null);
            await Expect(page.Locator("#typical-status")).ToHaveTextAsync("待审核");
            await ActAsync(page, "approve", null);
            await Expect(page.Locator("#typical-status")).ToHaveTextAsync("已审核");
            await ActAsync(page, "publish", async () =>
            {
                await ChooseAsync(page, "#act-channel", "新媒体");
                await page.Locator("#act-outlet").FillAsync("北辰融媒");
            });
            await Expect(page.Locator("#typical-status")).ToHaveTextAsync("已发布");
            await Expect(page.Locator("#typical-media")).ToContainTextAsync("北辰融媒");
            await Expect(page.Locator("#typical-docx")).ToBeVisibleAsync();
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(TestPaths.FailureFolder, $"typical-case-{DateTime.Now:HHmmss}.png"), FullPage = true,
            });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Opens a typical case action's dialog, fills it, confirms, and waits for the dialog to close.</summary>
    private async Task ActAsync(IPage page, string action, Func<Task>? fill)
    {
        var open = page.Locator(".ant-modal-content").Filter(new() { Visible = true });
        await Expect(open).ToHaveCountAsync(0);
        await ClickUntilAsync(page.Locator($"#typical-{action}"), () => open.First.IsVisibleAsync());
        if (fill is not null)
        {
            await fill();
        }
        await open.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
        await Expect(open).ToHaveCountAsync(0);
        output.WriteLine($"{action} 完成");
    }

    /// <summary>A penalty case closed after a published fine, against a person whose data the case summary holds (set up directly).</summary>
    private async Task<int> ClosedCaseAsync(string name, string idNumber)
    {
        using var scope = app.Services.CreateScope();
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == "BC-ZSCQ");
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var party = new Party { Kind = PartyKind.Person, Name = name, ResidentIdNumber = idNumber, Address = "天津市北辰区示范路8号", Phone = "13812345678" };
        var c = new PenaltyCase
        {
            Kind = CaseKind.Penalty, CaseNumber = "津辰市监知罚〔2023〕88号", Title = $"{name}销售侵犯注册商标专用权商品案", Subject = "商标侵权", Source = "投诉",
            Summary = $"当事人{name}（身份证号码{idNumber}，住所天津市北辰区示范路8号，联系电话13812345678）在其经营的店铺内销售侵犯“桂发祥”注册商标专用权的麻花。",
            OrgUnitId = unit.Id, Status = nameof(PenaltyCaseStatus.Closed), ReceivedOn = today.AddDays(-40), FiledOn = today.AddDays(-38),
            DecidedOn = today.AddDays(-20), Outcome = DecisionOutcome.Penalty, FineAmount = 5000m, DecisionContent = "罚款5000元",
            PublishedOn = today.AddDays(-15), ClosedOn = today.AddDays(-10), CreatedAt = DateTime.UtcNow, CreatedById = admin.Id, UpdatedAt = DateTime.UtcNow,
            Parties = [new CaseParty { Party = party, Role = CasePartyRole.Respondent }],
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }
}
