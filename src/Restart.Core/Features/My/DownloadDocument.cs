using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// A document of a case, for its owner or for staff of the office the case belongs to. Anyone else gets
/// "not found" — the same answer as for an id that does not exist — and the attempt is in the access log.
/// Staff give a reason (개인정보 다운로드 사유), recorded with the entry.
/// </summary>
public static class DownloadDocument
{
    /// <summary>Why staff open a person's document.</summary>
    public enum Purpose
    {
        EligibilityReview = 1,
        Counseling = 2,
        ApplicantRequest = 3,
        Audit = 4,
        Other = 9,
    }

    [SentBy(Roles.Applicant, Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<File>>, IPersonalDataRequest
    {
        public Guid Id { get; set; }
        /// <summary>Shown in the browser rather than saved.</summary>
        public bool Inline { get; set; }
        public Purpose? Why { get; set; }
        public string? WhyDetail { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => Inline ? PersonalDataAction.View : PersonalDataAction.Download;
        string IPersonalDataRequest.Subject => $"document:{Id}";
        string? IPersonalDataRequest.Reason => Why is { } why ? (string.IsNullOrWhiteSpace(WhyDetail) ? why.ToString() : $"{why}: {WhyDetail.Trim()}") : null;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(x => x.Why).IsInEnum().WithMessage(_ => Text.Get("Download.ReasonRequired"));
            RuleFor(x => x.WhyDetail).Cascade(CascadeMode.Stop)
                .Must(d => !string.IsNullOrWhiteSpace(d)).When(x => x.Why == Purpose.Other).WithMessage(_ => Text.Get("Download.DetailRequired"))
                .MaximumLength(150).WithMessage(_ => Text.Format("Text.TooLong", 150));
        }
    }

    public sealed record File(string FileName, string ContentType, string StoredName);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, AccessLogSubject subject) : IRequestHandler<Query, Result<File>>
    {
        public async Task<Result<File>> Handle(Query request, CancellationToken cancellationToken)
        {
            // A plain join: a First() over several columns in the projection would number every case (ROW_NUMBER).
            var found = await (
                from d in db.CaseDocuments.AsNoTracking()
                join c in db.Cases on d.CaseId equals c.Id
                where d.Id == request.Id
                select new { d.FileName, d.ContentType, d.StoredName, Case = new { c.ApplicantUserId, c.RegionalOfficeId, c.Status } })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return Result<File>.NotFound();
            }

            subject.Set(found.Case.ApplicantUserId);
            var owner = found.Case.ApplicantUserId == user.UserId;
            var staffOfTheOffice = (user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.RegionalManager))
                && found.Case.Status != CaseStatus.Draft && user.RegionalOfficeId is { } office && office == found.Case.RegionalOfficeId;
            if (!owner && !staffOfTheOffice)
            {
                return Result<File>.NotFound();
            }

            // Staff open a person's document only for a stated reason; the owner needs none for their own.
            return owner || request.Why is not null
                ? new File(found.FileName, found.ContentType, found.StoredName)
                : Result<File>.Invalid(nameof(Query.Why), Text.Get("Download.ReasonRequired"));
        }
    }
}
