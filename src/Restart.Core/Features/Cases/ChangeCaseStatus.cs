using FluentValidation;
using MediatR;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>Put a case on hold, reopen it, or close it with an outcome; each with the staff member's reason.</summary>
public static class ChangeCaseStatus
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Hold : CaseCommand;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Reopen : CaseCommand;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Close : CaseCommand
    {
        public CaseClosure? Outcome { get; set; }
    }

    /// <summary>Holding and reopening need a reason the timeline keeps.</summary>
    public sealed class HoldValidator : CaseCommandValidator<Hold>
    {
        public HoldValidator() => RuleFor(x => x.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Text.Get("Case.ReasonRequired"));
    }

    public sealed class ReopenValidator : CaseCommandValidator<Reopen>
    {
        public ReopenValidator() => RuleFor(x => x.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Text.Get("Case.ReasonRequired"));
    }

    public sealed class CloseValidator : CaseCommandValidator<Close>
    {
        public CloseValidator() => RuleFor(x => x.Outcome).NotNull().IsInEnum().WithMessage(_ => Text.Get("Close.OutcomeRequired"));
    }

    internal sealed class HoldHandler(StaffCases cases, TimeProvider clock) : IRequestHandler<Hold, Result>
    {
        public Task<Result> Handle(Hold request, CancellationToken cancellationToken) =>
            cases.ActAsync(request, CaseAction.Hold, (c, staff) => c.Hold(staff.UserId, clock.GetUtcNow().UtcDateTime, request.Note!.Trim()), cancellationToken);
    }

    internal sealed class ReopenHandler(StaffCases cases, TimeProvider clock) : IRequestHandler<Reopen, Result>
    {
        public Task<Result> Handle(Reopen request, CancellationToken cancellationToken) =>
            cases.ActAsync(request, CaseAction.Reopen, (c, staff) => c.Reopen(staff.UserId, clock.GetUtcNow().UtcDateTime, request.Note!.Trim()), cancellationToken);
    }

    internal sealed class CloseHandler(StaffCases cases, TimeProvider clock) : IRequestHandler<Close, Result>
    {
        public async Task<Result> Handle(Close request, CancellationToken cancellationToken)
        {
            var result = await cases.ActAsync(request, CaseAction.Close,
                (c, staff) => c.CloseWith(request.Outcome!.Value, staff.UserId, clock.GetUtcNow().UtcDateTime, request.Note?.Trim()), cancellationToken);
            return result.Status == ResultStatus.Invalid && request.Outcome == CaseClosure.Success
                ? Result.Invalid(nameof(Close.Outcome), Text.Get("Close.SuccessNeedsOutcome"))
                : result;
        }
    }
}
