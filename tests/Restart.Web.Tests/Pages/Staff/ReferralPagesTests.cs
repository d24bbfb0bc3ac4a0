using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Staff;

/// <summary>Referring from the case page over the demo data: the matches, the employer's hire placing the case, the consent refusal and forged posts.</summary>
public sealed class ReferralPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private async Task<WebSession> SignedInAsync(string role)
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    private async Task<T> InDatabaseAsync<T>(Func<RestartDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RestartDbContext>());
    }

    /// <summary>
    /// The demo counselor's cases in service with no referral yet and a yes to third-party provision, listed once per
    /// database before any test here changes one: each test takes its own by <paramref name="rank"/>, whatever order
    /// the tests run in (a referral or a withdrawn consent would otherwise shift a list read again).
    /// </summary>
    private async Task<Guid> CaseInServiceAsync(int rank)
    {
        var ready = await Ready.GetOrAdd(factory, _ => InDatabaseAsync(db =>
        {
            var counselor = db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[Roles.Counselor]).Select(u => u.Id);
            return db.Cases.Where(c => c.Status == CaseStatus.InService && counselor.Contains(c.AssignedCounselorId!) && !db.Referrals.Any(r => r.CaseId == c.Id)
                    && db.Consents.Where(k => k.UserId == c.ApplicantUserId && k.Item == ConsentItem.ThirdParty).OrderByDescending(k => k.Id).Select(k => k.Granted).FirstOrDefault())
                .OrderBy(c => c.Number).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        }));
        ready.Count.ShouldBeGreaterThan(rank, "the demo data gives the demo counselor enough cases in service to refer");
        return ready[rank];
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RestartWebFactory, Task<List<Guid>>> Ready = new();

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    [Fact]
    public async Task A_counselor_refers_from_the_case_page_the_employer_records_the_hire_and_the_case_shows_placed()
    {
        using var counselor = await SignedInAsync(Roles.Counselor);
        var caseId = await CaseInServiceAsync(0);
        var post = await InDatabaseAsync(db => db.JobPosts.Where(j => j.Company!.Name == "(주)한빛푸드" && j.Status == OfferStatus.Open && j.OpeningsTaken < j.Openings)
            .OrderBy(j => j.Id).Select(j => j.Id).FirstAsync(TestContext.Current.CancellationToken));

        var page = await counselor.GetAsync($"/Staff/Cases/{caseId}");
        page.Document.QuerySelector("[data-testid='matches']").ShouldNotBeNull("the case is in service: the engine's matches are offered");
        page.Document.QuerySelectorAll("[data-testid='job-match'], [data-testid='programme-match']").ShouldNotBeEmpty("a demo case has matches");
        page.Document.QuerySelector("[data-testid='job-match'] [data-testid='score']").ShouldNotBeNull();
        // The demo employer's post, through a refer form of the page (its version and antiforgery token).
        var referred = await counselor.SubmitAsync(page, new Dictionary<string, string> { ["Refer.JobPostId"] = post.ToString() }, "[data-testid='job-match'] form");
        referred.Status.ShouldBe(HttpStatusCode.Redirect);
        var after = await counselor.OpenAsync(referred.Location!);
        after.Text("[role='status']").ShouldBe("의뢰했습니다. 기관·기업 담당자에게 알림을 보냈습니다.");
        after.Text("[data-testid='referral'] [data-testid='referral-status']").ShouldBe("의뢰됨");

        // The person accepts on their own page (the applicant's side of issue 10); here in the database.
        var referralId = await InDatabaseAsync(async db =>
        {
            var referral = await db.Referrals.Include(r => r.Steps).SingleAsync(r => r.CaseId == caseId, TestContext.Current.CancellationToken);
            referral.MoveTo(ReferralStatus.Accepted, referral.ApplicantUserId, DateTime.UtcNow).ShouldBeTrue();
            referral.ApplicantAcceptedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return referral.Id;
        });

        using var employer = await SignedInAsync(Roles.Employer);
        var candidate = await employer.GetAsync($"/Employer/Candidates/{referralId}");
        candidate.Status.ShouldBe(HttpStatusCode.OK);
        var start = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(7);
        var hired = await employer.SubmitAsync(candidate, new Dictionary<string, string>
        {
            ["Hire.StartOn"] = start.ToString("yyyy-MM-dd"), ["Hire.MonthlyWage"] = "2700000",
        }, "form[action*='handler=Hire']");
        hired.Status.ShouldBe(HttpStatusCode.Redirect);

        var placed = await counselor.GetAsync($"/Staff/Cases/{caseId}");
        placed.Text("[data-testid='case-status']").ShouldBe("취업 성공");
        placed.Text("[data-testid='referral'] [data-testid='referral-status']").ShouldBe("채용");
        placed.Document.QuerySelectorAll("[data-testid='referral'] ol li").Select(li => li.TextContent).ShouldContain(t => t.Contains("채용"));
        (await InDatabaseAsync(db => db.CaseFollowUps.CountAsync(f => f.CaseId == caseId, TestContext.Current.CancellationToken))).ShouldBe(3);
    }

    [Fact]
    public async Task A_person_who_withdrew_consent_is_not_referred_and_the_page_says_why()
    {
        using var counselor = await SignedInAsync(Roles.Counselor);
        var caseId = await CaseInServiceAsync(1);
        var page = await counselor.GetAsync($"/Staff/Cases/{caseId}");
        var form = page.Document.QuerySelector("[data-testid='job-match'] form, [data-testid='programme-match'] form").ShouldNotBeNull();
        await InDatabaseAsync(async db =>
        {
            var applicant = await db.Cases.Where(c => c.Id == caseId).Select(c => c.ApplicantUserId).SingleAsync(TestContext.Current.CancellationToken);
            db.Consents.Add(new ConsentRecord { UserId = applicant, Item = ConsentItem.ThirdParty, Granted = false, TextVersion = ConsentTexts.Version, At = DateTime.UtcNow });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var refer = page.Document.QuerySelector("[data-testid='job-match'] form") is not null ? "[data-testid='job-match'] form" : "[data-testid='programme-match'] form";
        var refused = await counselor.SubmitAsync(page, new Dictionary<string, string>(), refer);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("[data-testid='refer-error']").ShouldStartWith("신청자가 제3자 정보 제공에 동의하지 않아 의뢰할 수 없습니다.");
        refused.Text("[data-testid='no-consent']").ShouldStartWith("신청자가 제3자 정보 제공에 동의하지 않아");
        refused.Document.QuerySelector("[data-testid='refer']").ShouldBeNull("no button that could only be refused");
        (await InDatabaseAsync(db => db.Referrals.CountAsync(r => r.CaseId == caseId, TestContext.Current.CancellationToken))).ShouldBe(0);
    }

    [Fact]
    public async Task Forged_refer_posts_for_another_offices_case_or_from_an_employer_are_refused()
    {
        using var counselor = await SignedInAsync(Roles.Counselor);
        var own = await CaseInServiceAsync(2);
        var page = await counselor.GetAsync($"/Staff/Cases/{own}");
        var busan = await InDatabaseAsync(db => db.Cases.Where(c => db.RegionalOffices.Any(o => o.Id == c.RegionalOfficeId && o.Code == "BUSAN-ULSAN") && c.Status != CaseStatus.Draft)
            .Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));
        var post = await InDatabaseAsync(db => db.JobPosts.Where(j => j.Status == OfferStatus.Open).Select(j => j.Id).FirstAsync(TestContext.Current.CancellationToken));
        var token = page.Value("__RequestVerificationToken")!;

        var other = await counselor.Client.PostAsync($"/Staff/Cases/{busan}?handler=Refer", Form(new()
        {
            ["__RequestVerificationToken"] = token, ["Refer.JobPostId"] = post.ToString(), ["Refer.Version"] = Guid.NewGuid().ToString(),
        }), TestContext.Current.CancellationToken);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var employer = await SignedInAsync(Roles.Employer);
        var home = await employer.GetAsync("/Employer/Jobs");
        var asEmployer = await employer.Client.PostAsync($"/Staff/Cases/{own}?handler=Refer", Form(new()
        {
            ["__RequestVerificationToken"] = home.Value("__RequestVerificationToken") ?? "", ["Refer.JobPostId"] = post.ToString(),
        }), TestContext.Current.CancellationToken);
        asEmployer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InDatabaseAsync(db => db.Referrals.CountAsync(r => r.CaseId == busan || r.CaseId == own, TestContext.Current.CancellationToken))).ShouldBe(0);
    }
}
