using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Zhibao.Domain.Identifiers;
using static Microsoft.Playwright.Assertions;
using static Zhibao.E2E.Ui;

namespace Zhibao.E2E;

/// <summary>
/// 非正常专利申请线索: the section head records a lead's check result on its page — a confirmed result without a
/// category is refused inline, then the categories of 令第77号第三条 are ticked and the lead shows as checked.
/// </summary>
public sealed class LeadCheckTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_section_head_records_a_confirmed_check_with_its_categories()
    {
        var page = await app.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"浏览器控制台：{message.Text}");
        try
        {
            await SignInAsync(page, "kezhang", "王科长");
            var api = page.Context.APIRequest;
            var cnipa = JsonDocument.Parse(await (await api.GetAsync("/api/org-units?keyword=" + Uri.EscapeDataString("国家知识产权局"))).TextAsync())
                .RootElement.EnumerateArray().Single(u => u.GetProperty("code").GetString() == "EX-CNIPA").GetProperty("id").GetInt32();
            var officer = JsonDocument.Parse(await (await api.GetAsync("/api/officers?keyword=" + Uri.EscapeDataString("李执法"))).TextAsync())
                .RootElement.GetProperty("items")[0].GetProperty("id").GetInt32();
            const string digits = "202310077001";
            var number = $"{digits}.{PatentNumber.ComputeCheckDigit(digits)}";
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
            var created = await api.PostAsync("/api/leads", new()
            {
                DataObject = new
                {
                    kind = "AbnormalPatentApplication", sourceUnitId = cnipa, sourceReference = "国知保交〔2023〕77号", receivedOn = today,
                    senderDeadlineWorkingDays = 10, applicationNumber = number, rightName = "一种可折叠晾衣架", applicant = "天津浏览器测试科技有限公司",
                },
            });
            Assert.True(created.Ok, $"POST /api/leads → {created.Status}: {await created.TextAsync()}");
            var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetInt32();
            var assigned = await api.PostAsync($"/api/leads/{id}/actions/assign", new() { DataObject = new { officerId = officer } });
            Assert.True(assigned.Ok, await assigned.TextAsync());

            // The list shows it with its reply clock; its number opens the lead.
            await page.GotoAsync("/leads/abnormal-filings");
            var row = page.Locator("#leads-table tr", new() { HasText = number });
            await Expect(row).ToContainTextAsync("天津浏览器测试科技有限公司");
            await Expect(row).ToContainTextAsync("核查中");
            await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/leads/abnormal-filings/{id}$"));
            await Expect(page.Locator("#lead-status")).ToHaveTextAsync("核查中");

            // 核查属实 without a category: the dialog stays open with the rule named under the categories.
            var dialog = page.Locator(".ant-modal-content").Filter(new() { HasText = "认定情形" });
            await ClickUntilAsync(page.Locator("#action-check"), () => dialog.IsVisibleAsync());
            await dialog.GetByText("核查属实", new() { Exact = true }).ClickAsync();
            await dialog.Locator("#act-notes").FillAsync("申请人无研发人员和场所，短期内提交内容明显相同的申请31件");
            await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
            await Expect(dialog).ToContainTextAsync("核查属实须勾选至少一项非正常申请专利行为（国家知识产权局令第77号第三条）");
            await Expect(page.Locator("#lead-status")).ToHaveTextAsync("核查中");

            // Each category is shown with its text and provision; tick two and confirm.
            await Expect(dialog.Locator("#act-categories")).ToContainTextAsync("第三条第（八）项");
            await dialog.Locator("label", new() { HasText = "P1 重复或简单组合申请" }).ClickAsync();
            await dialog.Locator("label", new() { HasText = "P5 无实际研发活动" }).ClickAsync();
            await dialog.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(page.Locator("#lead-status")).ToHaveTextAsync("已核查");
            await Expect(page.Locator("#lead-result")).ToHaveTextAsync("核查属实");
            await Expect(page.Locator("#lead-categories")).ToContainTextAsync("P1 重复或简单组合申请");
            await Expect(page.Locator("#lead-categories")).ToContainTextAsync("《规范申请专利行为的规定》（国家知识产权局令第77号）第三条第（五）项");
            await Expect(page.Locator("#lead-history")).ToContainTextAsync("登记核查结果：核查属实（P1重复或简单组合申请、P5无实际研发活动）");
            await Expect(page.Locator("#action-report")).ToBeVisibleAsync();
            await Expect(page.Locator("#action-convert")).ToBeVisibleAsync();

            // The API agrees with the page.
            var lead = JsonDocument.Parse(await (await api.GetAsync($"/api/leads/{id}")).TextAsync()).RootElement;
            Assert.Equal("confirmed", lead.GetProperty("result").GetString());
            Assert.Equal(["P1", "P5"], lead.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        }
        catch
        {
            Directory.CreateDirectory(TestPaths.FailureFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.FailureFolder, $"lead-check-{DateTime.Now:HHmmss}.png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
