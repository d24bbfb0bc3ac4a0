using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Restart.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>The demo applicant's recommendations on a desktop and on a phone, with a job marked for the counselor.</summary>
public sealed class RecommendationsJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task The_demo_applicant_reads_the_reasons_marks_a_job_and_the_page_fits_a_phone()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(Roles.Applicant);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "주 메뉴" }).GetByRole(AriaRole.Link, new() { Name = "맞춤 추천" }).ClickAsync();
        await page.ExpectPageAsync("/My/Recommendations", "나에게 맞는 일자리와 프로그램");
        var firstJob = page.Locator("[data-testid='job']").First;
        await Expect(firstJob.Locator(".reasons li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("my-recommendations"), FullPage = true });
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} {v.Help}").ToList();
        serious.ShouldBeEmpty();

        await firstJob.GetByRole(AriaRole.Button).Filter(new() { HasText = "관심 있음" }).ClickAsync();
        await Expect(page.GetByTestId("confirmation")).ToHaveTextAsync("관심 표시를 했습니다. 담당 상담사가 확인합니다.");
        await Expect(page.Locator("[data-testid='job']").First.GetByTestId("interested")).ToHaveTextAsync("관심 표시함");

        var phone = await portal.NewPageAsync(390, 844);
        await phone.SignInAsync(Roles.Applicant);
        await phone.GotoAsync("/My/Recommendations");
        await phone.ExpectPageAsync("/My/Recommendations", "나에게 맞는 일자리와 프로그램");
        await phone.ScreenshotAsync(new() { Path = Shot("phone-my-recommendations"), FullPage = true });
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
    }

    private static string Shot(string name) => Path.Combine(PortalServer.ScreenshotFolder, $"{name}.png");
}
