using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Documents;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>The applicant answers a supplement request with a message and, usually, a document; the case goes back to review.</summary>
public static class AnswerSupplement
{
    [SentBy(Roles.Applicant)]
    public sealed class Command : ICommand<Result>, IOwnDataRequest
    {
        public string Message { get; set; } = "";
        public string? FileName { get; set; }
        public byte[]? Content { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Message).Cascade(CascadeMode.Stop)
                .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Text.Get("Supplement.MessageRequired"))
                .MaximumLength(2000).WithMessage(_ => Text.Format("Text.TooLong", 2000));
            RuleFor(x => x.Content!).SetValidator(new FileContentValidator()).When(x => x.Content is { Length: > 0 });
        }
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, DocumentStore store, AfterCommit afterCommit, TimeProvider clock,
        IOptions<DocumentQuotaOptions> quota) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var theCase = await db.Cases.SingleOrDefaultAsync(c => c.ApplicantUserId == userId && c.Status == CaseStatus.SupplementRequested, cancellationToken);
            var open = theCase is null ? null : await db.SupplementRequests
                .Where(s => s.CaseId == theCase.Id && s.AnsweredAt == null).OrderByDescending(s => s.RequestedAt).FirstOrDefaultAsync(cancellationToken);
            if (theCase is null || open is null)
            {
                return Result.Invalid("", Text.Get("Supplement.NoneOpen"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (request.Content is { Length: > 0 } content)
            {
                if (await CaseFiles.IsFullAsync(db, theCase.Id, cancellationToken))
                {
                    return Result.Invalid("Content", Text.Format("Document.TooMany", CaseFiles.MaxPerCase));
                }

                if (await DocumentQuota.RefusalAsync(db, quota.Value, userId, content.Length, cancellationToken) is { } full)
                {
                    return Result.Invalid("Content", full);
                }

                db.CaseDocuments.Add(await CaseFiles.StoreAsync(store, afterCommit, theCase.Id, DocumentKind.SupplementAnswer, request.FileName ?? "", content, userId, clock, open.Id, cancellationToken));
            }

            open.Answer = request.Message.Trim();
            open.AnsweredAt = now;
            theCase.TransitionTo(CaseStatus.EligibilityReview, userId, CaseEventReason.SupplementAnswered, now);
            return Result.Ok();
        }
    }
}
