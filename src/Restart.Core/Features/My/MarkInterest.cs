using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// The applicant marks a recommended job or programme "관심 있음" for their counselor, or takes the mark back
/// while it is only a mark. The mark is a Suggested referral of the case (the one the staff case page reads);
/// marking twice is one mark, and the counselor hears of it once, however often it is marked.
/// </summary>
public static class MarkInterest
{
    /// <summary>One offer of the recommendations: a job post or a programme.</summary>
    public abstract class OfferRequest : ICommand<Result>, IOwnDataRequest
    {
        public Guid? JobPostId { get; set; }
        public Guid? ProgrammeId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    [SentBy(Roles.Applicant)]
    public sealed class Mark : OfferRequest;

    [SentBy(Roles.Applicant)]
    public sealed class Unmark : OfferRequest;

    public abstract class OfferValidator<T> : AbstractValidator<T> where T : OfferRequest
    {
        protected OfferValidator() =>
            RuleFor(x => x.JobPostId).Must((x, _) => (x.JobPostId is null) != (x.ProgrammeId is null)).WithMessage(_ => Text.Get("Interest.OneOffer"));
    }

    public sealed class MarkValidator : OfferValidator<Mark>;

    public sealed class UnmarkValidator : OfferValidator<Unmark>;

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, Notices notices, TimeProvider clock)
        : IRequestHandler<Mark, Result>, IRequestHandler<Unmark, Result>
    {
        public async Task<Result> Handle(Mark request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var theCase = await db.Cases.AsNoTracking().WhereActive().LatestSubmittedOf(userId)
                .Select(c => new { c.Id, c.Number, c.RegionalOfficeId, c.AssignedCounselorId }).FirstOrDefaultAsync(cancellationToken);
            if (theCase is null)
            {
                return Result.Invalid("", Text.Get("Interest.NoActiveCase"));
            }

            var today = clock.Today();
            var offer = request.JobPostId is { } jobId
                ? await db.JobPosts.Where(j => j.Id == jobId)
                    .Select(j => new Offer(j.Title, null, j.CompanyId, j.Status == OfferStatus.Open && j.ClosesOn >= today)).SingleOrDefaultAsync(cancellationToken)
                : await db.Programmes.Where(p => p.Id == request.ProgrammeId)
                    .Select(p => new Offer(p.Title, p.AgencyId, null, p.Status == OfferStatus.Open && p.ApplyUntil >= today)).SingleOrDefaultAsync(cancellationToken);
            if (offer is null)
            {
                return Result.NotFound();
            }

            var existing = await db.Referrals.ForOffer(theCase.Id, request.JobPostId, request.ProgrammeId)
                .Where(r => r.Status == ReferralStatus.Suggested || ApplicantOffers.UnderWay.Contains(r.Status)).ToListAsync(cancellationToken);
            if (existing.Any(r => r.Status != ReferralStatus.Suggested))
            {
                return Result.Invalid("", Text.Get("Interest.AlreadyReferred"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (existing.SingleOrDefault() is { } suggestion)
            {
                // Marked already (a double tap, a second tab): one mark. Staff's own suggestion gets the applicant's mark.
                if (suggestion.InterestedAt is null)
                {
                    suggestion.InterestedAt = now;
                    suggestion.UpdatedAt = now;
                }

                return Result.Ok();
            }

            if (!offer.Open)
            {
                return Result.Invalid("", Text.Get("Interest.OfferClosed"));
            }

            db.Referrals.Add(new Referral
            {
                CaseId = theCase.Id, ApplicantUserId = userId, RegionalOfficeId = theCase.RegionalOfficeId!.Value,
                JobPostId = request.JobPostId, CompanyId = offer.CompanyId, ProgrammeId = request.ProgrammeId, AgencyId = offer.AgencyId,
                Status = ReferralStatus.Suggested, InterestedAt = now, CreatedAt = now, UpdatedAt = now, CreatedByUserId = userId,
            });
            await TellCounselorOnceAsync(theCase.Id, theCase.Number!, theCase.AssignedCounselorId, request.JobPostId ?? request.ProgrammeId!.Value, offer.Title, userId, cancellationToken);
            return Result.Ok();
        }

        public async Task<Result> Handle(Unmark request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var caseId = await db.Cases.WhereActive().LatestSubmittedOf(userId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (caseId is null)
            {
                return Result.Invalid("", Text.Get("Interest.NoActiveCase"));
            }

            var marks = await db.Referrals.ForOffer(caseId.Value, request.JobPostId, request.ProgrammeId)
                .Where(r => r.InterestedAt != null && (r.Status == ReferralStatus.Suggested || ApplicantOffers.UnderWay.Contains(r.Status))).ToListAsync(cancellationToken);
            if (marks.Any(r => r.Status != ReferralStatus.Suggested))
            {
                // Staff have referred the person meanwhile: from here on it is a referral, answered on /My/Referrals.
                return Result.Invalid("", Text.Get("Interest.AlreadyReferred"));
            }

            foreach (var mark in marks)
            {
                if (mark.CreatedByUserId == userId)
                {
                    db.Referrals.Remove(mark);
                }
                else
                {
                    // Staff's suggestion stays for the counselor; only the applicant's mark goes.
                    mark.InterestedAt = null;
                    mark.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                }
            }

            return Result.Ok();
        }

        /// <summary>
        /// The counselor in charge hears of the interest by a notice and a mail, once per case and offer: marking,
        /// taking back and marking again does not mail them again. A case without a counselor yet tells nobody; the
        /// mark waits on the case page for whoever takes the case.
        /// </summary>
        private async Task TellCounselorOnceAsync(Guid caseId, string number, string? counselorId, Guid offerId, string title, string userId, CancellationToken cancellationToken)
        {
            var key = ApplicantOffers.InterestKey(caseId, offerId);
            if (counselorId is null || await db.Outbox.AnyAsync(m => m.DedupKey == key, cancellationToken))
            {
                return;
            }

            var name = await db.ApplicantProfiles.Where(p => p.UserId == userId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
            notices.Tell(counselorId, caseId, NoticeKind.ApplicantInterested, [name, number, title], key);
        }

        private sealed record Offer(string Title, Guid? AgencyId, Guid? CompanyId, bool Open);
    }
}
