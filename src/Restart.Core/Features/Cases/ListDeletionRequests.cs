using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Retention;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// The deletion requests of the staff member's office (/Staff/Deletions): the open ones to decide, oldest first, each
/// with what would keep the person's data if it were approved today; then the held ones, waiting for their duty to end.
/// Staff of other offices see none of them.
/// </summary>
public static class ListDeletionRequests
{
    /// <summary>At most this many of each list.</summary>
    public const int ListSize = 100;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>, IPersonalDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "deletion-requests";
    }

    public sealed record Item(Guid Id, string Name, string? CaseNumber, string? Reason, DateTime RequestedAt, PersonalDataDestruction.Duty? Duty, DateOnly? HeldUntil, Guid Version);

    public sealed record Model(IReadOnlyList<Item> Open, IReadOnlyList<Item> Held);

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, PersonalDataDestruction destruction) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Model>.Forbidden();
            }

            var rows = await db.DeletionRequests.AsNoTracking()
                .Where(r => r.RegionalOfficeId == staff.OfficeId && r.UserId != null && (r.Status == DeletionRequestStatus.Open || r.Status == DeletionRequestStatus.Held))
                .OrderBy(r => r.RequestedAt)
                .Select(r => new
                {
                    r.Id, r.UserId, r.Status, r.Reason, r.RequestedAt, r.HeldBy, r.HeldUntil, r.Version,
                    Name = db.ApplicantProfiles.Where(p => p.UserId == r.UserId).Select(p => p.Name).FirstOrDefault(),
                    Number = db.Cases.Where(c => c.ApplicantUserId == r.UserId && c.Number != null).OrderByDescending(c => c.SubmittedAt).Select(c => c.Number).FirstOrDefault(),
                })
                .Take(ListSize * 2).ToListAsync(cancellationToken);
            var open = new List<Item>();
            foreach (var r in rows.Where(r => r.Status == DeletionRequestStatus.Open).Take(ListSize))
            {
                open.Add(new Item(r.Id, r.Name ?? "", r.Number, r.Reason, r.RequestedAt, await destruction.DutyOfAsync(r.UserId!, cancellationToken), null, r.Version));
            }

            var held = rows.Where(r => r.Status == DeletionRequestStatus.Held).Take(ListSize)
                .Select(r => new Item(r.Id, r.Name ?? "", r.Number, r.Reason, r.RequestedAt, r.HeldBy is { } by ? new PersonalDataDestruction.Duty(by, r.HeldUntil) : null, r.HeldUntil, r.Version))
                .ToList();
            return new Model(open, held);
        }
    }
}
