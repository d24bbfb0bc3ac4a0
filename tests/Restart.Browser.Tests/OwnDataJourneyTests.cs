using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Restart.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>The demo applicant reads everything held about them, downloads it as JSON, and asks for deletion; the office's manager sees the request.</summary>
public sealed class OwnDataJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task The_applicant_reads_and_downloads_their_data_asks_for_deletion_and_the_manager_sees_the_request()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(Roles.Applicant);
        await page.GetByRole(AriaRole.Link, new() { Name = "내 정보 전체 보기·내려받기" }).ClickAsync();
        await page.ExpectPageAsync("/My/Data", "내 정보 내려받기");
        var email = (await page.GetByTestId("my-data-email").TextContentAsync())!.Trim();
        email.ShouldContain("@");
        await page.ScreenshotAsync(new() { Path = Shot("my-data"), FullPage = true });
        (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} {v.Help}").ShouldBeEmpty();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("my-data-json").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("restart-my-data-");
        var saved = Path.Combine(PortalServer.ScreenshotFolder, "my-data.json");
        await download.SaveAsAsync(saved);
        File.ReadAllText(saved).ShouldContain(JsonSerializer.Serialize(email).Trim('"'), customMessage: "the file holds what the page showed");

        await page.GetByTestId("my-data-deletion").ClickAsync();
        await page.ExpectPageAsync("/My/Deletion", "내 정보 삭제 요청");
        await page.GetByLabel("삭제를 요청하는 사유").FillAsync("다른 지역으로 이사하여 더 이상 지원을 받지 않습니다.");
        await page.GetByRole(AriaRole.Button, new() { Name = "삭제 요청하기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("삭제 요청을 접수했습니다.");
        await Expect(page.GetByTestId("deletion-status")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("my-deletion-asked"), FullPage = true });

        var manager = await portal.NewPageAsync();
        await manager.SignInAsync(Roles.RegionalManager);
        await manager.GotoAsync("/Staff/Deletions");
        await manager.ExpectPageAsync("/Staff/Deletions", "개인정보 삭제 요청");
        await Expect(manager.GetByTestId("deletion-request")).ToContainTextAsync("다른 지역으로 이사하여");
        await manager.ScreenshotAsync(new() { Path = Shot("staff-deletions"), FullPage = true });
    }

    private static string Shot(string name) => Path.Combine(PortalServer.ScreenshotFolder, $"{name}.png");
}
