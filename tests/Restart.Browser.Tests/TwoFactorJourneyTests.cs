using Microsoft.Playwright;
using Restart.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>A new counselor's first sign-in: the authenticator app is set up before the staff pages open (ADR 0023).</summary>
public sealed class TwoFactorJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task A_new_counselor_sets_up_the_authenticator_keeps_the_recovery_codes_and_reaches_the_staff_home()
    {
        const string password = "first day at the office";
        var email = await portal.NewCounselorAsync("윤서진", password);
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인", Exact = true }).ClickAsync();

        await page.ExpectPageAsync("/Account/EnableAuthenticator", "인증 앱 설정");
        await Expect(page.GetByAltText("인증 앱에 등록할 QR 코드")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, "two-factor-enrolment.png"), FullPage = true });
        await page.GotoAsync("/Staff/Cases");
        await page.ExpectPageAsync("/Account/EnableAuthenticator", "인증 앱 설정");

        // The person types the key shown into their app; the app shows the code.
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("인증 코드 (6자리)").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "확인", Exact = true }).ClickAsync();

        await Expect(page.Locator("main h1")).ToHaveTextAsync("복구 코드");
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("인쇄하거나 복사해서");
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, "two-factor-recovery-codes.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "보관했습니다. 계속하기" }).ClickAsync();

        await page.ExpectPageAsync("/staff", "서울지역본부");
        await page.GotoAsync("/Staff/Cases");
        await page.ExpectPageAsync("/Staff/Cases", "사례 목록");
    }
}
