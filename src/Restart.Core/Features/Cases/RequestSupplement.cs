using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>Staff of the case's office ask the applicant for more documents by a deadline.</summary>
public static class RequestSupplement
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public Guid CaseId { get; set; }
        public string Message { get; set; } = "";
        public DateOnly? Deadline { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => $"case:{CaseId}";
    }

    public sealed class Validator : AbstractValidator<Command>
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

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock, AccessLogSubject subject) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var theCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == request.CaseId && c.Status != CaseStatus.Draft, cancellationToken);
            // Staff of another region see nothing of the case, not even that it exists.
            if (theCase is null || theCase.RegionalOfficeId != user.RegionalOfficeId)
            {
                return Result.NotFound();
            }

            subject.Set(theCase.ApplicantUserId);
            var now = clock.GetUtcNow().UtcDateTime;
            if (theCase.Status == CaseStatus.Submitted)
            {
                theCase.TransitionTo(CaseStatus.EligibilityReview, user.UserId!, CaseEventReason.ReviewStarted, now);
            }

            if (!theCase.TransitionTo(CaseStatus.SupplementRequested, user.UserId!, CaseEventReason.SupplementRequested, now,
                [request.Deadline!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]))
            {
                return Result.Invalid("", Text.Get("Supplement.NotNow"));
            }

            db.SupplementRequests.Add(new SupplementRequest
            {
                CaseId = theCase.Id,
                Message = request.Message.Trim(),
                Deadline = request.Deadline.Value,
                RequestedAt = now,
                RequestedByUserId = user.UserId!,
            });
            return Result.Ok();
        }
    }
}
