using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// What an applicant's recommendations, interest marks and referrals share: which case is theirs now, and
/// which offers can still be taken up.
/// </summary>
public static class ApplicantOffers
{
    /// <summary>The person's latest submitted case (drafts are not cases yet): the one their recommendations are for.</summary>
    public static IQueryable<Case> LatestSubmittedOf(this IQueryable<Case> cases, string userId) =>
        cases.Where(c => c.ApplicantUserId == userId && c.Status != CaseStatus.Draft).OrderByDescending(c => c.SubmittedAt);

    /// <summary>
    /// The referrals of one case for one offer (a job post or a programme): the applicant's mark, staff's
    /// suggestion or referral. Read through the (CaseId, …) indexes.
    /// </summary>
    public static IQueryable<Referral> ForOffer(this IQueryable<Referral> referrals, Guid caseId, Guid? jobPostId, Guid? programmeId) =>
        jobPostId is { } job
            ? referrals.Where(r => r.CaseId == caseId && r.JobPostId == job)
            : referrals.Where(r => r.CaseId == caseId && r.ProgrammeId == programmeId);

    /// <summary>Statuses in which a referral is under way: marking the offer again means nothing then.</summary>
    public static readonly IReadOnlyList<ReferralStatus> UnderWay = [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview];

    /// <summary>The outbox key that makes the counselor hear of one person's interest in one offer once, however often it is marked.</summary>
    public static string InterestKey(Guid caseId, Guid offerId) => $"interest:{caseId:N}:{offerId:N}";

    /// <summary>
    /// The applicant's interest marks on a case, for the staff case page: each Suggested referral the applicant
    /// marked, newest first. Staff's own suggestions the applicant did not mark are not in it.
    /// </summary>
    public static IQueryable<Referral> InterestMarksOf(this RestartDbContext db, Guid caseId) =>
        db.Referrals.Where(r => r.CaseId == caseId && r.Status == ReferralStatus.Suggested && r.InterestedAt != null)
            .OrderByDescending(r => r.InterestedAt);
}
