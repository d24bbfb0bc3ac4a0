using FluentValidation;
using MediatR;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>Staff start the eligibility review of a submitted case and decide it; an ineligible decision carries a coded reason the applicant reads.</summary>
public static class ReviewCase
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Start : CaseCommand;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Decide : CaseCommand
    {
        public bool? Eligible { get; set; }
        public IneligibleReason? Reason { get; set; }
    }

    public sealed class StartValidator : CaseCommandValidator<Start>;

    public sealed class DecideValidator : CaseCommandValidator<Decide>
    {
        public DecideValidator()
        {
            RuleFor(x => x.Eligible).NotNull().WithMessage(_ => Text.Get("Eligibility.DecisionRequired"));
            RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
                .NotNull().When(x => x.Eligible == false).WithMessage(_ => Text.Get("Eligibility.ReasonRequired"))
                .IsInEnum().WithMessage(_ => Text.Get("Eligibility.ReasonRequired"));
            RuleFor(x => x.Note).Must(n => !string.IsNullOrWhiteSpace(n))
                .When(x => x.Eligible == false && x.Reason == IneligibleReason.Other).WithMessage(_ => Text.Get("Eligibility.OtherNeedsNote"));
        }
    }

    internal sealed class StartHandler(StaffCases cases, TimeProvider clock) : IRequestHandler<Start, Result>
    {
        public Task<Result> Handle(Start request, CancellationToken cancellationToken) =>
            cases.ActAsync(request, CaseAction.StartReview, (c, staff) => c.StartReview(staff.UserId, clock.GetUtcNow().UtcDateTime, request.Note?.Trim()), cancellationToken);
    }

    /// <summary>The decision is told to the applicant at once, the reason in their words.</summary>
    internal sealed class DecideHandler(StaffCases cases, Notices notices, TimeProvider clock) : IRequestHandler<Decide, Result>
    {
        public Task<Result> Handle(Decide request, CancellationToken cancellationToken) =>
            cases.ActAsync(request, CaseAction.DecideEligibility, (c, staff) =>
            {
                var reason = request.Eligible == true ? null : request.Reason;
                if (!c.DecideEligibility(reason, staff.UserId, clock.GetUtcNow().UtcDateTime, request.Note?.Trim()))
                {
                    return false;
                }

                notices.Tell(c.ApplicantUserId, c.Id, NoticeKind.EligibilityDecided,
                    [CaseEventText.Term(reason is { } why ? $"IneligibleReason.{why}" : "Notice.Eligible")]);
                return true;
            }, cancellationToken);
    }
}
