using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>
/// Waits for what a person sees after a click: the address bar showing the page and its heading on screen.
/// Not WaitForURLAsync: it also waits for the 'load' event (every script and stylesheet), which on a busy
/// machine can outlast its timeout although the page is long readable; these assertions poll until the page is there.
/// </summary>
internal static class PageExpectations
{
    /// <summary>
    /// Signs in as the demo account of <paramref name="role"/> through the log-in form, as a person would; every role but
    /// the applicant's then types the code its authenticator app (holding the demo key) shows (ADR 0023).
    /// </summary>
    public static async Task SignInAsync(this IPage page, string role)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("이메일").FillAsync(DemoDataSeeder.Accounts[role]);
        await page.GetByLabel("비밀번호", new() { Exact = true }).FillAsync(DemoDataSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인", Exact = true }).ClickAsync();
        if (role != Roles.Applicant)
        {
            await page.ExpectPageAsync("/Account/LoginWithCode", "인증 코드 입력");
            await page.GetByLabel("인증 코드 (6자리)").FillAsync(Totp.Code(DemoDataSeeder.AuthenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "확인", Exact = true }).ClickAsync();
        }
    }

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
