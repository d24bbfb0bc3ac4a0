using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>On a phone 390 px wide nothing pushes the page sideways: tables scroll inside themselves, long words wrap.</summary>
public sealed class PhoneLayoutTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Theory]
    [MemberData(nameof(RoleHomeTests.Roles_and_homes), MemberType = typeof(RoleHomeTests))]
    public async Task Each_role_home_fits_a_phone_screen_without_sideways_scrolling(string role, string home, string heading)
    {
        var page = await portal.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.SignInAsync(role);
        await page.ExpectPageAsync(home, heading);

        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, $"phone-home-{role}.png"), FullPage = true });
        (await PageWidthAsync(page)).ShouldBeLessThanOrEqualTo(PhoneWidth);
    }

    [Fact]
    public async Task My_case_with_a_very_long_file_name_fits_a_phone_screen()
    {
        var fileName = "2026년도_서울특별시_중구_을지로_영수네한식당_폐업사실증명원_국세청_홈택스_발급본_원본스캔_최종_수정본_다시올림.pdf";
        var page = await portal.NewPageAsync(PhoneWidth, PhoneHeight);
        await ApplyWithDocumentAsync(portal, page, fileName);

        await page.GetByRole(AriaRole.Link, new() { Name = "내 신청 현황 보기" }).ClickAsync();
        await page.ExpectPageAsync("/My/Case", "내 신청 현황");
        await Expect(page.Locator("main")).ToContainTextAsync(fileName[..20]);

        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, "phone-my-case.png"), FullPage = true });
        (await PageWidthAsync(page)).ShouldBeLessThanOrEqualTo(PhoneWidth);
    }

    private static Task<int> PageWidthAsync(IPage page) => page.EvaluateAsync<int>("document.documentElement.scrollWidth");

    /// <summary>A new person registers and sends a complete application with one document, on the phone.</summary>
    private static async Task ApplyWithDocumentAsync(PortalServer portal, IPage page, string fileName)
    {
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("이름").FillAsync("박지민");
        var email = $"phone-{Guid.NewGuid():N}@example.com";
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호", new() { Exact = true }).FillAsync("박지민의 아주 긴 비밀번호");
        await page.GetByLabel("비밀번호 확인").FillAsync("박지민의 아주 긴 비밀번호");
        await page.GetByLabel("[필수] 개인정보 수집·이용에 동의합니다.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "가입하기" }).ClickAsync();
        await portal.FinishRegistrationAsync(page, email, "박지민의 아주 긴 비밀번호");

        await page.GotoAsync("/Apply");
        await page.ExpectPageAsync("/Apply/Personal");
        await page.GetByLabel("생년월일").FillAsync("1975-02-11");
        await page.GetByLabel("전화번호").FillAsync("010-2222-3333");
        await page.GetByLabel("사는 곳 (시·군·구)").SelectOptionAsync("11200");
        await page.GetByRole(AriaRole.Button, new() { Name = "저장하고 다음으로" }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Business");
        await page.GetByLabel("상호 (가게 이름)").FillAsync("지민 분식");
        await page.GetByLabel("사업자등록번호").FillAsync("124-81-00998");
        await page.GetByLabel("업종").FillAsync("56111 한식 일반 음식점업");
        await page.GetByLabel("사업장 소재지 (시·군·구)").SelectOptionAsync("11200");
        await page.GetByLabel("개업일").FillAsync("2018-04-01");
        await page.GetByLabel("폐업 완료").CheckAsync();
        await page.GetByLabel("폐업일 (또는 폐업 예정일)").FillAsync("2026-08-31");
        await page.GetByLabel("상시 근로자 수").FillAsync("1");
        await page.GetByLabel("폐업 사유", new() { Exact = true }).SelectOptionAsync("PoorSales");
        await page.GetByLabel("임차 (월세·전세)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "저장하고 다음으로" }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Wishes");
        await page.GetByLabel("재취업").CheckAsync();
        await page.GetByLabel("희망 직종 1").FillAsync("5312 한식 조리사");
        await page.GetByLabel("희망 지역 1").SelectOptionAsync("11200");
        await page.GetByLabel("희망 월급 (원)").FillAsync("2300000");
        await page.GetByRole(AriaRole.Button, new() { Name = "저장하고 다음으로" }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Documents");
        await page.GetByLabel("파일").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/pdf",
            Buffer = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "올리기" }).ClickAsync();
        await Expect(page.GetByText("서류를 올렸습니다.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "다음", Exact = true }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Review");
        await page.GetByRole(AriaRole.Button, new() { Name = "신청서 제출하기" }).ClickAsync();
        await page.ExpectPageAsync("/Apply/Submitted");
    }
}
