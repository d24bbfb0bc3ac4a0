using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Pages.Employer.EmployerFlows;

namespace Restart.Web.Tests.Pages.Employer;

public sealed class CandidatesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_employer_sees_referred_people_and_their_contact_only_after_they_accepted()
    {
        var waiting = await ReferralToDemoCompanyAsync(factory, accepted: false, skip: 0);
        var accepted = await ReferralToDemoCompanyAsync(factory, accepted: true, skip: 1);
        using var employer = await SignedInAsync(factory, Roles.Employer);

        var list = await employer.GetAsync("/Employer/Candidates");
        var onlyReferred = await employer.GetAsync("/Employer/Candidates?Status=Referred");
        var before = await employer.GetAsync($"/Employer/Candidates/{waiting.Id}");
        var after = await employer.GetAsync($"/Employer/Candidates/{accepted.Id}");

        list.Text("[data-testid='candidates']").ShouldContain(waiting.Name);
        list.Text("[data-testid='candidates']").ShouldContain(accepted.Name);
        onlyReferred.Text("[data-testid='candidates']").ShouldNotContain(accepted.Name);
        before.Text("[data-testid='contact']").ShouldBe("구직자가 추천을 수락하면 연락처가 보입니다.");
        before.Text("main").ShouldNotContain(waiting.Phone);
        after.Text("[data-testid='contact']").ShouldContain(accepted.Phone);
        (await employer.GetAsync("/Employer/Candidates?Status=Nope&page=-3")).Status.ShouldBe(HttpStatusCode.OK);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var applicant = await db.Referrals.Where(r => r.Id == accepted.Id).Select(r => r.ApplicantUserId).SingleAsync(TestContext.Current.CancellationToken);
        (await db.AccessLog.CountAsync(e => e.Subject == applicant && e.Operation == "GetCandidate.Query", TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task A_hire_below_the_minimum_is_refused_next_to_the_wage_and_a_proper_one_is_recorded()
    {
        var candidate = await ReferralToDemoCompanyAsync(factory, accepted: true, skip: 2);
        var minimum = await MinimumWageAsync(factory);
        using var employer = await SignedInAsync(factory, Roles.Employer);
        var page = await employer.GetAsync($"/Employer/Candidates/{candidate.Id}");
        var start = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var interview = await employer.SubmitAsync(page, new Dictionary<string, string> { ["Interview.On"] = start }, "form[action*='handler=Interview']");
        interview.Location.ShouldBe($"/Employer/Candidates/{candidate.Id}?done=Interview");
        page = await employer.GetAsync(interview.Location!);
        page.Text("[data-testid='status']").ShouldBe("면접");
        var low = await employer.SubmitAsync(page, new Dictionary<string, string> { ["Hire.StartOn"] = start, ["Hire.MonthlyWage"] = $"{(minimum.Hourly * 209) - 1}" },
            "form[action*='handler=Hire']");
        low.Status.ShouldBe(HttpStatusCode.OK);
        low.FieldError("Hire.MonthlyWage").ShouldContain($"월 {minimum.Hourly * 209:N0}원");
        low.Value("Hire.MonthlyWage").ShouldBe($"{(minimum.Hourly * 209) - 1}");
        var hired = await employer.SubmitAsync(low, new Dictionary<string, string> { ["Hire.MonthlyWage"] = $"{minimum.Hourly * 209}" }, "form[action*='handler=Hire']");
        hired.Location.ShouldBe($"/Employer/Candidates/{candidate.Id}?done=Hire");
        var done = await employer.GetAsync(hired.Location!);
        done.Text("[data-testid='status']").ShouldBe("채용");
        done.Text("main").ShouldContain("지금은 기록할 결과가 없습니다.");
    }

    [Fact]
    public async Task A_withdrawn_consent_another_employer_and_other_roles_find_nothing()
    {
        var candidate = await ReferralToDemoCompanyAsync(factory, accepted: true, skip: 3);
        var address = $"/Employer/Candidates/{candidate.Id}";

        using var other = await NewEmployerAsync(factory, verified: true);
        (await other.GetAsync(address)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/Employer/Candidates")).Text("main").ShouldNotContain(candidate.Name);
        var token = TestFlows.Token(await other.GetAsync("/Employer/Jobs/Edit"));
        (await other.Client.PostAsync(address + "?handler=NotHire",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var partner = await SignedInAsync(factory, Roles.AgencyPartner);
        using var applicant = await SignedInAsync(factory, Roles.Applicant);
        using var anonymous = factory.NewSession();
        foreach (var url in new[] { "/Employer/Candidates", address })
        {
            (await partner.GetAsync(url)).Status.ShouldBe(HttpStatusCode.Forbidden, url);
            (await applicant.GetAsync(url)).Status.ShouldBe(HttpStatusCode.Forbidden, url);
            (await anonymous.GetAsync(url)).Location!.ShouldContain("/Account/Login");
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            var person = await db.Referrals.Where(r => r.Id == candidate.Id).Select(r => r.ApplicantUserId).SingleAsync(TestContext.Current.CancellationToken);
            db.Consents.Add(ConsentRecords.New(person, ConsentItem.ThirdParty, false, null, TimeProvider.System));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var employer = await SignedInAsync(factory, Roles.Employer);
        (await employer.GetAsync(address)).Status.ShouldBe(HttpStatusCode.NotFound, "the person withdrew the consent to share with employers");
        (await employer.GetAsync("/Employer/Candidates")).Text("main").ShouldNotContain(candidate.Name);
    }
}
