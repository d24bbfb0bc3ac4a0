using FluentValidation;
using MediatR;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>Staff of the case's office ask the applicant for more documents by a deadline.</summary>
public static class RequestSupplement
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : CaseCommand
    {
        public string Message { get; set; } = "";
        public DateOnly? Deadline { get; set; }
    }

    public sealed class Validator : CaseCommandValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Message).Cascade(CascadeMode.Stop)
                .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Text.Get("Supplement.MessageRequired"))
                .MaximumLength(2000).WithMessage(_ => Text.Format("Text.TooLong", 2000));
            RuleFor(x => x.Deadline).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Supplement.DeadlineRequired"))
                .Must(d => d!.Value > clock.Today()).WithMessage(_ => Text.Get("Supplement.DeadlinePast"));
        }
    }

    internal sealed class Handler(StaffCases cases, RestartDbContext db, Notices notices, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.RequestSupplement, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (theCase!.Status == CaseStatus.Submitted)
            {
                theCase.StartReview(staff.UserId, now);
            }

            var deadline = request.Deadline!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            theCase.TransitionTo(CaseStatus.SupplementRequested, staff.UserId, CaseEventReason.SupplementRequested, now, [deadline]);
            notices.Tell(theCase.ApplicantUserId, theCase.Id, NoticeKind.SupplementRequested, [deadline]);
            db.SupplementRequests.Add(new SupplementRequest
            {
                CaseId = theCase.Id,
                Message = request.Message.Trim(),
                Deadline = request.Deadline.Value,
                RequestedAt = now,
                RequestedByUserId = staff.UserId,
            });
            return Result.Ok();
        }
    }
}
