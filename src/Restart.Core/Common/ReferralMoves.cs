using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// What follows from a referral's step, written once for every handler that moves one (staff referring, a partner
/// answering, an employer recording an outcome, the applicant): the people concerned are told (a notice and a
/// mail through the outbox, in the command's transaction), a hire places the case with its follow-ups, a completed
/// programme goes on the case's timeline. The places an offer has left follow by themselves on save
/// (<see cref="Data.PlaceCounters"/>). ADR 0019.
/// </summary>
public sealed class ReferralMoves(RestartDbContext db, Notices notices, StaffCases staffCases)
{
    /// <summary>The offer's title and its agency's or company's name.</summary>
    public sealed record Offer(string Title, string Organization);

    /// <summary>Moves <paramref name="referral"/> and does what the step brings; false (and nothing done) when the lifecycle forbids it.</summary>
    public async Task<bool> MoveAsync(Referral referral, ReferralStatus to, string actorUserId, DateTime at, string? reason, CancellationToken cancellationToken)
    {
        if (!referral.MoveTo(to, actorUserId, at, reason))
        {
            return false;
        }

        await FollowAsync(referral, actorUserId, at, cancellationToken);
        return true;
    }

    /// <summary>Does what the referral's current step brings (after <see cref="Referral.MoveTo"/> or a new referral).</summary>
    public async Task FollowAsync(Referral referral, string actorUserId, DateTime at, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(referral, cancellationToken);
        string[] named = [offer.Title, offer.Organization];
        switch (referral.Status)
        {
            case ReferralStatus.Referred:
                foreach (var userId in await OrganizationUsersAsync(referral, cancellationToken))
                {
                    notices.Tell(userId, null, NoticeKind.ReferralArrived, [offer.Title]);
                }

                break;
            case ReferralStatus.Accepted when actorUserId != referral.ApplicantUserId:
                notices.Tell(referral.ApplicantUserId, referral.CaseId, NoticeKind.ReferralAccepted, named);
                break;
            case ReferralStatus.Declined when actorUserId != referral.ApplicantUserId:
                notices.Tell(referral.ApplicantUserId, referral.CaseId, NoticeKind.ReferralDeclined, named);
                break;
            case ReferralStatus.Hired:
                notices.Tell(referral.ApplicantUserId, referral.CaseId, NoticeKind.ReferralHired,
                    [.. named, referral.HiredOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
                await PlaceAsync(referral, offer, actorUserId, at, cancellationToken);
                break;
            case ReferralStatus.Completed:
                var theCase = await db.Cases.SingleAsync(c => c.Id == referral.CaseId, cancellationToken);
                theCase.RecordProgrammeCompleted(offer.Title, offer.Organization, actorUserId, at);
                break;
        }
    }

    /// <summary>
    /// The applicant's yes or no reaches the agency's or company's users, who answer or interview next. The notice and
    /// its mail name the offer, not the person: who it is shows on their referrals page, where the view is logged.
    /// </summary>
    public async Task ApplicantAnsweredAsync(Referral referral, bool accepted, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(referral, cancellationToken);
        foreach (var userId in await OrganizationUsersAsync(referral, cancellationToken))
        {
            notices.Tell(userId, null, accepted ? NoticeKind.CandidateAccepted : NoticeKind.CandidateDeclined, [offer.Title]);
        }
    }

    /// <summary>A hire places a case in service, with the follow-ups at 1, 3 and 6 months; a case elsewhere keeps its status (staff record it).</summary>
    private async Task PlaceAsync(Referral referral, Offer offer, string actorUserId, DateTime at, CancellationToken cancellationToken)
    {
        var theCase = await db.Cases.SingleAsync(c => c.Id == referral.CaseId, cancellationToken);
        // The same domain path as staff recording a job (RecordOutcome): only a case in service moves to Placed.
        if (referral.HiredOn is { } startOn && referral.HiredMonthlyWage is { } wage
            && theCase.RecordPlacement(offer.Organization, startOn, wage, null, actorUserId, at, null))
        {
            db.CaseFollowUps.AddRange(theCase.ScheduleFollowUps());
            staffCases.CountsChange(theCase.RegionalOfficeId!.Value);
        }
    }

    public Task<Offer> OfferAsync(Referral referral, CancellationToken cancellationToken) =>
        referral.ProgrammeId is { } programmeId
            ? db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => new Offer(p.Title, p.Agency!.Name)).SingleAsync(cancellationToken)
            : db.JobPosts.AsNoTracking().Where(j => j.Id == referral.JobPostId).Select(j => new Offer(j.Title, j.Company!.Name)).SingleAsync(cancellationToken);

    /// <summary>The accounts of the agency or company the referral goes to.</summary>
    private Task<List<string>> OrganizationUsersAsync(Referral referral, CancellationToken cancellationToken) =>
        referral.AgencyId is { } agencyId
            ? db.Users.AsNoTracking().Where(u => u.AgencyId == agencyId).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken)
            : db.Users.AsNoTracking().Where(u => u.CompanyId == referral.CompanyId).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
}
