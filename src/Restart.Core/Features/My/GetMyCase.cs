using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>The applicant's own submitted case: status, timeline with reasons, documents and any open supplement request.</summary>
public static class GetMyCase
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    /// <summary>One step, its reason in the reader's language and the person's own note (if any) as written.</summary>
    public sealed record TimelineItem(DateTime At, CaseStatus From, CaseStatus To, string Reason, string? Note);

    public sealed record DocumentItem(Guid Id, DocumentKind Kind, string FileName, long Length, DateTime UploadedAt);

    public sealed record OpenSupplement(Guid Id, string Message, DateOnly Deadline, DateTime RequestedAt);

    public sealed record Model(
        Guid Id,
        string Number,
        CaseStatus Status,
        CaseClosure? Closure,
        string Office,
        DateTime SubmittedAt,
        IReadOnlyList<TimelineItem> Timeline,
        IReadOnlyList<DocumentItem> Documents,
        OpenSupplement? Supplement)
    {
        public bool CanWithdraw => CaseLifecycle.CanApplicantWithdraw(Status);

        public bool CanAddDocuments => CaseLifecycle.IsActive(Status);
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var found = await db.Cases.AsNoTracking()
                .Where(c => c.ApplicantUserId == user.UserId && c.Status != CaseStatus.Draft)
                .OrderByDescending(c => c.SubmittedAt)
                .Select(c => new
                {
                    c.Id,
                    c.Number,
                    c.Status,
                    c.Closure,
                    Office = db.RegionalOffices.Where(o => o.Id == c.RegionalOfficeId).Select(o => o.Name).FirstOrDefault(),
                    c.SubmittedAt,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return Result<Model>.NotFound();
            }

            var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == found.Id).OrderBy(e => e.Id)
                .Select(e => new { e.At, e.From, e.To, e.ReasonCode, e.ReasonArguments, e.Reason, e.Note }).ToListAsync(cancellationToken);
            // Put into words here, in the reader's culture, not when written.
            var timeline = events.Select(e => new TimelineItem(e.At, e.From, e.To, CaseEventText.Describe(e.ReasonCode, e.ReasonArguments, e.Reason), e.Note)).ToList();
            var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == found.Id).OrderBy(d => d.UploadedAt)
                .Select(d => new DocumentItem(d.Id, d.Kind, d.FileName, d.Length, d.UploadedAt)).ToListAsync(cancellationToken);
            var supplement = found.Status == CaseStatus.SupplementRequested
                ? await db.SupplementRequests.AsNoTracking().Where(s => s.CaseId == found.Id && s.AnsweredAt == null)
                    .OrderByDescending(s => s.RequestedAt).Select(s => new OpenSupplement(s.Id, s.Message, s.Deadline, s.RequestedAt))
                    .FirstOrDefaultAsync(cancellationToken)
                : null;
            return new Model(found.Id, found.Number!, found.Status, found.Closure, found.Office ?? "", found.SubmittedAt!.Value, timeline, documents, supplement);
        }
    }
}
