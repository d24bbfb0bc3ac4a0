using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Partner;

/// <summary>
/// A partner agency answers a referral: accepts the person, declines (with a reason), reports the programme
/// completed, or the person dropped out (with a reason). Only the moves the referral lifecycle allows; an
/// answer given on a page someone else has answered meanwhile is refused with a message.
/// </summary>
public static class AnswerReferral
{
    /// <summary>One answer to one referral, carrying the version the page showed.</summary>
    public abstract class Answer : ICommand<Result>, IPersonalDataRequest
    {
        public Guid Id { get; set; }
        public Guid Version { get; set; }
        public string? Reason { get; set; }

        internal abstract ReferralStatus To { get; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => $"referral:{Id}";
    }

    [SentBy(Roles.AgencyPartner)]
    public sealed class Accept : Answer
    {
        internal override ReferralStatus To => ReferralStatus.Accepted;
    }

    [SentBy(Roles.AgencyPartner)]
    public sealed class Decline : Answer
    {
        internal override ReferralStatus To => ReferralStatus.Declined;
    }

    [SentBy(Roles.AgencyPartner)]
    public sealed class Complete : Answer
    {
        internal override ReferralStatus To => ReferralStatus.Completed;
    }

    [SentBy(Roles.AgencyPartner)]
    public sealed class Drop : Answer
    {
        internal override ReferralStatus To => ReferralStatus.Dropped;
    }

    public const int MaxReasonLength = 500;

    public abstract class AnswerValidator<T> : AbstractValidator<T> where T : Answer
    {
        protected AnswerValidator(bool reasonRequired)
        {
            if (reasonRequired)
            {
                RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => Text.Get("Referral.ReasonRequired"));
            }

            RuleFor(x => x.Reason).MaximumLength(MaxReasonLength).WithMessage(_ => Text.Format("Text.TooLong", MaxReasonLength));
        }
    }

    public sealed class AcceptValidator() : AnswerValidator<Accept>(reasonRequired: false);

    public sealed class DeclineValidator() : AnswerValidator<Decline>(reasonRequired: true);

    public sealed class CompleteValidator() : AnswerValidator<Complete>(reasonRequired: false);

    public sealed class DropValidator() : AnswerValidator<Drop>(reasonRequired: true);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, AccessLogSubject subject, TimeProvider clock, ReferralMoves moves)
        : IRequestHandler<Accept, Result>, IRequestHandler<Decline, Result>, IRequestHandler<Complete, Result>, IRequestHandler<Drop, Result>
    {
        public Task<Result> Handle(Accept request, CancellationToken cancellationToken) => AnswerAsync(request, cancellationToken);

        public Task<Result> Handle(Decline request, CancellationToken cancellationToken) => AnswerAsync(request, cancellationToken);

        public Task<Result> Handle(Complete request, CancellationToken cancellationToken) => AnswerAsync(request, cancellationToken);

        public Task<Result> Handle(Drop request, CancellationToken cancellationToken) => AnswerAsync(request, cancellationToken);

        private async Task<Result> AnswerAsync(Answer request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId || user.UserId is not { } userId)
            {
                return Result.Forbidden();
            }

            // The same rule as the list and the page: another agency's referral, or a person who withdrew consent, is not found.
            var referral = await db.Referrals.SeenBy(db, agencyId).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
            if (referral is null)
            {
                return Result.NotFound();
            }

            subject.Set(referral.ApplicantUserId);
            if (referral.Version != request.Version)
            {
                // An answer given meanwhile (or one saved between this read and the commit, caught by the version token).
                return Result.Conflict(Text.Get("Referral.ChangedMeanwhile"));
            }

            var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
            return await moves.MoveAsync(referral, request.To, userId, clock.GetUtcNow().UtcDateTime, reason, cancellationToken)
                ? Result.Ok()
                : Result.Invalid("", Text.Format("Referral.NotNow", Text.Get($"ReferralStatus.{referral.Status}"), Text.Get($"ReferralStatus.{request.To}")));
        }
    }
}
