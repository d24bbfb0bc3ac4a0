using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Core.Tests.Infrastructure;
using Case = Restart.Core.Domain.Case;

namespace Restart.Core.Tests.Features.Employer;

/// <summary>Companies, their posts and the people referred to them, as the employer pages meet them.</summary>
internal static class EmployerTestData
{
    /// <summary>10:00 on 20 November 2026 in Korea: the minimum wage in force is 2026's, 10,320 won an hour.</summary>
    internal static readonly DateTimeOffset Now = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
    internal static readonly DateOnly Today = new(2026, 11, 20);
    internal const int MinimumHourly = 10_320;
    /// <summary>10,320 × 209 paid hours.</summary>
    internal const int MinimumMonthlyFullTime = 2_156_880;

    internal static async Task<Guid> AddCompanyAsync(CoreHost host, bool verified = true)
    {
        await using var db = host.Database.NewContext();
        var company = new Company
        {
            Name = "테스트기업 " + Guid.NewGuid().ToString("N")[..6],
            SigunguCode = "11200",
            VerifiedAt = verified ? Now.UtcDateTime : null,
            CreatedAt = Now.UtcDateTime,
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return company.Id;
    }

    /// <summary>A new company and its employer account, signed in, on the fixed clock.</summary>
    internal static async Task<Guid> SignInAsEmployerAsync(CoreHost host, bool verified = true)
    {
        host.Clock.Now = Now;
        var companyId = await AddCompanyAsync(host, verified);
        await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = companyId);
        return companyId;
    }

    internal static EditJobPost.Command Post(Action<EditJobPost.Command>? change = null)
    {
        var post = new EditJobPost.Command
        {
            Title = "한식 조리원 (주방 보조 포함)",
            Occupation = "5312 한식 조리사",
            Description = "점심 위주 한식당 주방 업무입니다.",
            SigunguCode = "11680",
            EmploymentType = EmploymentType.Permanent,
            WageKind = WageKind.Monthly,
            WageAmount = 2_600_000,
            WeeklyHours = 40,
            Shift = ShiftKind.Day,
            Qualifications = ["한식조리기능사"],
            Skills = "칼질, 위생 관리",
            ExperienceYears = 1,
            Openings = 2,
            OpensOn = Today,
            ClosesOn = Today.AddDays(30),
            MiddleAgedWelcome = true,
        };
        change?.Invoke(post);
        return post;
    }

    /// <summary>Writes a post through the handler and answers its id.</summary>
    internal static async Task<Guid> CreatePostAsync(CoreHost host, Action<EditJobPost.Command>? change = null)
    {
        var result = await host.SendAsync(Post(change));
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }

    internal static async Task<Guid> VersionOfPostAsync(CoreHost host, Guid postId)
    {
        await using var db = host.Database.NewContext();
        return db.JobPosts.Where(j => j.Id == postId).Select(j => j.Version).Single();
    }

    internal static async Task PublishAsync(CoreHost host, Guid postId)
    {
        var result = await host.SendAsync(new ChangeJobPostStatus.Publish { Id = postId, Version = await VersionOfPostAsync(host, postId) });
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>
    /// A person referred to a post (as the matching issue will do): an applicant with a profile, a submitted case,
    /// a third-party consent decision and the referral, straight into the database.
    /// </summary>
    internal static async Task<(Guid ReferralId, string ApplicantId)> ReferralAsync(CoreHost host, Guid companyId, Guid postId,
        ReferralStatus status = ReferralStatus.Accepted, bool accepted = true, bool thirdPartyConsent = true, string name = "김영수", DateTime? updatedAt = null)
    {
        var applicant = await host.InScopeAsync(async p =>
        {
            var users = p.GetRequiredService<UserManager<ApplicationUser>>();
            var email = $"applicant-{Guid.NewGuid():N}@test.restart";
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, CreatedAt = Now.UtcDateTime };
            (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
            return user;
        });
        var officeId = TestData.OfficeOf(host, "SEOUL");
        await using var db = host.Database.NewContext();
        db.ApplicantProfiles.Add(new ApplicantProfile
        {
            UserId = applicant.Id, Name = name, BirthDate = new DateOnly(1968, 5, 17), Phone = "010-2345-6789", SigunguCode = "11200", CreatedAt = Now.UtcDateTime,
        });
        var theCase = new Case
        {
            ApplicantUserId = applicant.Id,
            CreatedAt = Now.UtcDateTime.AddDays(-60),
            UpdatedAt = Now.UtcDateTime,
            BusinessName = "영수네 한식당",
            OpenedOn = new DateOnly(2015, 3, 2),
            ClosedOn = new DateOnly(2026, 9, 30),
            ClosureState = ClosureState.Closed,
            Track = Track.ReEmployment,
        };
        theCase.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = theCase.Id, Code = "5312" });
        theCase.DesiredRegions.Add(new CaseDesiredRegion { CaseId = theCase.Id, SigunguCode = "11200" });
        theCase.Submit("2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6", System.Globalization.CultureInfo.InvariantCulture), officeId, applicant.Id,
            Now.UtcDateTime.AddDays(-60));
        db.Cases.Add(theCase);
        db.Consents.Add(ConsentRecords.New(applicant.Id, ConsentItem.ThirdParty, thirdPartyConsent, null, host.Clock));
        var referral = new Referral
        {
            CaseId = theCase.Id,
            ApplicantUserId = applicant.Id,
            RegionalOfficeId = officeId,
            JobPostId = postId,
            CompanyId = companyId,
            Status = status,
            ApplicantAcceptedAt = accepted ? Now.UtcDateTime.AddDays(-1) : null,
            CreatedAt = Now.UtcDateTime.AddDays(-3),
            CreatedByUserId = applicant.Id,
            UpdatedAt = updatedAt ?? Now.UtcDateTime.AddDays(-1),
        };
        // Each referral holds an opening from Referred on (ADR 0019): the post makes room for as many as a test writes.
        await db.JobPosts.Where(j => j.Id == postId && j.OpeningsTaken >= j.Openings)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.Openings, j => j.OpeningsTaken + 1), TestContext.Current.CancellationToken);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (referral.Id, applicant.Id);
    }
}
