using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Employer;

/// <summary>Employers and the people referred to them, set up over the demo data the way the later issues will.</summary>
internal static class EmployerFlows
{
    internal static async Task<WebSession> SignedInAsync(RestartWebFactory factory, string role)
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    /// <summary>A new company (verified or not) with its own employer account, signed in.</summary>
    internal static async Task<WebSession> NewEmployerAsync(RestartWebFactory factory, bool verified) => (await NewEmployerOfAsync(factory, verified)).Session;

    /// <summary>The same, with the new company's id.</summary>
    internal static async Task<(Guid CompanyId, WebSession Session)> NewEmployerOfAsync(RestartWebFactory factory, bool verified)
    {
        Guid companyId;
        var email = $"employer-{Guid.NewGuid():N}@example.com";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            var company = new Company { Name = "새기업 " + email[9..15], SigunguCode = "11680", VerifiedAt = verified ? DateTime.UtcNow : null, CreatedAt = DateTime.UtcNow };
            db.Companies.Add(company);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            companyId = company.Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "새 담당자", CompanyId = company.Id, CreatedAt = DateTime.UtcNow };
            (await users.CreateAsync(user, TestFlows.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.Employer)).Succeeded.ShouldBeTrue();
        }

        var session = factory.NewSession();
        (await session.LoginAsync(email, TestFlows.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return (companyId, session);
    }

    /// <summary>The form fields of a valid post; <paramref name="overrides"/> change some.</summary>
    internal static Dictionary<string, string> PostFields(Dictionary<string, string>? overrides = null)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, KoreanTime.Zone).DateTime);
        var fields = new Dictionary<string, string>
        {
            ["Data.Title"] = "매장 관리 (중장년 우대)",
            ["Data.Occupation"] = "5312 한식 조리사",
            ["Data.Description"] = "한식 매장의 조리와 위생 관리를 맡습니다.",
            ["Data.SigunguCode"] = "11680",
            ["Data.EmploymentType"] = "Permanent",
            ["Data.Shift"] = "Day",
            ["Data.WageKind"] = "Monthly",
            ["Data.WageAmount"] = "2600000",
            ["Data.WeeklyHours"] = "40",
            ["Data.Qualifications[0]"] = "한식조리기능사",
            ["Data.ExperienceYears"] = "0",
            ["Data.Openings"] = "2",
            ["Data.OpensOn"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Data.ClosesOn"] = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Data.MiddleAgedWelcome"] = "true",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            fields[key] = value;
        }

        return fields;
    }

    /// <summary>Writes a post through the form and answers its address.</summary>
    internal static async Task<string> CreatePostAsync(WebSession session, Dictionary<string, string>? overrides = null)
    {
        var saved = await session.SubmitAsync(await session.GetAsync("/Employer/Jobs/Edit"), PostFields(overrides));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.Summary + saved.Text("main"));
        return saved.Location!.Split('?')[0];
    }

    /// <summary>The minimum wage the portal applies today: this year's in Korea, or the latest year before it.</summary>
    internal static async Task<MinimumWage> MinimumWageAsync(RestartWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, KoreanTime.Zone).Year;
        return await db.MinimumWages.Where(m => m.Year <= year).OrderByDescending(m => m.Year).FirstAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A demo person (one whose latest third-party consent is a yes) referred to one of the demo company's open
    /// posts, straight into the database; <paramref name="skip"/> keeps tests on different people.
    /// </summary>
    internal static async Task<(Guid Id, string Name, string Phone)> ReferralToDemoCompanyAsync(RestartWebFactory factory, bool accepted, int skip)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var employer = await db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[Roles.Employer]).Select(u => u.CompanyId).SingleAsync(ct);
        var person = await (
            from c in db.Cases
            join p in db.ApplicantProfiles on c.ApplicantUserId equals p.UserId
            where c.Status == CaseStatus.InService
                && db.Consents.Where(k => k.UserId == c.ApplicantUserId && k.Item == ConsentItem.ThirdParty).OrderByDescending(k => k.Id).Select(k => k.Granted).FirstOrDefault()
            orderby c.Number
            select new { c.Id, c.ApplicantUserId, c.RegionalOfficeId, p.Name, p.Phone })
            .Skip(skip).FirstAsync(ct);
        // A post with an opening left (a referral holds one from Referred on, ADR 0019) that this person was not referred to yet:
        // the demo data refers some people to the demo company's posts.
        var post = await db.JobPosts
            .Where(j => j.CompanyId == employer && j.Status == OfferStatus.Open && j.OpeningsTaken < j.Openings && !db.Referrals.Any(r => r.CaseId == person.Id && r.JobPostId == j.Id))
            .OrderBy(j => j.Id).Select(j => j.Id).FirstAsync(ct);
        var referral = new Referral
        {
            CaseId = person.Id,
            ApplicantUserId = person.ApplicantUserId,
            RegionalOfficeId = person.RegionalOfficeId!.Value,
            JobPostId = post,
            CompanyId = employer,
            Status = accepted ? ReferralStatus.Accepted : ReferralStatus.Referred,
            ApplicantAcceptedAt = accepted ? DateTime.UtcNow : null,
            CreatedAt = DateTime.UtcNow,
            CreatedByUserId = person.ApplicantUserId,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return (referral.Id, person.Name, person.Phone);
    }
}
