using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Restart.Core.Domain;

namespace Restart.Browser.Tests;

public sealed class RoleHomeTests(PortalServer portal) : IClassFixture<PortalServer>
{
    public static TheoryData<string, string, string> Roles_and_homes => new()
    {
        { Roles.Applicant, "/applicant", "김영수님, 안녕하세요" },
        { Roles.Counselor, "/staff", "서울지역본부" },
        { Roles.RegionalManager, "/staff", "서울지역본부" },
        { Roles.AgencyPartner, "/partner", "서울강남고용복지플러스센터" },
        { Roles.Employer, "/employer", "(주)한빛푸드" },
        { Roles.Administrator, "/admin", "관리자 홈" },
    };

    [Theory]
    [MemberData(nameof(Roles_and_homes))]
    public async Task Each_role_logs_in_and_sees_an_accessible_home_page(string role, string home, string heading)
    {
        var page = await portal.NewPageAsync();

        await page.SignInAsync(role);
        await page.ExpectPageAsync(home, heading);

        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, $"home-{role}.png"), FullPage = true });
        await ShouldHaveNoSeriousAccessibilityProblemsAsync(page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/no/such/page")]
    public async Task Public_pages_are_accessible(string url)
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync(url);

        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("ko");
        await ShouldHaveNoSeriousAccessibilityProblemsAsync(page);
    }

    [Fact]
    public async Task A_mistake_on_the_registration_form_is_shown_next_to_the_field_without_inline_script_errors()
    {
        var page = await portal.NewPageAsync();
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspErrors.Add(message.Text);
            }
        };
        await page.GotoAsync("/Account/Register");

        await page.GetByLabel("이름").FillAsync("정미경");
        await page.GetByLabel("이메일").FillAsync("mikyung@example");
        await page.GetByLabel("비밀번호", new() { Exact = true }).FillAsync("짧음");
        await page.GetByLabel("비밀번호 확인").FillAsync("짧음");
        await page.GetByRole(AriaRole.Button, new() { Name = "가입하기" }).ClickAsync();

        await Expect(page.Locator("span[data-valmsg-for='Data.Password']")).ToContainTextAsync("10자 이상");
        await Expect(page.GetByLabel("이름")).ToHaveValueAsync("정미경");
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, "register-mistake.png"), FullPage = true });
        cspErrors.ShouldBeEmpty();
    }

    private static async Task ShouldHaveNoSeriousAccessibilityProblemsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")
            .ToList();
        serious.ShouldBeEmpty();
    }
}
