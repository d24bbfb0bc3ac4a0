using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>
/// Waits for what a person sees after a click: the address bar showing the page and its heading on screen.
/// Not WaitForURLAsync: it also waits for the 'load' event (every script and stylesheet), which on a busy
/// machine can outlast its timeout although the page is long readable; these assertions poll until the page is there.
/// </summary>
internal static class PageExpectations
{
    public static async Task ExpectPageAsync(this IPage page, string path, string? heading = null)
    {
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + @"(\?.*)?$"));
        var h1 = page.Locator("main h1");
        await Expect(h1).ToBeVisibleAsync();
        if (heading is not null)
        {
            await Expect(h1).ToHaveTextAsync(heading);
        }
    }
}
