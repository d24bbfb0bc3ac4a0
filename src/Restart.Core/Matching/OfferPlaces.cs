using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Matching;

/// <summary>
/// Places left in a programme and openings left in a job post, counted the way the partner's and employer's
/// pages count them today: a programme's place is taken by a referral in <see cref="ReferralLifecycle.TakesAPlace"/>
/// (Partner/ListProgrammes, Offers/GetOpenProgramme), a post's opening is filled by a hire (Employer/ListJobPosts,
/// GetJobPost). One place to change when counters replace the counts.
/// </summary>
public static class OfferPlaces
{
    /// <summary>Referrals that take a programme's place, grouped by nothing: filter by programme in the caller.</summary>
    public static IQueryable<Referral> TakingProgrammePlaces(this RestartDbContext db) =>
        db.Referrals.Where(r => r.ProgrammeId != null && ReferralLifecycle.TakesAPlace.Contains(r.Status));

    /// <summary>Referrals that fill a post's opening.</summary>
    public static IQueryable<Referral> FillingPostOpenings(this RestartDbContext db) =>
        db.Referrals.Where(r => r.JobPostId != null && r.Status == ReferralStatus.Hired);

    /// <summary>Places a programme still has.</summary>
    public static int Left(int capacityOrOpenings, int takenOrFilled) => Math.Max(0, capacityOrOpenings - takenOrFilled);
}
