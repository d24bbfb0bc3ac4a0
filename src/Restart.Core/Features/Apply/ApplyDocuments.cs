using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Documents;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>Step 4: proof of closure (폐업사실증명원) and other documents — PDF, JPEG or PNG, 10 MB at most, checked by content.</summary>
public static class ApplyDocuments
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<IReadOnlyList<DocumentItem>>>;

    public sealed record DocumentItem(Guid Id, DocumentKind Kind, string FileName, long Length, DateTime UploadedAt);

    [SentBy(Roles.Applicant)]
    public sealed class Upload : ICommand<Result>, IPersonalDataRequest
    {
        public DocumentKind Kind { get; set; } = DocumentKind.ClosureProof;
        public string FileName { get; set; } = "";
        public byte[] Content { get; set; } = [];

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Create;
        string IPersonalDataRequest.Subject => "self";
    }

    [SentBy(Roles.Applicant)]
    public sealed class Remove : ICommand<Result>, IPersonalDataRequest
    {
        public Guid DocumentId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Delete;
        string IPersonalDataRequest.Subject => "self";
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
            RuleFor(x => x.FileName).MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<IReadOnlyList<DocumentItem>>>
    {
        public async Task<Result<IReadOnlyList<DocumentItem>>> Handle(Query request, CancellationToken cancellationToken) =>
            await db.CaseDocuments.AsNoTracking()
                .Where(d => db.Cases.Any(c => c.Id == d.CaseId && c.ApplicantUserId == user.UserId && c.Status == CaseStatus.Draft))
                .OrderBy(d => d.UploadedAt)
                .Select(d => new DocumentItem(d.Id, d.Kind, d.FileName, d.Length, d.UploadedAt))
                .ToListAsync(cancellationToken);
    }

    internal sealed class UploadHandler(RestartDbContext db, ICurrentUser user, DocumentStore store, TimeProvider clock, AccessLogSubject subject)
        : IRequestHandler<Upload, Result>
    {
        public async Task<Result> Handle(Upload request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            subject.Set(userId);
            var draft = await ApplicantDraft.FindAsync(db, userId, cancellationToken);
            if (draft is null || draft.SavedStep < 3)
            {
                return Result.Invalid("", Text.Get("Apply.StartWithPersonal"));
            }

            db.CaseDocuments.Add(await CaseFiles.StoreAsync(store, draft.Id, request.Kind, request.FileName, request.Content, userId, clock, null, cancellationToken));
            return Result.Ok();
        }
    }

    internal sealed class RemoveHandler(RestartDbContext db, ICurrentUser user, DocumentStore store, AccessLogSubject subject) : IRequestHandler<Remove, Result>
    {
        public async Task<Result> Handle(Remove request, CancellationToken cancellationToken)
        {
            subject.Set(user.UserId!);
            // Only documents of the person's own draft: a submitted case keeps its documents.
            var document = await db.CaseDocuments.SingleOrDefaultAsync(d => d.Id == request.DocumentId
                && db.Cases.Any(c => c.Id == d.CaseId && c.ApplicantUserId == user.UserId && c.Status == CaseStatus.Draft), cancellationToken);
            if (document is null)
            {
                return Result.NotFound();
            }

            db.CaseDocuments.Remove(document);
            store.Delete(document.StoredName);
            return Result.Ok();
        }
    }

    internal sealed class ContinueHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Continue, Result>
    {
        public async Task<Result> Handle(Continue request, CancellationToken cancellationToken)
        {
            var draft = await ApplicantDraft.FindAsync(db, user.UserId!, cancellationToken);
            if (draft is null || draft.SavedStep < 3)
            {
                return Result.Invalid("", Text.Get("Apply.StartWithPersonal"));
            }

            draft.SavedStep = Math.Max(draft.SavedStep, 4);
            draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            return Result.Ok();
        }
    }
}

/// <summary>A file a person uploads: not empty, 10 MB at most, and really a PDF, JPEG or PNG by its first bytes.</summary>
public sealed class FileContentValidator : AbstractValidator<byte[]>
{
    public FileContentValidator()
    {
        RuleFor(x => x).Cascade(CascadeMode.Stop)
            .Must(c => c.Length > 0).WithMessage(_ => Text.Get("Document.Required"))
            .Must(c => c.Length <= DocumentStore.MaxBytes).WithMessage(_ => Text.Get("Document.TooLarge"))
            .Must(c => DocumentStore.Sniff(c) is not null).WithMessage(_ => Text.Get("Document.WrongType"));
    }
}

internal static class CaseFiles
{
    public static async Task<CaseDocument> StoreAsync(DocumentStore store, Guid caseId, DocumentKind kind, string fileName, byte[] content,
        string userId, TimeProvider clock, Guid? supplementRequestId, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return new CaseDocument
        {
            CaseId = caseId,
            Kind = kind,
            FileName = string.IsNullOrWhiteSpace(name) ? "document" : name,
            StoredName = await store.SaveAsync(content, cancellationToken),
            ContentType = DocumentStore.Sniff(content)!,
            Length = content.Length,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = userId,
            SupplementRequestId = supplementRequestId,
        };
    }
}
