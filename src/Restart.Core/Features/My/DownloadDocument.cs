using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// A document of a case, for its owner or for staff of the office the case belongs to. Anyone else gets
/// "not found" — the same answer as for an id that does not exist — and the attempt is in the access log.
/// </summary>
public static class DownloadDocument
{
    [SentBy(Roles.Applicant, Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<File>>, IPersonalDataRequest
    {
        public Guid Id { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Download;
        string IPersonalDataRequest.Subject => $"document:{Id}";
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
            return owner || staffOfTheOffice ? new File(found.FileName, found.ContentType, found.StoredName) : Result<File>.NotFound();
        }
    }
}
