using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Home;

/// <summary>
/// Partners, employers and counselors read their notices on their home page (a referral arrived, an applicant marked
/// an offer) and mark them read; a counselor's notice names the case, not the person; nobody marks another's notice.
/// </summary>
public sealed class HomeNoticesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private async Task<long> NoticeForAsync(string role, NoticeKind kind, params string[] arguments)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var userId = await db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[role]).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var notice = new Notice { UserId = userId, Kind = kind, Arguments = JsonSerializer.Serialize(arguments), CreatedAt = DateTime.UtcNow };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return notice.Id;
    }

    private async Task<WebSession> SignedInAsync(string role)
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    [Theory]
    [InlineData(Roles.AgencyPartner, "/partner", "새 의뢰가 도착했습니다: 알림확인 요양보호사 과정", "/Partner/Referrals")]
    [InlineData(Roles.Employer, "/employer", "새 의뢰가 도착했습니다: 알림확인 조리원", "/Employer/Candidates")]
    public async Task A_partner_or_employer_reads_that_a_referral_arrived_and_marks_it_read(string role, string home, string sentence, string link)
    {
        var offer = sentence.Split(": ")[1];
        await NoticeForAsync(role, NoticeKind.ReferralArrived, offer);
        using var session = await SignedInAsync(role);

        var page = await session.GetAsync(home);
        page.Status.ShouldBe(HttpStatusCode.OK);
        var items = page.Document.QuerySelectorAll("[data-testid='notices'] li").ToList();
        var notice = items.Single(li => li.TextContent.Contains(offer, StringComparison.Ordinal));
        notice.TextContent.ShouldContain(sentence);
        notice.QuerySelector("a")!.GetAttribute("href").ShouldBe(link);

        var read = await session.SubmitAsync(page, new Dictionary<string, string>(), $"[data-testid='notices'] li:nth-child({items.IndexOf(notice) + 1}) form");
        read.Status.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync(home)).Text("main").ShouldNotContain(offer, Shouldly.Case.Sensitive, "a notice read leaves the page");
    }

    [Fact]
    public async Task A_counselor_reads_an_interest_mark_by_case_number_without_the_persons_name()
    {
        await NoticeForAsync(Roles.Counselor, NoticeKind.ApplicantInterested, "홍길순", "2026-123456", "알림확인 급식 조리원");
        using var session = await SignedInAsync(Roles.Counselor);

        var page = await session.GetAsync("/staff");

        var text = page.Text("[data-testid='notices']");
        text.ShouldContain("사례 2026-123456의 신청자가 '알림확인 급식 조리원'에 관심을 표시했습니다.");
        text.ShouldNotContain("홍길순", Shouldly.Case.Sensitive, "names are read on the case page, where the view is logged");
    }

    [Fact]
    public async Task Nobody_marks_anothers_notice_read()
    {
        var partners = await NoticeForAsync(Roles.AgencyPartner, NoticeKind.ReferralArrived, "남의 알림 과정");
        using var employer = await SignedInAsync(Roles.Employer);
        var page = await employer.GetAsync("/Account/ChangePassword");

        var forged = await employer.Client.PostAsync($"/employer?handler=Read&id={partners}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.Value("__RequestVerificationToken") ?? "",
        }), TestContext.Current.CancellationToken);

        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        (await db.Notices.SingleAsync(n => n.Id == partners, TestContext.Current.CancellationToken)).ReadAt.ShouldBeNull();
    }
}
