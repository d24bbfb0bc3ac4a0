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
            var saved = await db.Cases.DraftOf(userId).Select(c => (ApplyStep?)c.SavedStep).SingleOrDefaultAsync(cancellationToken);
            var anyCase = await db.Cases.AnyAsync(c => c.ApplicantUserId == userId && c.Status != CaseStatus.Draft, cancellationToken);
            return new Progress(await db.Cases.HasActiveCaseAsync(userId, cancellationToken), anyCase, saved ?? ApplyStep.None);
        }
    }
}
