using Microsoft.Playwright;
using Restart.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>
/// Issue 10 end to end, in the browser: the demo counselor refers the demo applicant (김영수, in service, former 한식
/// restaurant owner) to a job of the demo employer from the engine's matches on the case page; the applicant accepts on
/// their own page; the employer records the hire; the case is placed.
/// </summary>
public sealed class ReferralJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task A_counselor_refers_the_applicant_to_a_job_the_applicant_accepts_and_the_employer_records_the_hire()
    {
        var counselor = await portal.NewPageAsync();
        await counselor.SignInAsync(Roles.Counselor);
        await counselor.GotoAsync("/Staff/Cases?Search=" + Uri.EscapeDataString("김영수"));
        await counselor.Locator("[data-testid='queue'] tbody tr").First.Locator("a").ClickAsync();
        var status = counselor.Locator("[data-testid='case-status']");
        await Expect(status).ToHaveTextAsync("지원 중");

        // The engine's matches with their reasons; the demo employer's cook post among them.
        var match = counselor.Locator("[data-testid='job-match']").Filter(new() { HasText = "(주)한빛푸드", Has = counselor.GetByTestId("refer") }).First;
        await Expect(match.Locator("[data-testid='score']")).ToBeVisibleAsync();
        await Expect(match.Locator("li.text-success").First).ToBeVisibleAsync();
        await counselor.ScreenshotAsync(new() { Path = Shot("referral-1-case-matches"), FullPage = true });
        var title = (await match.Locator("strong").First.InnerTextAsync()).Trim();
        await match.GetByTestId("refer").ClickAsync();
        await Expect(counselor.GetByRole(AriaRole.Status)).ToContainTextAsync("의뢰했습니다");
        var referral = counselor.Locator("[data-testid='referral']").Filter(new() { HasText = title });
        await Expect(referral.GetByTestId("referral-status")).ToHaveTextAsync("의뢰됨");

        // The applicant says yes on their own page: for a job, that makes them the employer's candidate.
        var applicant = await portal.NewPageAsync();
        await applicant.SignInAsync(Roles.Applicant);
        await applicant.GotoAsync("/My/Referrals");
        await applicant.GetByRole(AriaRole.Button, new() { Name = $"수락: {title}" }).ClickAsync();
        await Expect(applicant.GetByTestId("confirmation")).ToHaveTextAsync("수락했습니다.");
        await applicant.ScreenshotAsync(new() { Path = Shot("referral-2-applicant-accepted"), FullPage = true });

        // The employer sees the candidate with contact details now, and records the hire.
        var employer = await portal.NewPageAsync();
        await employer.SignInAsync(Roles.Employer);
        await employer.GotoAsync("/Employer/Candidates");
        await employer.Locator("tbody tr").Filter(new() { HasText = title }).Filter(new() { HasText = "김영수" }).First.Locator("a").First.ClickAsync();
        await Expect(employer.GetByTestId("status")).ToHaveTextAsync("수락");
        await Expect(employer.GetByTestId("contact")).ToContainTextAsync("@");
        await employer.GetByLabel("입사일").FillAsync(DateTime.UtcNow.AddHours(9).AddDays(7).ToString("yyyy-MM-dd"));
        await employer.GetByLabel("월 급여").FillAsync("2600000");
        await employer.Locator("form[action*='handler=Hire']").GetByRole(AriaRole.Button, new() { Name = "저장" }).ClickAsync();
        await Expect(employer.GetByTestId("status")).ToHaveTextAsync("채용");
        await employer.ScreenshotAsync(new() { Path = Shot("referral-3-employer-hired"), FullPage = true });

        // Back on the case: placed, with the hire among the referral's steps.
        await counselor.ReloadAsync();
        await Expect(status).ToHaveTextAsync("취업 성공");
        await Expect(referral.GetByTestId("referral-status")).ToHaveTextAsync("채용");
        await counselor.ScreenshotAsync(new() { Path = Shot("referral-4-case-placed"), FullPage = true });
    }

    private static string Shot(string name) => Path.Combine(PortalServer.ScreenshotFolder, $"{name}.png");
}
