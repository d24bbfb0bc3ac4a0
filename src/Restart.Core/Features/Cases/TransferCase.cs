using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>A manager moves a case to another office (the applicant moved, or the wrong office got it); both offices keep the record.</summary>
public static class TransferCase
{
    [SentBy(Roles.RegionalManager)]
    public sealed class Command : CaseCommand
    {
        public Guid? OfficeId { get; set; }
        public TransferReason? Reason { get; set; }
    }

    public sealed class Validator : CaseCommandValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.OfficeId).NotNull().WithMessage(_ => Text.Get("Transfer.OfficeRequired"));
            RuleFor(x => x.Reason).NotNull().IsInEnum().WithMessage(_ => Text.Get("Transfer.ReasonRequired"));
        }
    }

    internal sealed class Handler(StaffCases cases, RestartDbContext db, Notices notices, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.Transfer, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var names = await db.RegionalOffices.Where(o => o.Id == request.OfficeId || o.Id == staff.OfficeId)
                .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            if (request.OfficeId == staff.OfficeId || !names.TryGetValue(request.OfficeId!.Value, out var toName))
            {
                return Result.Invalid(nameof(Command.OfficeId), Text.Get("Transfer.OfficeRequired"));
            }

            var transfer = theCase!.TransferTo(request.OfficeId.Value, names[staff.OfficeId], toName, request.Reason!.Value, staff.UserId,
                clock.GetUtcNow().UtcDateTime, request.Note?.Trim());
            if (transfer is null)
            {
                return Result.Invalid("", Text.Get("Case.NotNow"));
            }

            db.CaseTransfers.Add(transfer);
            cases.CountsChange(transfer.ToOfficeId);
            notices.Tell(theCase.ApplicantUserId, theCase.Id, NoticeKind.CaseTransferred, [toName]);
            return Result.Ok();
        }
    }
}
