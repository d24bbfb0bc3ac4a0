using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Employer;

/// <summary>
/// The employer records what came of a referral: an interview (date), a hire (start date and monthly wage, not
/// below the legal minimum for full-time hours) or no hire (a reason, if they wish). Only the moves the referral
/// lifecycle allows; checked against the version the page showed.
/// </summary>
public static class RecordCandidateOutcome
{
    public abstract class Command : ICommand<Result>, IPersonalDataRequest
    {
        public Guid Id { get; set; }
        public Guid Version { get; set; }

        internal abstract ReferralStatus To { get; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => $"referral:{Id}";
    }

    [SentBy(Roles.Employer)]
    public sealed class Interview : Command
    {
        public DateOnly? On { get; set; }

        internal override ReferralStatus To => ReferralStatus.Interview;
    }

    [SentBy(Roles.Employer)]
    public sealed class Hire : Command
    {
        public DateOnly? StartOn { get; set; }
        public int? MonthlyWage { get; set; }

        internal override ReferralStatus To => ReferralStatus.Hired;
    }

    [SentBy(Roles.Employer)]
    public sealed class NotHire : Command
    {
        public string? Reason { get; set; }

        internal override ReferralStatus To => ReferralStatus.NotHired;
    }

    public sealed class InterviewValidator : AbstractValidator<Interview>
    {
        public InterviewValidator() => RuleFor(x => x.On).NotNull().WithMessage(_ => Text.Get("Referral.InterviewRequired"));
    }

    public sealed class HireValidator : AbstractValidator<Hire>
    {
        public HireValidator(RestartDbContext db, TimeProvider clock)
        {
            RuleFor(x => x.StartOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Referral.StartRequired"))
                .Must(d => d!.Value <= clock.Today().AddYears(1)).WithMessage(_ => Text.Get("Referral.StartTooFar"));
            RuleFor(x => x.MonthlyWage).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Referral.WageRequired"))
                .InclusiveBetween(1, 100_000_000).WithMessage(_ => Text.Get("Referral.WageRange"))
                .CustomAsync(async (wage, context, ct) =>
                {
                    // A hire is compared with the full-time monthly minimum (209 paid hours).
                    var minimum = await LegalMinimumWage.InForceAsync(db, clock, ct);
                    if (minimum is not null && !minimum.IsMetBy(WageKind.Monthly, wage!.Value, LegalMinimumWage.FullTimeWeeklyHours))
                    {
                        context.AddFailure(nameof(Hire.MonthlyWage), minimum.Refusal(WageKind.Monthly, LegalMinimumWage.FullTimeWeeklyHours));
                    }
                });
        }
    }

    public sealed class NotHireValidator : AbstractValidator<NotHire>
    {
        public NotHireValidator() => RuleFor(x => x.Reason).MaximumLength(500).WithMessage(_ => Text.Format("Text.TooLong", 500));
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, AccessLogSubject subject, TimeProvider clock, ReferralMoves moves)
        : IRequestHandler<Interview, Result>, IRequestHandler<Hire, Result>, IRequestHandler<NotHire, Result>
    {
        public Task<Result> Handle(Interview request, CancellationToken cancellationToken) =>
            MoveAsync(request, r => r.InterviewOn = request.On, null, cancellationToken);

        public Task<Result> Handle(Hire request, CancellationToken cancellationToken) =>
            MoveAsync(request, r =>
            {
                r.HiredOn = request.StartOn;
                r.HiredMonthlyWage = request.MonthlyWage;
            }, null, cancellationToken);

        public Task<Result> Handle(NotHire request, CancellationToken cancellationToken) =>
            MoveAsync(request, _ => { }, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), cancellationToken);

        private async Task<Result> MoveAsync(Command request, Action<Referral> record, string? reason, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId)
            {
                return Result.Forbidden();
            }

            // Another company's referral, or a person who withdrew the consent, answers as if there were none.
            var referral = await db.CandidatesOf(companyId).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
            if (referral is null)
            {
                return Result.NotFound();
            }

            subject.Set(referral.ApplicantUserId);
            db.Entry(referral).Property(r => r.Version).OriginalValue = request.Version;
            if (!ReferralLifecycle.Allows(referral.Status, request.To, isJob: true))
            {
                return Result.Invalid("", Text.Get("Referral.MoveNotAllowed"));
            }

            // The hire's date and wage first: the case is placed from them.
            record(referral);
            await moves.MoveAsync(referral, request.To, user.UserId!, clock.GetUtcNow().UtcDateTime, reason, cancellationToken);
            return Result.Ok();
        }
    }
}
