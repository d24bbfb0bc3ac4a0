using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>How many deletion requests wait for a decision in the staff member's office: the figure on the staff home.</summary>
public static class CountDeletionRequests
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<int>>;

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases) : IRequestHandler<Query, Result<int>>
    {
        public async Task<Result<int>> Handle(Query request, CancellationToken cancellationToken) =>
            staffCases.Staff is { } staff
                ? await db.DeletionRequests.CountAsync(r => r.RegionalOfficeId == staff.OfficeId && r.Status == DeletionRequestStatus.Open && r.UserId != null, cancellationToken)
                : Result<int>.Forbidden();
    }
}
