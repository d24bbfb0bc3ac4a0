using Restart.Core.Domain;
using Case = Restart.Core.Domain.Case;
using Restart.Core.Tests.Features.Offers;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Matching;

/// <summary>Applicants' cases written straight into the database, shaped per test, on <see cref="OfferTestData.Today"/>.</summary>
internal static class MatchTestData
{
    /// <summary>
    /// A submitted case of someone born 1968-05-17 living in 성동구 (11200), once a 한식 restaurant owner (56111, 2015–2026),
    /// wanting 한식 조리사 (5312) work in 성동구 at 2,500,000 KRW for 40 hours; <paramref name="shape"/> changes any of it.
    /// </summary>
    internal static async Task<(Guid CaseId, string UserId)> CaseAsync(CoreHost host, Action<Case>? shape = null, string home = "11200",
        DateOnly? birthDate = null, CasePlan? plan = null, bool submitted = true)
    {
        var office = TestData.OfficeOf(host, "SEOUL");
        await using var db = host.Database.NewContext();
        var user = new ApplicationUser { UserName = $"m-{Guid.NewGuid():N}@test.restart", DisplayName = "김영수", CreatedAt = DateTime.UtcNow };
        db.Users.Add(user);
        db.ApplicantProfiles.Add(new ApplicantProfile { UserId = user.Id, Name = "김영수", Phone = "010-1234-5678", SigunguCode = home, BirthDate = birthDate ?? new DateOnly(1968, 5, 17) });
        var c = new Case
        {
            ApplicantUserId = user.Id,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            IndustryCode = "56111",
            BusinessSigunguCode = home,
            OpenedOn = new DateOnly(2015, 3, 2),
            ClosedOn = new DateOnly(2026, 9, 30),
            Track = Track.ReEmployment,
            DesiredMonthlyWage = 2_500_000,
            DesiredWeeklyHours = 40,
        };
        c.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = c.Id, Code = "5312" });
        c.DesiredRegions.Add(new CaseDesiredRegion { CaseId = c.Id, SigunguCode = home });
        shape?.Invoke(c);
        if (submitted)
        {
            c.Submit($"2026-{Random.Shared.Next(100_000, 999_999):D6}", office, user.Id, DateTime.UtcNow);
        }

        db.Cases.Add(c);
        if (plan is not null)
        {
            db.CasePlans.Add(new CasePlan { CaseId = c.Id, Track = plan.Track, Goals = plan.Goals, AgreedAt = DateTime.UtcNow, AgreedByUserId = user.Id });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (c.Id, user.Id);
    }

    /// <summary>A hire of someone else into <paramref name="postId"/>: one of its openings filled.</summary>
    internal static async Task HireAsync(CoreHost host, Guid postId, Guid companyId)
    {
        var (caseId, userId) = await CaseAsync(host);
        await using var db = host.Database.NewContext();
        db.Referrals.Add(new Referral
        {
            CaseId = caseId,
            ApplicantUserId = userId,
            RegionalOfficeId = TestData.OfficeOf(host, "SEOUL"),
            JobPostId = postId,
            CompanyId = companyId,
            Status = ReferralStatus.Hired,
            CreatedAt = DateTime.UtcNow,
            CreatedByUserId = userId,
            UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    internal static CasePlan Plan(Track track, string goals) => new() { Track = track, Goals = goals, AgreedByUserId = "" };
}
