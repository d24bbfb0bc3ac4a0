using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>The person found work (employer, start date, monthly wage, evidence) or founded a business (registration number, date); follow-ups at 1, 3 and 6 months are scheduled.</summary>
public static class RecordOutcome
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Placement : CaseCommand
    {
        public string Employer { get; set; } = "";
        public DateOnly? StartOn { get; set; }
        public int? MonthlyWage { get; set; }
        public Guid? EvidenceId { get; set; }
    }

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Founding : CaseCommand
    {
        public string BusinessNumber { get; set; } = "";
        public DateOnly? FoundedOn { get; set; }
    }

    public sealed class PlacementValidator : CaseCommandValidator<Placement>
    {
        public PlacementValidator(TimeProvider clock)
        {
            RuleFor(x => x.Employer).Cascade(CascadeMode.Stop)
                .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage(_ => Text.Get("Placement.EmployerRequired"))
                .MaximumLength(100).WithMessage(_ => Text.Format("Text.TooLong", 100));
            RuleFor(x => x.StartOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Placement.StartRequired"))
                .Must(d => d!.Value <= clock.Today().AddDays(90)).WithMessage(_ => Text.Get("Placement.StartTooFar"));
            RuleFor(x => x.MonthlyWage).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Placement.WageRequired"))
                .InclusiveBetween(100_000, 100_000_000).WithMessage(_ => Text.Get("Placement.WageRange"));
        }
    }

    public sealed class FoundingValidator : CaseCommandValidator<Founding>
    {
        public FoundingValidator(TimeProvider clock)
        {
            RuleFor(x => x.BusinessNumber).ValidBusinessNumber();
            RuleFor(x => x.FoundedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Founding.DateRequired"))
                .Must(d => d!.Value <= clock.Today()).WithMessage(_ => Text.Get("Founding.DateFuture"));
        }
    }

    internal sealed class PlacementHandler(StaffCases cases, RestartDbContext db, TimeProvider clock) : IRequestHandler<Placement, Result>
    {
        public async Task<Result> Handle(Placement request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.RecordPlacement, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            // The evidence must be one of this case's own documents.
            if (request.EvidenceId is { } evidence && !await db.CaseDocuments.AnyAsync(d => d.Id == evidence && d.CaseId == theCase!.Id, cancellationToken))
            {
                return Result.Invalid(nameof(Placement.EvidenceId), Text.Get("Placement.EvidenceUnknown"));
            }

            theCase!.RecordPlacement(request.Employer.Trim(), request.StartOn!.Value, request.MonthlyWage!.Value, request.EvidenceId, staff.UserId,
                clock.GetUtcNow().UtcDateTime, request.Note?.Trim());
            db.CaseFollowUps.AddRange(theCase.ScheduleFollowUps());
            return Result.Ok();
        }
    }

    internal sealed class FoundingHandler(StaffCases cases, RestartDbContext db, TimeProvider clock) : IRequestHandler<Founding, Result>
    {
        public async Task<Result> Handle(Founding request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.RecordFounding, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            theCase!.RecordFounding(Domain.BusinessNumber.Normalize(request.BusinessNumber)!, request.FoundedOn!.Value, staff.UserId,
                clock.GetUtcNow().UtcDateTime, request.Note?.Trim());
            db.CaseFollowUps.AddRange(theCase.ScheduleFollowUps());
            return Result.Ok();
        }
    }
}
