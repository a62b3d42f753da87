using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Collaboration;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>
/// Issue 9, done means: “a partner user of the protection centre sees an entrusted case and nothing else (tested through UI
/// and API)”. The centre's user signs in, finds only the case entrusted to the centre, opens it, adds a result, and gets
/// nothing for the case entrusted to another centre nor the case module.
/// </summary>
public sealed class CollaborationFlowTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_protection_centre_user_sees_only_the_case_entrusted_to_it_and_adds_a_result()
    {
        var (shared, sharedCase, other) = await EntrustedCasesAsync();
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "xiezuo", "保护中心联络员");
            var menu = page.Locator(".ant-menu-root");
            await Expect(menu).ToContainTextAsync("委托本单位的事项");
            await Expect(menu).Not.ToContainTextAsync("行政处罚案件");
            await Expect(menu).Not.ToContainTextAsync("协调会");

            await page.GotoAsync("/collaboration/entrustments");
            var table = page.Locator("#entrustments-table");
            await Expect(table).ToContainTextAsync("某电商店铺销售侵犯专利权商品案");
            await Expect(table).Not.ToContainTextAsync("某五金店销售假冒注册商标商品案");

            await table.GetByRole(AriaRole.Link, new() { Name = "某电商店铺销售侵犯专利权商品案" }).ClickAsync();
            await Expect(page.Locator("#entrusted-case")).ToContainTextAsync("津辰市监知罚〔2023〕601号");
            await Expect(page.Locator("#entrusted-case")).ToContainTextAsync("当事人：天津某电商科技有限公司");
            await Expect(page.Locator("#entrustment-detail")).ToContainTextAsync("技术比对");
            await Expect(page.Locator("body")).Not.ToContainTextAsync("120113199001011234");

            var content = page.Locator("textarea#result-content, #result-content textarea").First;
            await content.FillAsync("技术比对结论：涉案产品落入专利权保护范围。");
            await content.PressAsync("Tab");
            await ClickUntilAsync(page.Locator("#result-submit"), async () =>
                (await page.Locator("#entrustment-results").InnerTextAsync()).Contains("技术比对结论", StringComparison.Ordinal));
            await Expect(page.Locator("#entrustment-results")).ToContainTextAsync("天津市知识产权保护中心");

            // Nothing else: the other centre's entrustment is not found, the case file is not theirs.
            await page.GotoAsync($"/collaboration/entrustments/{other}");
            await Expect(page.Locator("body")).ToContainTextAsync("委托不存在");
            await page.GotoAsync($"/cases/{sharedCase}");
            await Expect(page.Locator("body")).Not.ToContainTextAsync("秘密路");
            await Expect(page.Locator("body")).Not.ToContainTextAsync("120113199001011234");

            Assert.Equal(1, await ResultsAsync(shared));
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(TestPaths.FailureFolder, $"collaboration-{DateTime.Now:HHmmss}.png"), FullPage = true,
            });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Two open cases of the brigade, one entrusted to the city centre (the partner's), one to the Binhai centre.</summary>
    private async Task<(int Shared, int SharedCase, int Other)> EntrustedCasesAsync()
    {
        using var scope = app.Services.CreateScope();
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == "BC-ZFDD");
        var centre = await db.OrgUnits.SingleAsync(u => u.Code == "EX-TJIPPC");
        var binhai = await db.OrgUnits.SingleAsync(u => u.Code == "EX-BHIPPC");
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        PenaltyCase Case(string title, string party, int number) => new()
        {
            Kind = CaseKind.Penalty, CaseNumber = $"津辰市监知罚〔2023〕{number}号", Title = title, Subject = "假冒专利", Source = "监督检查",
            Summary = "法定代表人王五（身份证号码120113199001011234，住所天津市北辰区秘密路9号）", OrgUnitId = unit.Id,
            Status = nameof(PenaltyCaseStatus.Investigating), ReceivedOn = today.AddDays(-10), FiledOn = today.AddDays(-8), CreatedAt = DateTime.UtcNow,
            CreatedById = admin.Id, UpdatedAt = DateTime.UtcNow,
            Parties = [new CaseParty { Party = new Party { Kind = PartyKind.Enterprise, Name = party, Address = "天津市北辰区秘密路9号" }, Role = CasePartyRole.Respondent }],
        };
        var sharedCase = Case("某电商店铺销售侵犯专利权商品案", "天津某电商科技有限公司", 601);
        var otherCase = Case("某五金店销售假冒注册商标商品案", "天津某五金商店", 602);
        db.Cases.AddRange(sharedCase, otherCase);
        await db.SaveChangesAsync();
        Entrustment Entrust(int caseId, int partner, string scope) => new()
        {
            Kind = EntrustmentKind.Entrusted, OrgUnitId = unit.Id, PartnerUnitId = partner, CaseId = caseId, Scope = scope, StartOn = today.AddDays(-1),
            EndOn = today.AddDays(60), Status = EntrustmentStatus.Active, CreatedAt = DateTime.UtcNow, CreatedByName = "王科长", UpdatedAt = DateTime.UtcNow,
        };
        var shared = Entrust(sharedCase.Id, centre.Id, "对涉案产品进行技术比对");
        var other = Entrust(otherCase.Id, binhai.Id, "协助调查");
        db.Entrustments.AddRange(shared, other);
        await db.SaveChangesAsync();
        return (shared.Id, sharedCase.Id, other.Id);
    }

    private async Task<int> ResultsAsync(int entrustmentId)
    {
        using var scope = app.Services.CreateScope();
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        return await db.EntrustmentResults.CountAsync(r => r.EntrustmentId == entrustmentId);
    }
}
