using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>A manager gives an eligible case to a counselor of the office, or moves a case in work to another one.</summary>
public static class AssignCase
{
    [SentBy(Roles.RegionalManager)]
    public sealed class Command : CaseCommand
    {
        public string? CounselorId { get; set; }
    }

    public sealed class Validator : CaseCommandValidator<Command>
    {
        public Validator() => RuleFor(x => x.CounselorId).NotEmpty().WithMessage(_ => Text.Get("Assign.CounselorRequired"));
    }

    internal sealed class Handler(StaffCases cases, RestartDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.Assign, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            // Only a counselor of this office: an id from another office is as good as unknown.
            var counselor = await StaffCases.CounselorsOf(db, staff.OfficeId).Where(u => u.Id == request.CounselorId)
                .Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
            if (counselor is null)
            {
                return Result.Invalid(nameof(Command.CounselorId), Text.Get("Assign.CounselorRequired"));
            }

            return theCase!.Assign(counselor.Id, counselor.DisplayName, staff.UserId, clock.GetUtcNow().UtcDateTime, request.Note?.Trim())
                ? Result.Ok()
                : Result.Invalid(nameof(Command.CounselorId), Text.Get("Assign.AlreadyTheirs"));
        }
    }
}
