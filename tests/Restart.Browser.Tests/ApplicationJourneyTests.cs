using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>The ex-owner's whole online application in a real browser, with a screenshot of every step kept as a test artifact.</summary>
public sealed class ApplicationJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task An_ex_owner_registers_consents_fills_the_wizard_uploads_a_PDF_submits_and_sees_the_status()
    {
        var page = await portal.NewPageAsync();
        var step = 0;
        async Task Snap(string name)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, $"apply-{++step:00}-{name}.png"), FullPage = true });
            var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{name}: {v.Id} {v.Help}").ToList();
            serious.ShouldBeEmpty();
        }

        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("이름").FillAsync("김영수");
        var email = $"browser-{Guid.NewGuid():N}@example.com";
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호", new() { Exact = true }).FillAsync("김영수의 긴 비밀번호");
        await page.GetByLabel("비밀번호 확인").FillAsync("김영수의 긴 비밀번호");
        await page.GetByLabel("[필수] 개인정보 수집·이용에 동의합니다.").CheckAsync();
        await page.GetByLabel("[선택] 경력·자격 정보 수집·이용에 동의합니다.").CheckAsync();
        await Snap("register");
        await page.GetByRole(AriaRole.Button, new() { Name = "가입하기" }).ClickAsync();
        await portal.FinishRegistrationAsync(page, email, "김영수의 긴 비밀번호");

        await page.GetByRole(AriaRole.Link, new() { Name = "재기 지원 신청하기 (이어서 작성)" }).ClickAsync();
        await page.ExpectPageAsync("/Apply/Personal");
        await page.GetByLabel("생년월일").FillAsync("1968-05-17");
        await page.GetByLabel("전화번호").FillAsync("010-1234-5678");
        await page.GetByLabel("사는 곳 (시·군·구)").SelectOptionAsync("11200");
        await Snap("personal");
        await page.GetByRole(AriaRole.Button, new() { Name = "저장하고 다음으로" }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Business");
        await page.GetByLabel("상호 (가게 이름)").FillAsync("영수네 한식당");
        await page.GetByLabel("사업자등록번호").FillAsync("124-81-00999");
        await page.GetByLabel("업종").FillAsync("56111 한식 일반 음식점업");
        await page.GetByLabel("사업장 소재지 (시·군·구)").SelectOptionAsync("11200");
        await page.GetByLabel("개업일").FillAsync("2015-03-02");
        await page.GetByLabel("폐업 완료").CheckAsync();
        await page.GetByLabel("폐업일 (또는 폐업 예정일)").FillAsync("2026-09-30");
        await page.GetByLabel("상시 근로자 수").FillAsync("2");
        await page.GetByLabel("폐업 사유", new() { Exact = true }).SelectOptionAsync("PoorSales");
        await page.GetByLabel("임차 (월세·전세)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "저장하고 다음으로" }).ClickAsync();
        // The server's answer, not the form as it was before the post: wait for the message to appear.
        await Expect(page.Locator("span[data-valmsg-for='Data.BusinessNumber']")).ToHaveTextAsync(new Regex("^사업자등록번호가 올바르지 않습니다"));
        await Expect(page.GetByLabel("상호 (가게 이름)")).ToHaveValueAsync("영수네 한식당");
        await Snap("business-mistake");
        await page.GetByLabel("사업자등록번호").FillAsync("124-81-00998");
        await page.GetByRole(AriaRole.Button, new() { Name = "저장하고 다음으로" }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Wishes");
        await page.GetByLabel("재취업").CheckAsync();
        await page.GetByLabel("희망 직종 1").FillAsync("5312 한식 조리사");
        await page.GetByLabel("희망 지역 1").SelectOptionAsync("11200");
        await page.GetByLabel("희망 월급 (원)").FillAsync("2500000");
        await page.GetByLabel("경력 사항").FillAsync("한식당 10년 운영");
        await Snap("wishes");
        await page.GetByRole(AriaRole.Button, new() { Name = "저장하고 다음으로" }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Documents");
        await page.GetByLabel("파일").SetInputFilesAsync(new FilePayload
        {
            Name = "폐업사실증명원.pdf",
            MimeType = "application/pdf",
            Buffer = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "올리기" }).ClickAsync();
        await Expect(page.GetByText("서류를 올렸습니다.")).ToBeVisibleAsync();
        await Snap("documents");
        await page.GetByRole(AriaRole.Button, new() { Name = "다음", Exact = true }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Review");
        await Expect(page.Locator("table")).ToContainTextAsync("폐업 사실");
        await Snap("review");
        await page.GetByRole(AriaRole.Button, new() { Name = "신청서 제출하기" }).ClickAsync();

        await page.ExpectPageAsync("/Apply/Submitted");
        await Expect(page.Locator("[data-testid='case-number']")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{6}$"));
        await Snap("submitted");
        await page.GetByRole(AriaRole.Link, new() { Name = "내 신청 현황 보기" }).ClickAsync();

        await page.ExpectPageAsync("/My/Case");
        await Expect(page.Locator("[data-testid='case-status']")).ToHaveTextAsync("접수 완료");
        await Expect(page.Locator("main")).ToContainTextAsync("폐업사실증명원.pdf");
        await Snap("status");
    }
}
