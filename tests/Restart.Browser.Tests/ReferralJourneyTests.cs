using Microsoft.Playwright;
using Restart.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>
/// Issue 10 end to end, in the browser: the demo employer publishes a cook's post; the demo counselor finds it among the
/// engine's matches for the demo applicant (김영수, in service, former 한식 restaurant owner) and refers him; he accepts
/// on his own page; the employer records the hire; the case is placed.
/// </summary>
public sealed class ReferralJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task A_counselor_refers_the_applicant_to_a_job_the_applicant_accepts_and_the_employer_records_the_hire()
    {
        // The demo employer publishes a cook's post in 성동구, where the applicant lives and wants to work.
        var title = $"한식 조리 담당 {Guid.NewGuid().ToString()[..4]}";
        var korean = DateTime.UtcNow.AddHours(9);
        var employer = await portal.NewPageAsync();
        await employer.SignInAsync(Roles.Employer);
        await employer.GotoAsync("/Employer/Jobs/Edit");
        await employer.Locator("#Data_Title").FillAsync(title);
        await employer.Locator("#Data_Occupation").FillAsync("5312 한식 조리사");
        await employer.Locator("#Data_Description").FillAsync("구내식당 한식 조리. 중장년 환영.");
        await employer.Locator("#workplace").SelectOptionAsync("11200");
        await employer.Locator("#Data_EmploymentType").SelectOptionAsync(nameof(EmploymentType.Permanent));
        await employer.Locator("#Data_Shift").SelectOptionAsync(nameof(ShiftKind.Day));
        await employer.Locator("#wage-Monthly").CheckAsync();
        await employer.Locator("#Data_WageAmount").FillAsync("2600000");
        await employer.Locator("#Data_WeeklyHours").FillAsync("40");
        await employer.Locator("#Data_Openings").FillAsync("2");
        await employer.Locator("#Data_OpensOn").FillAsync(korean.ToString("yyyy-MM-dd"));
        await employer.Locator("#Data_ClosesOn").FillAsync(korean.AddDays(14).ToString("yyyy-MM-dd"));
        await employer.GetByRole(AriaRole.Button, new() { Name = "저장", Exact = true }).ClickAsync();
        await Expect(employer.Locator("main h1")).ToContainTextAsync(title);
        await employer.GetByRole(AriaRole.Button, new() { Name = "게시하기" }).ClickAsync();

        var counselor = await portal.NewPageAsync();
        await counselor.SignInAsync(Roles.Counselor);
        await counselor.GotoAsync("/Staff/Cases?Search=" + Uri.EscapeDataString("김영수"));
        await counselor.Locator("[data-testid='queue'] tbody tr").First.Locator("a").ClickAsync();
        var status = counselor.Locator("[data-testid='case-status']");
        await Expect(status).ToHaveTextAsync("지원 중");

        // The engine's matches with their reasons; the new post among them, same 시·군·구 and occupation.
        var match = counselor.Locator("[data-testid='job-match']").Filter(new() { HasText = title });
        await Expect(match.Locator("[data-testid='score']")).ToBeVisibleAsync();
        await Expect(match.Locator("li.text-success").First).ToBeVisibleAsync();
        await counselor.ScreenshotAsync(new() { Path = Shot("referral-1-case-matches"), FullPage = true });
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
