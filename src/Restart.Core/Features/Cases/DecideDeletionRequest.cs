using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Retention;
using Restart.Core.Documents;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// Staff of the request's office decide a deletion request. Approved, the person's data is destroyed now when no duty
/// holds it (the account goes, so they can no longer sign in); otherwise the request is held, and the person is told
/// which duty and until when — the daily retention job destroys it once the duty ends. Refused, with a reason the person reads.
/// </summary>
public static class DecideDeletionRequest
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result<Outcome>>, IPersonalDataRequest
    {
        public Guid Id { get; set; }
        public bool Approve { get; set; }
        public string? RefusalReason { get; set; }
        public Guid Version { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Delete;
        string IPersonalDataRequest.Subject => $"deletion-request:{Id}";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.RefusalReason).Cascade(CascadeMode.Stop)
                .Must(r => !string.IsNullOrWhiteSpace(r)).When(x => !x.Approve).WithMessage(_ => Text.Get("Deletion.RefusalReasonRequired"))
                .MaximumLength(500).WithMessage(_ => Text.Format("Text.TooLong", 500));
    }

    public sealed record Outcome(DeletionRequestStatus Status, RetentionDuty? HeldBy, DateOnly? HeldUntil);

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, AccessLogSubject subject, PersonalDataDestruction destruction,
        DocumentStore store, AfterCommit afterCommit, TimeProvider clock) : IRequestHandler<Command, Result<Outcome>>
    {
        public async Task<Result<Outcome>> Handle(Command request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Outcome>.Forbidden();
            }

            var found = await db.DeletionRequests.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
            if (found is null || found.RegionalOfficeId != staff.OfficeId || found.UserId is null)
            {
                return Result<Outcome>.NotFound();
            }

            subject.Set(found.UserId);
            if (found.IsDecided)
            {
                return Result<Outcome>.Conflict(Text.Get("Deletion.AlreadyDecided"));
            }

            db.Entry(found).Property(r => r.Version).OriginalValue = request.Version;
            var now = clock.GetUtcNow().UtcDateTime;
            if (!request.Approve)
            {
                found.Refuse(request.RefusalReason!.Trim(), staff.UserId, now);
                return new Outcome(found.Status, null, null);
            }

            if (await destruction.DutyOfAsync(found.UserId, cancellationToken) is { } duty)
            {
                found.Hold(duty.Kind, duty.Until, staff.UserId, now);
                return new Outcome(found.Status, duty.Kind, duty.Until);
            }

            var files = await destruction.DestroyPersonAsync(found.UserId, DestructionCause.DeletionRequest, null, found.Id, cancellationToken) ?? [];
            found.Complete(staff.UserId, now);
            afterCommit.Add(() =>
            {
                foreach (var file in files)
                {
                    store.Delete(file);
                }
            });
            return new Outcome(found.Status, null, null);
        }
    }
}
