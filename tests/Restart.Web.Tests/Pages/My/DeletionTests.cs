using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using Restart.Web.Tests.Pages.Organizations;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.My;

/// <summary>내 정보 삭제 요청 over HTTP: the applicant asks, only their office's staff see it, and the answer reaches the applicant.</summary>
public sealed class DeletionTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private async Task<(WebSession Session, string Email)> ApplicantWhoAskedAsync(string name)
    {
        var session = factory.NewSession();
        var email = await RegisterAsync(session, name);
        await FillPersonalAsync(session);
        var page = await session.GetAsync("/My/Deletion");
        page.Text("main").ShouldContain("보존 의무가 있는 기록이 없어");
        page.Text("main").ShouldContain("로그인할 수 없고");
        var empty = await session.SubmitAsync(page, new Dictionary<string, string> { ["Data.Reason"] = "" });
        empty.FieldError("Data.Reason").ShouldBe("삭제를 요청하는 사유를 입력해 주세요.");
        var asked = await session.SubmitAsync(page, new Dictionary<string, string> { ["Data.Reason"] = "더 이상 이용하지 않습니다." });
        asked.Location.ShouldBe("/My/Deletion?asked=True");
        var after = await session.GetAsync("/My/Deletion");
        after.Text("[data-testid='deletion-status']").ShouldContain("접수됨");
        after.Document.QuerySelector("textarea[name='Data.Reason']").ShouldBeNull("one request at a time");
        return (session, email);
    }

    private async Task<Guid> RequestOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        return await db.DeletionRequests.Where(r => db.Users.Any(u => u.Id == r.UserId && u.Email == email)).Select(r => r.Id)
            .SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<WebSession> DemoCounselorAsync()
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    [Fact]
    public async Task An_approved_request_removes_the_account_and_another_office_never_sees_it()
    {
        var (applicant, email) = await ApplicantWhoAskedAsync("삭제 요청자");
        var id = await RequestOfAsync(email);

        using var busan = await OrganizationPages.StaffOfAsync(factory, Roles.Counselor, "BUSAN-ULSAN");
        var theirs = await busan.GetAsync("/Staff/Deletions");
        theirs.Status.ShouldBe(HttpStatusCode.OK);
        theirs.Document.QuerySelector($"#request-{id}").ShouldBeNull("staff of another office do not see the request");

        using var counselor = await DemoCounselorAsync();
        var home = await counselor.GetAsync("/staff");
        int.Parse(home.Text("[data-testid='deletion-requests']"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        var list = await counselor.GetAsync("/Staff/Deletions");
        list.Text($"#request-{id}").ShouldContain("삭제 요청자");
        list.Text($"#request-{id}").ShouldContain("보존 의무가 없어");
        var approved = await counselor.SubmitAsync(list, new Dictionary<string, string>(), $"#request-{id} form");
        approved.Location.ShouldBe("/Staff/Deletions?decided=Done");

        // A session found alive is trusted for Identity:SessionRevocationCheck (10 s, ADR 0021); after that it opens nothing.
        var stillOpen = true;
        for (var waited = 0; stillOpen && waited < 30; waited++)
        {
            stillOpen = (await applicant.GetAsync("/My/Deletion")).Status == HttpStatusCode.OK;
            if (stillOpen)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }

        stillOpen.ShouldBeFalse("the deleted person's session opens nothing once the revocation check runs");
        using var again = factory.NewSession();
        var login = await again.LoginAsync(email, Password);
        login.Status.ShouldBe(HttpStatusCode.OK, "the sign-in form comes back: the account no longer exists");
        applicant.Dispose();
    }

    [Fact]
    public async Task A_refused_request_shows_the_reason_to_the_applicant()
    {
        var (applicant, email) = await ApplicantWhoAskedAsync("거절될 요청자");
        var id = await RequestOfAsync(email);
        using var counselor = await DemoCounselorAsync();
        var list = await counselor.GetAsync("/Staff/Deletions");

        var refused = await counselor.SubmitAsync(list, new Dictionary<string, string> { ["Data.RefusalReason"] = "본인 확인 후 다시 요청해 주세요." },
            $"#request-{id} form + form");

        refused.Location.ShouldBe("/Staff/Deletions?decided=Refused");
        var mine = await applicant.GetAsync("/My/Deletion");
        mine.Text("[data-testid='deletion-status']").ShouldContain("거절됨");
        mine.Text("[data-testid='refusal-reason']").ShouldContain("본인 확인 후 다시 요청해 주세요.");
        applicant.Dispose();
    }
}
