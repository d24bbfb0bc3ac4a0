using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Documents;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>Step 4: proof of closure (폐업사실증명원) and other documents — PDF, JPEG or PNG, 10 MB at most, checked by content.</summary>
public static class ApplyDocuments
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<IReadOnlyList<DocumentItem>>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    public sealed record DocumentItem(Guid Id, DocumentKind Kind, string FileName, long Length, DateTime UploadedAt);

    [SentBy(Roles.Applicant)]
    public sealed class Upload : ICommand<Result>, IOwnDataRequest
    {
        public DocumentKind Kind { get; set; } = DocumentKind.ClosureProof;
        public string FileName { get; set; } = "";
        public byte[] Content { get; set; } = [];

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Create;
    }

    [SentBy(Roles.Applicant)]
    public sealed class Remove : ICommand<Result>, IOwnDataRequest
    {
        public Guid DocumentId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Delete;
    }

    /// <summary>Continues to the review once the person is done with documents (they may add none now).</summary>
    [SentBy(Roles.Applicant)]
    public sealed class Continue : ICommand<Result>;

    public sealed class UploadValidator : AbstractValidator<Upload>
    {
        public UploadValidator()
        {
            RuleFor(x => x.Kind).Must(k => k is DocumentKind.ClosureProof or DocumentKind.Other).WithMessage(_ => Text.Get("Document.KindRequired"));
            RuleFor(x => x.Content).SetValidator(new FileContentValidator());
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<IReadOnlyList<DocumentItem>>>
    {
        public async Task<Result<IReadOnlyList<DocumentItem>>> Handle(Query request, CancellationToken cancellationToken)
        {
            return await db.CaseDocuments.AsNoTracking()
                .Where(d => db.Cases.DraftOf(user.UserId).Any(c => c.Id == d.CaseId))
                .OrderBy(d => d.UploadedAt)
                .Select(d => new DocumentItem(d.Id, d.Kind, d.FileName, d.Length, d.UploadedAt))
                .ToListAsync(cancellationToken);
        }
    }

    internal sealed class UploadHandler(RestartDbContext db, ICurrentUser user, DocumentStore store, AfterCommit afterCommit, TimeProvider clock,
        IOptions<DocumentQuotaOptions> quota) : IRequestHandler<Upload, Result>
    {
        public async Task<Result> Handle(Upload request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            // A draft from its documents step on, or a submitted case that is still active (proof can follow).
            var draft = await db.Cases.FindDraftAsync(userId, cancellationToken);
            var caseId = draft is not null && draft.HasSaved(ApplyStep.Wishes) ? draft.Id
                : draft is null ? await db.Cases.WhereActive().Where(c => c.ApplicantUserId == userId)
                    .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (caseId is not { } id)
            {
                return Result.Invalid("", Text.Get("Apply.StartWithPersonal"));
            }

            if (await CaseFiles.IsFullAsync(db, id, cancellationToken))
            {
                return Result.Invalid("Content", Text.Format("Document.TooMany", CaseFiles.MaxPerCase));
            }

            if (await DocumentQuota.RefusalAsync(db, quota.Value, userId, request.Content.Length, cancellationToken) is { } full)
            {
                return Result.Invalid("Content", full);
            }

            db.CaseDocuments.Add(await CaseFiles.StoreAsync(store, afterCommit, id, request.Kind, request.FileName, request.Content, userId, clock, null, cancellationToken));
            return Result.Ok();
        }
    }

    internal sealed class RemoveHandler(RestartDbContext db, ICurrentUser user, DocumentStore store, AfterCommit afterCommit) : IRequestHandler<Remove, Result>
    {
        public async Task<Result> Handle(Remove request, CancellationToken cancellationToken)
        {
            // Only documents of the person's own draft: a submitted case keeps its documents.
            var document = await db.CaseDocuments.SingleOrDefaultAsync(d => d.Id == request.DocumentId
                && db.Cases.DraftOf(user.UserId).Any(c => c.Id == d.CaseId), cancellationToken);
            if (document is null)
            {
                return Result.NotFound();
            }

            db.CaseDocuments.Remove(document);
            afterCommit.Add(() => store.Delete(document.StoredName));
            return Result.Ok();
        }
    }

    internal sealed class ContinueHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Continue, Result>
    {
        public async Task<Result> Handle(Continue request, CancellationToken cancellationToken)
        {
            var draft = await db.Cases.FindDraftAsync(user.UserId!, cancellationToken);
            if (draft is null || !draft.HasSaved(ApplyStep.Wishes))
            {
                return Result.Invalid("", Text.Get("Apply.StartWithPersonal"));
            }

            draft.SaveStep(ApplyStep.Documents, clock.GetUtcNow().UtcDateTime);
            return Result.Ok();
        }
    }
}
