using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Matching;
using Restart.Web.Tests.Infrastructure;
using Case = Restart.Core.Domain.Case;

namespace Restart.Web.Tests.Pages.My;

/// <summary>
/// Applicants of their own for each test: signed in, with a case in service under the demo counselor (or none),
/// open offers that fit them, and referrals staff made — written straight into the database.
/// </summary>
internal static class ApplicantOfferFlows
{
    internal const string Password = "applicant test phrase";

    internal sealed record Applicant(WebSession Session, string UserId, Guid CaseId);

    /// <summary>A signed-in applicant wanting cook's work (5312) in 성동구; with a case the demo counselor works unless <paramref name="withCase"/> is false.</summary>
    internal static async Task<Applicant> ApplicantAsync(RestartWebFactory factory, string name, bool withCase = true)
    {
        var now = DateTime.UtcNow;
        var email = $"applicant-{Guid.NewGuid():N}@example.com";
        var caseId = Guid.Empty;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
            (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.Applicant)).Succeeded.ShouldBeTrue();
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            db.ApplicantProfiles.Add(new ApplicantProfile { UserId = user.Id, Name = name, Phone = "010-5555-6666", SigunguCode = "11200", BirthDate = new DateOnly(1967, 4, 9), CreatedAt = now });
            if (withCase)
            {
                var officeId = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync();
                var counselor = await users.FindByEmailAsync(DemoDataSeeder.Accounts[Roles.Counselor]);
                var theCase = new Case
                {
                    ApplicantUserId = user.Id, CreatedAt = now, UpdatedAt = now, Track = Track.ReEmployment, IndustryCode = "56111", BusinessSigunguCode = "11200",
                    OpenedOn = new DateOnly(2015, 3, 2), ClosedOn = new DateOnly(2026, 9, 30), DesiredMonthlyWage = 2_500_000, DesiredWeeklyHours = 40,
                };
                theCase.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = theCase.Id, Code = "5312" });
                theCase.DesiredRegions.Add(new CaseDesiredRegion { CaseId = theCase.Id, SigunguCode = "11200" });
                theCase.Submit(TestCaseNumbers.Next(), officeId, user.Id, now);
                theCase.StartReview(counselor!.Id, now).ShouldBeTrue();
                theCase.DecideEligibility(null, counselor.Id, now, null).ShouldBeTrue();
                theCase.Assign(counselor.Id, counselor.DisplayName, counselor.Id, now, null).ShouldBeTrue();
                db.Cases.Add(theCase);
                caseId = theCase.Id;
            }

            await db.SaveChangesAsync();
            var session = factory.NewSession();
            (await session.LoginAsync(email, Password)).Location.ShouldBe("/applicant");
            return new Applicant(session, user.Id, caseId);
        }
    }

    /// <summary>A cook's job in 성동구 of a new verified company: open for two weeks, or closed.</summary>
    internal static async Task<(Guid Id, Guid CompanyId)> JobAsync(RestartWebFactory factory, string title, OfferStatus status = OfferStatus.Open)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var company = new Company { Name = $"{title} 기업", SigunguCode = "11200", CreatedAt = DateTime.UtcNow, VerifiedAt = DateTime.UtcNow };
        db.Companies.Add(company);
        var post = new JobPost
        {
            CompanyId = company.Id, Title = title, OccupationCode = "5312", SidoCode = "11", SigunguCode = "11200", WageAmount = 2_600_000, MonthlyWage = 2_600_000,
            WeeklyHours = 40, Description = "조리", OpensOn = today.AddDays(-3), ClosesOn = today.AddDays(14), Status = status, CreatedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow,
        };
        db.JobPosts.Add(post);
        await db.SaveChangesAsync();
        // Written past the employer's pages, so the engine's index of open posts is told here, as a publish would.
        await scope.ServiceProvider.GetRequiredService<JobIndex>().RefreshAsync(TestContext.Current.CancellationToken);
        return (post.Id, company.Id);
    }

    /// <summary>The demo counselor's referral of the applicant to the job, Referred (and Accepted by the employer when asked).</summary>
    internal static async Task<Guid> ReferAsync(RestartWebFactory factory, Applicant applicant, (Guid Id, Guid CompanyId) job, ReferralStatus status = ReferralStatus.Referred)
    {
        var now = DateTime.UtcNow;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var officeId = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync();
        var counselorId = await db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[Roles.Counselor]).Select(u => u.Id).SingleAsync();
        var referral = new Referral
        {
            CaseId = applicant.CaseId, ApplicantUserId = applicant.UserId, RegionalOfficeId = officeId, JobPostId = job.Id, CompanyId = job.CompanyId,
            CreatedAt = now, UpdatedAt = now, CreatedByUserId = counselorId,
        };
        referral.MoveTo(ReferralStatus.Referred, counselorId, now).ShouldBeTrue();
        if (status != ReferralStatus.Referred)
        {
            referral.MoveTo(status, counselorId, now).ShouldBeTrue();
        }

        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    /// <summary>The employer answers meanwhile (as their page would): the referral moves on and its version changes.</summary>
    internal static async Task EmployerAcceptsAsync(RestartWebFactory factory, Guid referralId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId);
        referral.MoveTo(ReferralStatus.Accepted, referral.CreatedByUserId, DateTime.UtcNow).ShouldBeTrue();
        await db.SaveChangesAsync();
    }
}
