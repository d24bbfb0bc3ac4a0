using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// 사후관리: still working or trading, the wage, whether more help is needed. A person who needs more help has
/// the case reopened; after the last follow-up without that, the case closes as a success.
/// </summary>
public static class RecordFollowUp
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : CaseCommand
    {
        public int Month { get; set; }
        public bool? StillWorking { get; set; }
        public int? MonthlyWage { get; set; }
        public bool? NeedsMoreHelp { get; set; }
    }

    public sealed class Validator : CaseCommandValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Month).Must(m => CaseFollowUp.Months.Contains(m)).WithMessage(_ => Text.Get("FollowUp.MonthUnknown"));
            RuleFor(x => x.StillWorking).NotNull().WithMessage(_ => Text.Get("FollowUp.WorkingRequired"));
            RuleFor(x => x.NeedsMoreHelp).NotNull().WithMessage(_ => Text.Get("FollowUp.HelpRequired"));
            RuleFor(x => x.MonthlyWage).InclusiveBetween(0, 100_000_000).WithMessage(_ => Text.Get("Placement.WageRange"));
        }
    }

    internal sealed class Handler(StaffCases cases, RestartDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.RecordFollowUp, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var followUps = await db.CaseFollowUps.Where(f => f.CaseId == theCase!.Id).ToListAsync(cancellationToken);
            if (followUps.SingleOrDefault(f => f.Month == request.Month) is not { RecordedAt: null } due)
            {
                return Result.Invalid(nameof(Command.Month), Text.Get("FollowUp.AlreadyRecorded"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            (due.RecordedAt, due.RecordedByUserId, due.StillWorking, due.MonthlyWage, due.NeedsMoreHelp, due.Note) =
                (now, staff.UserId, request.StillWorking, request.MonthlyWage, request.NeedsMoreHelp, request.Note?.Trim());
            theCase!.RecordFollowUp(request.Month, staff.UserId, now, request.Note?.Trim());
            if (request.NeedsMoreHelp == true)
            {
                theCase.Reopen(staff.UserId, now, null);
            }
            else if (followUps.All(f => f.RecordedAt is not null))
            {
                // The placement or founding was the outcome; whether it lasted is what the follow-ups recorded.
                theCase.CloseWith(CaseClosure.Success, staff.UserId, now, null);
            }

            return Result.Ok();
        }
    }
}
