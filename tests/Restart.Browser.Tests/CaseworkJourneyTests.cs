using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Restart.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>A counselor takes a submitted case through eligibility, counseling and a plan; the manager assigns it on the way.</summary>
public sealed class CaseworkJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task A_counselor_reviews_a_submitted_case_records_counseling_and_agrees_a_plan()
    {
        var counselor = await portal.NewPageAsync();
        await counselor.SignInAsync(Roles.Counselor);
        await counselor.GotoAsync("/Staff/Cases?Status=Submitted&Counselor=none");
        await counselor.ExpectPageAsync("/Staff/Cases", "사례 목록");
        await counselor.ScreenshotAsync(new() { Path = Shot("staff-queue"), FullPage = true });

        var first = counselor.Locator("[data-testid='queue'] tbody tr").First.Locator("a");
        var number = await first.InnerTextAsync();
        await first.ClickAsync();
        await Expect(counselor.Locator("main h1")).ToContainTextAsync(number);
        var status = counselor.Locator("[data-testid='case-status']");
        await Expect(status).ToHaveTextAsync("접수 완료");

        await counselor.GetByRole(AriaRole.Button, new() { Name = "자격 검토 시작" }).ClickAsync();
        await Expect(status).ToHaveTextAsync("자격 검토 중");

        // A decision without a reason for "not eligible" is refused next to the field, the choice kept.
        await counselor.GetByLabel("부적격: 지원 대상이 아닙니다").CheckAsync();
        await counselor.GetByRole(AriaRole.Button, new() { Name = "결정 저장" }).ClickAsync();
        await Expect(counselor.Locator("span[data-valmsg-for='Decide.Reason']")).ToContainTextAsync("부적격 사유를 골라 주세요");
        await Expect(counselor.GetByLabel("부적격: 지원 대상이 아닙니다")).ToBeCheckedAsync();
        await counselor.GetByLabel("적격: 지원 대상입니다").CheckAsync();
        await counselor.GetByRole(AriaRole.Button, new() { Name = "결정 저장" }).ClickAsync();
        await Expect(status).ToHaveTextAsync("지원 대상 확정");

        await counselor.GetByText("상담 기록 남기기").ClickAsync();
        await counselor.GetByLabel("상담 일시").FillAsync(DateTime.UtcNow.AddHours(9 - 1).ToString("yyyy-MM-ddTHH:mm"));
        await counselor.GetByLabel("상담 방식").SelectOptionAsync(new SelectOptionValue { Label = "내방" });
        await counselor.GetByLabel("경력 설계").CheckAsync();
        await counselor.GetByLabel("상담 내용").FillAsync("폐업 경위와 희망 직무를 들음. 조리 경력을 살린 재취업을 희망.");
        await counselor.GetByRole(AriaRole.Button, new() { Name = "상담 기록 저장" }).ClickAsync();
        await Expect(counselor.Locator("[data-testid='counseling-history']")).ToContainTextAsync("조리 경력을 살린 재취업");

        var manager = await portal.NewPageAsync();
        await manager.SignInAsync(Roles.RegionalManager);
        await manager.GotoAsync(new Uri(counselor.Url).PathAndQuery.Split('?')[0]);
        await manager.GetByLabel("담당 상담사").SelectOptionAsync(new SelectOptionValue { Label = "박지현" });
        await manager.GetByRole(AriaRole.Button, new() { Name = "배정", Exact = true }).ClickAsync();
        await Expect(manager.Locator("[data-testid='case-counselor']")).ToHaveTextAsync("박지현");

        await counselor.ReloadAsync();
        await Expect(status).ToHaveTextAsync("상담사 배정");
        await counselor.GetByLabel("재취업", new() { Exact = true }).CheckAsync();
        await counselor.Locator("#Plan-item-0-d").FillAsync("이력서 작성");
        await counselor.GetByRole(AriaRole.Button, new() { Name = "계획 저장" }).ClickAsync();
        await Expect(counselor.Locator("span[data-valmsg-for='Plan.Goals']")).ToContainTextAsync("목표를 적어 주세요");
        await Expect(counselor.Locator("#Plan-item-0-d")).ToHaveValueAsync("이력서 작성");
        await counselor.GetByLabel("목표", new() { Exact = true }).FillAsync("3개월 안에 한식 조리 분야로 재취업");
        await counselor.Locator("#Plan-item-0-due").FillAsync(DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd"));
        await counselor.GetByRole(AriaRole.Button, new() { Name = "계획 저장" }).ClickAsync();

        await Expect(status).ToHaveTextAsync("지원 계획 수립");
        await Expect(counselor.Locator("#plan").Locator("xpath=..")).ToContainTextAsync("3개월 안에 한식 조리 분야로 재취업");
        await Expect(counselor.Locator("[data-testid='timeline']")).ToContainTextAsync(new Regex("담당 상담사\\(박지현\\)"));
        await counselor.ScreenshotAsync(new() { Path = Shot("staff-case-plan"), FullPage = true });
    }

    [Fact]
    public async Task The_agenda_shows_the_demo_counselors_day()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(Roles.Counselor);

        await page.GotoAsync("/Staff/Agenda");

        await page.ExpectPageAsync("/Staff/Agenda", "오늘 할 일");
        await Expect(page.Locator("[data-testid='appointments'] li").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid='overdue-items']")).ToContainTextAsync("건강보험 자격득실확인서 제출");
        await page.ScreenshotAsync(new() { Path = Shot("staff-agenda"), FullPage = true });
    }

    [Theory]
    [InlineData("/Staff/Cases")]
    [InlineData("/Staff/Agenda")]
    [InlineData("a case")]
    public async Task Staff_pages_fit_a_phone_and_have_no_serious_accessibility_problems(string what)
    {
        var page = await portal.NewPageAsync(390, 844);
        await page.SignInAsync(Roles.Counselor);
        if (what == "a case")
        {
            await page.GotoAsync("/Staff/Cases?Counselor=mine&Status=InService");
            await page.Locator("[data-testid='queue'] tbody tr").First.Locator("a").ClickAsync();
            await Expect(page.Locator("[data-testid='case-status']")).ToHaveTextAsync("지원 중");
        }
        else
        {
            await page.GotoAsync(what);
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        }

        await page.ScreenshotAsync(new() { Path = Shot($"phone-staff-{what.Replace('/', '-').Replace(' ', '-')}"), FullPage = true });
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "nothing pushes the page sideways");
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})").ToList();
        serious.ShouldBeEmpty();
    }

    private static string Shot(string name) => Path.Combine(PortalServer.ScreenshotFolder, $"{name}.png");
}
