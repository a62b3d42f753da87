using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Zhibao.E2E;

/// <summary>Browser tests of the Chinese UI against the real app; one app and one browser for the class.</summary>
public sealed partial class ShellTests(BrowserFixture app, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string AdminUserName = "admin";
    private const string AdminPassword = "Zhibao#2023";

    [Fact]
    public Task Admin_signs_in_and_sees_the_chinese_shell() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());

        await SubmitLoginAsync(page, AdminUserName, AdminPassword);

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        var menu = page.Locator(".ant-menu").First;
        await Expect(menu).ToContainTextAsync("工作台");
        await Expect(menu).ToContainTextAsync("系统管理");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("系统管理员");

        await SaveDocsScreenshotAsync(page, "shell.png");
    });

    [Fact]
    public Task Wrong_password_shows_a_chinese_error() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/account/login");

        await SubmitLoginAsync(page, AdminUserName, "Wrong#Password1");

        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.Locator(".zb-login-error")).ToContainTextAsync("用户名或密码错误");
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Deadline_calculator_gives_october_tenth_for_five_working_days_from_september_27_2023() => InBrowserAsync(async page =>
    {
        await SignInAsync(page);
        await page.GotoAsync("/tools/deadline");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator(".ant-picker").First).ToBeVisibleAsync();

        var from = page.Locator("input#deadline-from, #deadline-from input").First;
        await TypeDateAsync(page, from, "2023-09-27");

        var amount = page.Locator("input#deadline-amount, #deadline-amount input").First;
        await amount.FillAsync("5");
        await amount.PressAsync("Tab");
        await Expect(amount).ToHaveValueAsync("5");

        var unit = page.Locator(".ant-select").Filter(new LocatorFilterOptions { Has = page.Locator(".ant-select-selection-item") }).First;
        await Expect(unit).ToContainTextAsync("工作日");

        await page.Locator("#deadline-compute").ClickAsync();

        await Expect(page.Locator("#deadline-due")).ToHaveTextAsync("2023-10-10");
        await Expect(page.Locator(".ant-timeline")).ToContainTextAsync("国庆节");

        await SaveDocsScreenshotAsync(page, "deadline.png");
    });

    [Fact]
    public Task Calendar_page_marks_national_day_2023() => InBrowserAsync(async page =>
    {
        await SignInAsync(page);
        await page.GotoAsync("/system/calendar");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var yearLabel = page.Locator("#calendar-year");
        await Expect(yearLabel).ToBeVisibleAsync();
        for (var guard = 0; guard < 100; guard++)
        {
            var shown = await ShownYearAsync(yearLabel);
            if (shown == 2023)
            {
                break;
            }
            var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = shown > 2023 ? "上一年" : "下一年" });
            await ClickUntilAsync(button, async () => await ShownYearAsync(yearLabel) != shown);
        }
        await Expect(yearLabel).ToHaveTextAsync(YearPattern());
        Assert.Equal(2023, await ShownYearAsync(yearLabel));

        var days = page.Locator(".zb-months .zb-day");
        await Expect(days.And(page.Locator(".holiday[title*='国庆节']")).First).ToBeVisibleAsync();
        await Expect(days.And(page.Locator(".makeupWorkday")).First).ToBeVisibleAsync();
        await Expect(days.And(page.Locator(".makeupWorkday[title*='国庆节']"))).ToHaveCountAsync(2);
    });

    [Theory]
    [InlineData("/system/org", "组织机构", "天穆市场监督管理所")]
    [InlineData("/system/users", "用户管理", "kezhang")]
    [InlineData("/system/roles", "角色", "执法人员")]
    [InlineData("/system/dictionaries", "数据字典", "案件来源")]
    [InlineData("/system/settings", "系统设置", "专利执法月报报送日")]
    [InlineData("/system/operation-logs", "操作日志", "新增")]
    [InlineData("/system/sign-in-logs", "登录日志", "admin")]
    [InlineData("/system/calendar", "日历管理", "已载入年度")]
    [InlineData("/cases", "行政处罚案件", "期限状态")]
    [InlineData("/system/document-templates", "文书模板", "行政处罚决定书")]
    [InlineData("/registries/officers", "执法人员", "王科长")]
    [InlineData("/registries/parties", "当事人", "统一社会信用代码")]
    [InlineData("/leads/abnormal-filings", "非正常申请/恶意注册线索", "反馈期限")]
    [InlineData("/registries/markets", "规范化市场", "规范化市场数")]
    [InlineData("/credit", "信用监管", "严重违法失信名单")]
    [InlineData("/plans", "年度实施方案", "2023年北辰区知识产权行政保护工作实施方案")]
    public Task Every_administration_page_opens_in_chinese_with_its_data(string path, string title, string expectedText) => InBrowserAsync(async page =>
    {
        await SignInAsync(page);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        await Expect(page.Locator("h1.zb-page-title")).ToContainTextAsync(title);
        await Expect(page.Locator(".zb-content")).ToContainTextAsync(expectedText);
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        // For reviewing the UI by eye: ZHIBAO_E2E_SHOTS=/some/folder dotnet test tests/Zhibao.E2E
        if (Environment.GetEnvironmentVariable("ZHIBAO_E2E_SHOTS") is { Length: > 0 } folder)
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{path.Trim('/').Replace('/', '-')}.png") });
        }
    }, $"page{path.Replace('/', '-')}");

    private static Regex LoginUrl() => LoginPathRegex();

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPathRegex();

    [GeneratedRegex(@"^\s*2023\s*年\s*$")]
    private static partial Regex YearPattern();

    private static async Task<int> ShownYearAsync(ILocator yearLabel)
    {
        var text = (await yearLabel.InnerTextAsync()).Replace("年", "", StringComparison.Ordinal).Trim();
        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await SubmitLoginAsync(page, AdminUserName, AdminPassword);
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("系统管理员");
    }

    private static async Task SubmitLoginAsync(IPage page, string userName, string password)
    {
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>
    /// Types a date into an AntDesign DatePicker. Until Blazor's circuit is up the prerendered input ignores the
    /// picker's handlers, so open the dropdown first (it only opens once interactive) and retry if the value did not stick.
    /// </summary>
    private async Task TypeDateAsync(IPage page, ILocator input, string date)
    {
        var dropdown = page.Locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)");
        for (var attempt = 1; ; attempt++)
        {
            await input.ClickAsync();
            try
            {
                await Expect(dropdown.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 });
                await input.FillAsync("");
                await input.PressSequentiallyAsync(date, new LocatorPressSequentiallyOptions { Delay = 30 });
                await input.PressAsync("Enter");
                await Expect(input).ToHaveValueAsync(date, new LocatorAssertionsToHaveValueOptions { Timeout = 3_000 });
                await Expect(dropdown).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 3_000 });
                output.WriteLine($"日期 {date} 输入成功（第 {attempt} 次尝试）");
                return;
            }
            catch (PlaywrightException e) when (attempt < 5)
            {
                output.WriteLine($"日期输入第 {attempt} 次未生效，重试：{e.Message.Split('\n')[0]}");
                await page.Keyboard.PressAsync("Escape");
                await page.WaitForTimeoutAsync(500);
            }
        }
    }

    /// <summary>Clicks until the page reacts: the first clicks may land before the interactive circuit is up.</summary>
    private async Task ClickUntilAsync(ILocator button, Func<Task<bool>> reacted)
    {
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            await button.ClickAsync();
            for (var poll = 0; poll < 10; poll++)
            {
                if (await reacted())
                {
                    if (attempt > 1)
                    {
                        output.WriteLine($"按钮在第 {attempt} 次点击后生效");
                    }
                    return;
                }
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("The page did not react to " + button);
    }

    /// <summary>
    /// Saves docs/screenshots/{name} for the README: fonts loaded, no hover effect, and the window as tall as the page
    /// so the dark sider reaches the bottom (a full-page capture would cut it at the viewport height).
    /// </summary>
    private static async Task SaveDocsScreenshotAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        await page.Mouse.MoveAsync(1, 1);
        await page.EvaluateAsync("() => document.activeElement instanceof HTMLElement && document.activeElement.blur()");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var width = page.ViewportSize?.Width ?? 1440;
        await page.SetViewportSizeAsync(width, Math.Max(height, 900));
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestPaths.DocsScreenshot(name) });
    }

    /// <summary>Runs a test in a fresh browser context; on failure saves a screenshot to /tmp/e2e-failures.</summary>
    private async Task InBrowserAsync(Func<IPage, Task> test, [CallerMemberName] string name = "")
    {
        var page = await app.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            try
            {
                Directory.CreateDirectory(TestPaths.FailureFolder);
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(TestPaths.FailureFolder, $"{name}-{DateTime.Now:HHmmss}.png"),
                    FullPage = true,
                });
            }
            catch (PlaywrightException)
            {
                // The page may be gone; the original failure matters more.
            }
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
