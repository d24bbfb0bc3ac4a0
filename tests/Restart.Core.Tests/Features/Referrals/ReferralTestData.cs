using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Tests.Infrastructure;
using Case = Restart.Core.Domain.Case;

namespace Restart.Core.Tests.Features.Referrals;

/// <summary>
/// The people of a referral: a counselor with a case in service, an agency with a programme and a company with a
/// post (each with an account, to be told), written straight into the database; the clock on <see cref="Now"/>.
/// </summary>
internal static class ReferralTestData
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    internal static readonly DateOnly Today = new(2026, 11, 23);

    internal sealed record Offer(Guid Id, Guid OrganizationId, string UserId);

    /// <summary>A case of the Seoul office in <paramref name="status"/>, its counselor <paramref name="counselorId"/>, with the person's third-party decision.</summary>
    internal static async Task<(Guid CaseId, string ApplicantId)> CaseAsync(CoreHost host, string counselorId, bool thirdPartyConsent = true,
        CaseStatus status = CaseStatus.InService, string name = "박정호")
    {
        host.Clock.Now = Now;
        var at = Now.UtcDateTime.AddDays(-30);
        await using var db = host.Database.NewContext();
        var officeId = TestData.OfficeOf(host, "SEOUL");
        var email = $"person-{Guid.NewGuid():N}@test.restart";
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, CreatedAt = at };
        db.Users.Add(user);
        db.ApplicantProfiles.Add(new ApplicantProfile { UserId = user.Id, Name = name, Phone = "010-3333-4444", SigunguCode = "11200", BirthDate = new DateOnly(1966, 3, 9) });
        db.Consents.Add(new ConsentRecord { UserId = user.Id, Item = ConsentItem.ThirdParty, Granted = thirdPartyConsent, TextVersion = ConsentTexts.Version, At = at });
        var c = new Case { ApplicantUserId = user.Id, CreatedAt = at, UpdatedAt = at, Track = Track.ReEmployment };
        c.Submit($"2026-{Random.Shared.Next(100000, 999999):D6}", officeId, user.Id, at).ShouldBeTrue();
        c.StartReview(counselorId, at).ShouldBeTrue();
        c.DecideEligibility(null, counselorId, at, null).ShouldBeTrue();
        c.Assign(counselorId, "상담사", counselorId, at, null).ShouldBeTrue();
        if (status is CaseStatus.PlanAgreed or CaseStatus.InService)
        {
            c.AgreePlan(counselorId, at, null).ShouldBeTrue();
        }

        if (status == CaseStatus.InService)
        {
            c.StartService(counselorId, at, null).ShouldBeTrue();
        }

        c.Status.ShouldBe(status);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return (c.Id, user.Id);
    }

    /// <summary>An agency (with a partner account) and an open programme with <paramref name="capacity"/> places.</summary>
    internal static async Task<Offer> ProgrammeAsync(CoreHost host, int capacity = 20, OfferStatus status = OfferStatus.Open, DateOnly? until = null)
    {
        await using var db = host.Database.NewContext();
        var agency = new Agency { Name = "성동고용복지플러스센터", Kind = AgencyKind.EmploymentWelfareCenter, SidoCode = "11", CreatedAt = Now.UtcDateTime };
        var programme = new Programme
        {
            AgencyId = agency.Id, Title = "중장년 조리 실무 과정", Kind = ProgrammeKind.Training, Track = Track.ReEmployment, Description = "8주 과정",
            ApplyFrom = Today.AddDays(-10), ApplyUntil = until ?? Today.AddDays(20), Capacity = capacity, Status = status, CreatedAt = Now.UtcDateTime,
        };
        var partner = Account("partner", u => u.AgencyId = agency.Id);
        db.Agencies.Add(agency);
        db.Programmes.Add(programme);
        db.Users.Add(partner);
        await db.SaveChangesAsync();
        return new Offer(programme.Id, agency.Id, partner.Id);
    }

    /// <summary>A verified company (with an employer account) and an open post with <paramref name="openings"/> openings.</summary>
    internal static async Task<Offer> JobPostAsync(CoreHost host, int openings = 2, OfferStatus status = OfferStatus.Open, DateOnly? closes = null)
    {
        await using var db = host.Database.NewContext();
        var company = new Company { Name = "(주)한결푸드", SigunguCode = "11200", CreatedAt = Now.UtcDateTime, VerifiedAt = Now.UtcDateTime };
        var post = new JobPost
        {
            CompanyId = company.Id, Title = "한식 조리원", OccupationCode = "5312", SidoCode = "11", SigunguCode = "11200", WageAmount = 2_600_000,
            MonthlyWage = 2_600_000, WeeklyHours = 40, Openings = openings, Description = "주방 업무", OpensOn = Today.AddDays(-5),
            ClosesOn = closes ?? Today.AddDays(25), Status = status, CreatedAt = Now.UtcDateTime,
        };
        var employer = Account("employer", u => u.CompanyId = company.Id);
        db.Companies.Add(company);
        db.JobPosts.Add(post);
        db.Users.Add(employer);
        await db.SaveChangesAsync();
        return new Offer(post.Id, company.Id, employer.Id);
    }

    private static ApplicationUser Account(string kind, Action<ApplicationUser> organisation)
    {
        var email = $"{kind}-{Guid.NewGuid():N}@test.restart";
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = kind, CreatedAt = Now.UtcDateTime };
        organisation(user);
        return user;
    }

    internal static ReferToOffer.Command ToJob(Guid caseId, Guid postId) => new() { CaseId = caseId, JobPostId = postId };

    internal static ReferToOffer.Command ToProgramme(Guid caseId, Guid programmeId) => new() { CaseId = caseId, ProgrammeId = programmeId };

    internal static async Task<(int Programme, int Job)> TakenAsync(CoreHost host, Guid? programmeId, Guid? postId)
    {
        await using var db = host.Database.NewContext();
        return (await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.PlacesTaken).SingleOrDefaultAsync(),
            await db.JobPosts.Where(j => j.Id == postId).Select(j => j.OpeningsTaken).SingleOrDefaultAsync());
    }

    internal static async Task<List<Referral>> ReferralsOfAsync(CoreHost host, Guid caseId)
    {
        await using var db = host.Database.NewContext();
        return await db.Referrals.Include(r => r.Steps).Where(r => r.CaseId == caseId).AsNoTracking().ToListAsync();
    }

    internal static async Task<List<(NoticeKind Kind, string UserId)>> NoticesAsync(CoreHost host)
    {
        await using var db = host.Database.NewContext();
        return [.. (await db.Notices.Where(n => db.Outbox.Any(o => o.NoticeId == n.Id)).OrderBy(n => n.Id).Select(n => new { n.Kind, n.UserId }).ToListAsync())
            .Select(n => (n.Kind, n.UserId))];
    }

    /// <summary>The person accepts the referral (the applicant's own page does this; here straight into the database).</summary>
    internal static async Task ApplicantAcceptsAsync(CoreHost host, Guid referralId)
    {
        await using var db = host.Database.NewContext();
        var referral = await db.Referrals.Include(r => r.Steps).SingleAsync(r => r.Id == referralId);
        referral.MoveTo(ReferralStatus.Accepted, referral.ApplicantUserId, Now.UtcDateTime).ShouldBeTrue();
        referral.ApplicantAcceptedAt = Now.UtcDateTime;
        await db.SaveChangesAsync();
    }

    internal static string Messages(Result result) => string.Join(" ", result.Errors.Select(e => e.Message));
}
