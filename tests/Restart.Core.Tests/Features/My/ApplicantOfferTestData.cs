using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;
using Case = Restart.Core.Domain.Case;

namespace Restart.Core.Tests.Features.My;

/// <summary>
/// An applicant with a submitted case (its counselor, if any), open and closed offers, and referrals staff made,
/// written straight into the database; the clock at <see cref="Now"/>.
/// </summary>
internal static class ApplicantOfferTestData
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero); // 10:00 in Seoul
    internal static readonly DateOnly Today = new(2026, 11, 23);

    internal sealed record Applicant(ApplicationUser User, Guid CaseId, string Number, ApplicationUser? Counselor);

    /// <summary>A signed-in applicant named <paramref name="name"/> whose case is in work with a counselor (or only submitted).</summary>
    internal static async Task<Applicant> ApplicantAsync(CoreHost host, string name = "김영수", bool withCounselor = true)
    {
        host.Clock.Now = Now;
        var officeId = TestData.OfficeOf(host, "SEOUL");
        var counselor = withCounselor ? await host.SignInAsNewAsync(Roles.Counselor, u => { u.RegionalOfficeId = officeId; u.DisplayName = "박상담"; }) : null;
        var applicant = await host.SignInAsNewAsync(Roles.Applicant, u => u.DisplayName = name);
        var at = Now.UtcDateTime.AddDays(-30);
        // A former 한식 restaurant owner in 성동구 wanting cook's work (5312) there: what the test offers fit.
        var theCase = new Case
        {
            ApplicantUserId = applicant.Id, CreatedAt = at, UpdatedAt = at, Track = Track.ReEmployment, IndustryCode = "56111", BusinessSigunguCode = "11200",
            OpenedOn = new DateOnly(2015, 3, 2), ClosedOn = new DateOnly(2026, 9, 30), DesiredMonthlyWage = 2_500_000, DesiredWeeklyHours = 40,
        };
        theCase.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = theCase.Id, Code = "5312" });
        theCase.DesiredRegions.Add(new CaseDesiredRegion { CaseId = theCase.Id, SigunguCode = "11200" });
        var number = $"2026-{Random.Shared.Next(100000, 999999):D6}";
        theCase.Submit(number, officeId, applicant.Id, at);
        if (counselor is not null)
        {
            theCase.StartReview(counselor.Id, at).ShouldBeTrue();
            theCase.DecideEligibility(null, counselor.Id, at, null).ShouldBeTrue();
            theCase.Assign(counselor.Id, counselor.DisplayName, counselor.Id, at, null).ShouldBeTrue();
        }

        await using var db = host.Database.NewContext();
        db.ApplicantProfiles.Add(new ApplicantProfile { UserId = applicant.Id, Name = name, Phone = "010-2222-3333", SigunguCode = "11200", BirthDate = new DateOnly(1968, 5, 17), CreatedAt = at });
        db.Cases.Add(theCase);
        await db.SaveChangesAsync();
        return new Applicant(applicant, theCase.Id, number, counselor);
    }

    /// <summary>A job post of a new company: open until a week from today unless <paramref name="status"/> or <paramref name="closesOn"/> say otherwise.</summary>
    internal static async Task<(Guid Id, Guid CompanyId)> JobAsync(CoreHost host, string title = "단체급식 조리원", OfferStatus status = OfferStatus.Open, DateOnly? closesOn = null)
    {
        await using var db = host.Database.NewContext();
        var company = new Company { Name = "(주)한끼푸드", SigunguCode = "11200", CreatedAt = Now.UtcDateTime, VerifiedAt = Now.UtcDateTime };
        db.Companies.Add(company);
        var post = new JobPost
        {
            // A few openings: the person's own referral holds one (ADR 0019) and the post stays on their list.
            Openings = 3,
            CompanyId = company.Id, Title = title, OccupationCode = "5312", SidoCode = "11", SigunguCode = "11200", WageAmount = 2_500_000, MonthlyWage = 2_500_000,
            WeeklyHours = 40, Description = "급식 조리", OpensOn = Today.AddDays(-10), ClosesOn = closesOn ?? Today.AddDays(7), Status = status, CreatedAt = Now.UtcDateTime,
        };
        db.JobPosts.Add(post);
        await db.SaveChangesAsync();
        return (post.Id, company.Id);
    }

    /// <summary>A programme of a new agency, taking applications until <paramref name="applyUntil"/> (a week from today).</summary>
    internal static async Task<(Guid Id, Guid AgencyId)> ProgrammeAsync(CoreHost host, string title = "지게차 운전 자격 과정", DateOnly? applyUntil = null)
    {
        await using var db = host.Database.NewContext();
        var agency = new Agency { Name = "서울일자리재단", Kind = AgencyKind.EmploymentWelfareCenter, SidoCode = "11", CreatedAt = Now.UtcDateTime };
        db.Agencies.Add(agency);
        var programme = new Programme
        {
            AgencyId = agency.Id, Title = title, Kind = ProgrammeKind.CertificationCourse, Track = Track.ReEmployment, Description = "자격 취득",
            ApplyFrom = Today.AddDays(-10), ApplyUntil = applyUntil ?? Today.AddDays(7), Capacity = 20, Status = OfferStatus.Open, CreatedAt = Now.UtcDateTime,
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return (programme.Id, agency.Id);
    }

    /// <summary>Staff's referral (or mere suggestion) of the applicant to a job post, moved along <paramref name="status"/>'s path.</summary>
    internal static async Task<Guid> ReferToJobAsync(CoreHost host, Applicant applicant, (Guid Id, Guid CompanyId) job, ReferralStatus status = ReferralStatus.Referred)
    {
        var by = applicant.Counselor?.Id ?? applicant.User.Id;
        var at = Now.UtcDateTime.AddDays(-2);
        var referral = new Referral
        {
            CaseId = applicant.CaseId, ApplicantUserId = applicant.User.Id, RegionalOfficeId = TestData.OfficeOf(host, "SEOUL"),
            JobPostId = job.Id, CompanyId = job.CompanyId, CreatedAt = at, UpdatedAt = at, CreatedByUserId = by,
        };
        ReferralStatus[] path = status switch
        {
            ReferralStatus.Suggested => [],
            ReferralStatus.Referred => [ReferralStatus.Referred],
            _ => [ReferralStatus.Referred, status],
        };
        foreach (var to in path)
        {
            referral.MoveTo(to, by, at).ShouldBeTrue($"{to} for the test's set-up");
        }

        await using var db = host.Database.NewContext();
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    internal static async Task<Guid> VersionAsync(CoreHost host, Guid referralId)
    {
        await using var db = host.Database.NewContext();
        return await db.Referrals.Where(r => r.Id == referralId).Select(r => r.Version).SingleAsync();
    }

    internal static async Task<List<Referral>> ReferralsOfAsync(CoreHost host, Guid caseId)
    {
        await using var db = host.Database.NewContext();
        return await db.Referrals.AsNoTracking().Include(r => r.Steps).Where(r => r.CaseId == caseId).ToListAsync();
    }

    /// <summary>The access log's outcomes of one operation, in order.</summary>
    internal static async Task<List<string>> OutcomesAsync(CoreHost host, string actorId, string operation)
    {
        await using var db = host.Database.NewContext();
        return await db.AccessLog.Where(e => e.ActorUserId == actorId && e.Operation == operation).OrderBy(e => e.Id).Select(e => e.Outcome).ToListAsync();
    }
}
