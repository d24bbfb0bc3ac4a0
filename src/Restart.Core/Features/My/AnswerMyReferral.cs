using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// The applicant answers a referral made for them. Accepting records the yes (from then on an employer sees the
/// contact details); for a job it is the acceptance itself — the referral moves to Accepted and the employer goes on
/// with interview and hire — while a programme's referral waits for the agency to take the person on. Declining,
/// with a reason, ends the referral. Either answer is told to the agency's or company's users (ReferralMoves). Each answer carries the version the page showed: a referral changed meanwhile is told, not overwritten.
/// </summary>
public static class AnswerMyReferral
{
    public abstract class Answer : ICommand<Result>, IOwnDataRequest
    {
        public Guid Id { get; set; }
        public Guid Version { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    [SentBy(Roles.Applicant)]
    public sealed class Accept : Answer;

    [SentBy(Roles.Applicant)]
    public sealed class Decline : Answer
    {
        public string? Reason { get; set; }
    }

    public const int MaxReasonLength = 500;

    public sealed class DeclineValidator : AbstractValidator<Decline>
    {
        public DeclineValidator() =>
            RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
                .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => Text.Get("MyReferral.DeclineReasonRequired"))
                .MaximumLength(MaxReasonLength).WithMessage(_ => Text.Format("Text.TooLong", MaxReasonLength));
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock, ReferralMoves moves) : IRequestHandler<Accept, Result>, IRequestHandler<Decline, Result>
    {
        public async Task<Result> Handle(Accept request, CancellationToken cancellationToken)
        {
            var (referral, refused) = await OpenAsync(request, cancellationToken);
            if (referral is null)
            {
                return refused!;
            }

            if (referral.ApplicantAcceptedAt is not null)
            {
                return Result.Ok();
            }

            if (!ApplicantOffers.UnderWay.Contains(referral.Status))
            {
                return Result.Invalid("", Text.Format("MyReferral.CannotAcceptNow", Text.Get($"ReferralStatus.{referral.Status}")));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            referral.ApplicantAcceptedAt = now;
            referral.UpdatedAt = now;
            // An employer has no "accept" of its own: a candidate who says yes is the employer's to interview or hire.
            if (referral.JobPostId is not null && referral.Status == ReferralStatus.Referred)
            {
                referral.MoveTo(ReferralStatus.Accepted, user.UserId!, now);
            }

            await moves.ApplicantAnsweredAsync(referral, accepted: true, cancellationToken);
            return Result.Ok();
        }

        public async Task<Result> Handle(Decline request, CancellationToken cancellationToken)
        {
            var (referral, refused) = await OpenAsync(request, cancellationToken);
            if (referral is null)
            {
                return refused!;
            }

            if (!referral.MoveTo(ReferralStatus.Declined, user.UserId!, clock.GetUtcNow().UtcDateTime, request.Reason!.Trim()))
            {
                return Result.Invalid("", Text.Format("Referral.NotNow", Text.Get($"ReferralStatus.{referral.Status}"), Text.Get($"ReferralStatus.{ReferralStatus.Declined}")));
            }

            await moves.ApplicantAnsweredAsync(referral, accepted: false, cancellationToken);
            return Result.Ok();
        }

        /// <summary>The person's own referral as the page showed it; someone else's, or a mere suggestion, is not found.</summary>
        private async Task<(Referral? Referral, Result? Refused)> OpenAsync(Answer request, CancellationToken cancellationToken)
        {
            var referral = await db.Referrals
                .SingleOrDefaultAsync(r => r.Id == request.Id && r.ApplicantUserId == user.UserId && r.Status != ReferralStatus.Suggested, cancellationToken);
            if (referral is null)
            {
                return (null, Result.NotFound());
            }

            // Changed since the page was read (or between this read and the commit, caught by the version token).
            return referral.Version != request.Version ? (null, Result.Conflict(Text.Get("Referral.ChangedMeanwhile"))) : (referral, null);
        }
    }
}
