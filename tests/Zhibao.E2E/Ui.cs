using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhibao.Domain.Identifiers;
using static Microsoft.Playwright.Assertions;

namespace Zhibao.E2E;

/// <summary>What the browser tests do the same way on every page: sign in, pick from a select, click until the circuit is up.</summary>
internal static class Ui
{
    public const string Password = "Zhibao#2023";

    public static async Task SignInAsync(IPage page, string userName, string displayName)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(displayName);
    }

    /// <summary>An enterprise in the party registry, through the API with the page's cookie; returns its name.</summary>
    public static async Task<string> CreatePartyAsync(IPage page, string name, string first17, string legalRepresentative)
    {
        var response = await page.Context.APIRequest.PostAsync("/api/parties", new()
        {
            DataObject = new { kind = "Enterprise", name, unifiedSocialCreditCode = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17), legalRepresentative },
        });
        Assert.True(response.Ok, $"POST /api/parties → {response.Status}: {await response.TextAsync()}");
        return name;
    }

    /// <summary>The 登记 button of a registration dialog (AntDesign spaces two-character button labels).</summary>
    public static ILocator RegisterButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "登 记" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "登记" })).Last;

    public static ILocator DialogTitle(IPage page) => page.Locator(".ant-modal-title").Filter(new() { Visible = true }).Last;

    public static Task ChooseAsync(IPage page, string select, string option, bool multiple = false) => ChooseAsync(page, select, [option], multiple);

    public static async Task ChooseAsync(IPage page, string select, string[] options, bool multiple)
    {
        await page.Locator(select).First.ClickAsync();
        foreach (var option in options)
        {
            // Closed dropdowns stay in the page: only the open one's options are visible.
            await page.Locator(".ant-select-dropdown .ant-select-item-option", new() { HasText = option }).Filter(new() { Visible = true }).First.ClickAsync();
        }
        if (multiple)
        {
            // A multiple select keeps its list open over the next field: click the dialog's title to close it.
            await DialogTitle(page).ClickAsync();
        }
        // A list still fading out lies over the next field and takes its clicks: wait until it is gone.
        await Expect(page.Locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")).ToHaveCountAsync(0);
    }

    /// <summary>Clicks until the page reacts: the first clicks may land before the interactive circuit is up.</summary>
    public static async Task ClickUntilAsync(ILocator button, Func<Task<bool>> reacted)
    {
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            if (attempt > 1 && !await button.IsVisibleAsync())
            {
                break; // the click took effect and the button went away; the page is still catching up
            }
            await button.ClickAsync();
            for (var poll = 0; poll < 20; poll++)
            {
                if (await reacted())
                {
                    return;
                }
                await Task.Delay(100);
            }
        }
        for (var poll = 0; poll < 150; poll++)
        {
            if (await reacted())
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("The page did not react to " + button);
    }

    /// <summary>
    /// Types a date into an AntDesign date picker and commits it with Enter (which does not submit the dialog), as a
    /// keyboard user would. Keys typed while the calendar panel is still opening can be lost on a busy machine: the
    /// field then stays empty and the date is typed again.
    /// </summary>
    public static async Task TypeDateAsync(IPage page, string id, string date)
    {
        var input = page.Locator($"{id} input, input{id}").First;
        for (var attempt = 1; ; attempt++)
        {
            await input.ClickAsync();
            await page.WaitForTimeoutAsync(300);
            await input.PressAsync("Control+A");
            await input.PressSequentiallyAsync(date);
            await input.PressAsync("Enter");
            // Escape would close the whole dialog: click its title to close the calendar panel instead.
            await DialogTitle(page).ClickAsync();
            await page.WaitForTimeoutAsync(200);
            if (await input.InputValueAsync() == date || attempt == 5)
            {
                break;
            }
        }
        await Expect(input).ToHaveValueAsync(date);
    }

    public static readonly Regex CaseUrl = new(@"/cases/\d+$");
}
