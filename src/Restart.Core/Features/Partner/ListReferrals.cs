using MediatR;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Domain.Eligibility;

namespace Restart.Core.Features.Partner;

/// <summary>
/// The people referred to the agency's programmes (/Partner/Referrals), newest first: only those whose
/// third-party consent (제3자 제공) stands. Names and ages are personal data, so a view is logged.
/// </summary>
public static class ListReferrals
{
    [SentBy(Roles.AgencyPartner)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IPersonalDataRequest
    {
        /// <summary>One status; none for all.</summary>
        public ReferralStatus? Status { get; set; }
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "partner-referrals";
    }

    public sealed record Item(Guid Id, string Name, int Age, string Programme, ReferralStatus Status, DateTime UpdatedAt);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return Result<Paged<Item>>.Forbidden();
            }

            // Along the (AgencyId, UpdatedAt) index, or (AgencyId, Status, UpdatedAt) for one status, so a page stops after
            // its rows; the consent is a subquery of the same query. The count skips the display joins.
            var referrals = db.Referrals.SeenBy(db, agencyId);
            if (request.Status is { } status)
            {
                referrals = referrals.Where(r => r.Status == status);
            }

            var page = await (
                from r in referrals
                join p in db.ApplicantProfiles on r.ApplicantUserId equals p.UserId
                join g in db.Programmes on r.ProgrammeId equals g.Id
                orderby r.UpdatedAt descending, r.Id
                select new { r.Id, p.Name, p.BirthDate, g.Title, r.Status, r.UpdatedAt })
                .ToPagedAsync(referrals, request.Page, cancellationToken);
            var today = clock.Today();
            return new Paged<Item>(
                [.. page.Items.Select(r => new Item(r.Id, r.Name, PreCheck.AgeOn(r.BirthDate, today), r.Title, r.Status, r.UpdatedAt))],
                page.Page, page.PageSize, page.TotalCount);
        }
    }
}
