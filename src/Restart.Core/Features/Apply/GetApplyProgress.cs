using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>Where the applicant is: a submitted case still in progress, or how far the draft got.</summary>
public static class GetApplyProgress
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Progress>>;

    public sealed record Progress(bool HasActiveCase, bool HasAnyCase, ApplyStep SavedStep);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Progress>>
    {
        public async Task<Result<Progress>> Handle(Query request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            // One read of the person's few cases serves all three answers (every wizard page asks).
            var cases = await db.Cases.Where(c => c.ApplicantUserId == userId).Select(c => new { c.Status, c.SavedStep }).ToListAsync(cancellationToken);
            return new Progress(
                cases.Any(c => CaseLifecycle.IsActive(c.Status)),
                cases.Any(c => c.Status != CaseStatus.Draft),
                cases.SingleOrDefault(c => c.Status == CaseStatus.Draft)?.SavedStep ?? ApplyStep.None);
        }
    }
}
