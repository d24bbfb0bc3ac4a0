using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Retention;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// The applicant's deletion page: their latest request and where it stands (the refusal's reason, or the duty that
/// holds the data and until when), and before they ask, what would hold it today.
/// </summary>
public static class GetMyDeletion
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    public sealed record Request(DeletionRequestStatus Status, DateTime RequestedAt, string? Reason, string? RefusalReason, RetentionDuty? HeldBy, DateOnly? HeldUntil, DateTime? DecidedAt);

    /// <param name="Latest">The latest request, if any.</param>
    /// <param name="DutyToday">What would keep the data if it were decided today.</param>
    /// <param name="MayAsk">No request is open or held.</param>
    /// <param name="ClosedCaseYears">How long a closed case is kept, for the page's explanation.</param>
    /// <param name="RejectedApplicationYears">How long a refused or withdrawn application is kept.</param>
    public sealed record Model(Request? Latest, PersonalDataDestruction.Duty? DutyToday, bool MayAsk, int ClosedCaseYears, int RejectedApplicationYears);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, PersonalDataDestruction destruction, RetentionSettings settings)
        : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var latest = await db.DeletionRequests.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.RequestedAt)
                .Select(r => new Request(r.Status, r.RequestedAt, r.Reason, r.RefusalReason, r.HeldBy, r.HeldUntil, r.DecidedAt))
                .FirstOrDefaultAsync(cancellationToken);
            var duty = await destruction.DutyOfAsync(userId, cancellationToken);
            var mayAsk = latest is null || latest.Status is DeletionRequestStatus.Refused or DeletionRequestStatus.Done;
            return new Model(latest, duty, mayAsk, settings.ClosedCaseYears, settings.RejectedApplicationYears);
        }
    }
}
