using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// The referrals staff made for the applicant (/My/Referrals), newest first: the job or programme, who offers it,
/// where it stands and each step, and whether the person may still accept or decline. Marks of interest that no
/// one has acted on yet are not referrals; they show on the recommendations.
/// </summary>
public static class GetMyReferrals
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IOwnDataRequest
    {
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    public sealed record Step(ReferralStatus Status, DateTime At, string? Reason);

    public sealed record Item(
        Guid Id,
        Guid Version,
        Guid? JobPostId,
        Guid? ProgrammeId,
        string Title,
        string Organization,
        ReferralStatus Status,
        string? Reason,
        DateTime CreatedAt,
        DateTime? AcceptedAt,
        DateOnly? InterviewOn,
        DateOnly? HiredOn,
        IReadOnlyList<Step> Steps)
    {
        public bool IsJob => JobPostId is not null;

        /// <summary>The person may say yes while the referral is under way and they have not yet.</summary>
        public bool CanAccept => AcceptedAt is null && ApplicantOffers.UnderWay.Contains(Status);

        /// <summary>The person may say no until the partner or employer has taken them on.</summary>
        public bool CanDecline => ReferralLifecycle.Allows(Status, ReferralStatus.Declined, IsJob);
    }

    public const int PageSize = 10;

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var mine = db.Referrals.AsNoTracking().Where(r => r.ApplicantUserId == user.UserId && r.Status != ReferralStatus.Suggested);
            // Read through (ApplicantUserId, CreatedAt); the offer and its organisation by key, one row each.
            var rows = mine.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new
            {
                r.Id, r.Version, r.JobPostId, r.ProgrammeId, r.Status, r.Reason, r.CreatedAt, r.ApplicantAcceptedAt, r.InterviewOn, r.HiredOn,
                Title = r.JobPostId != null
                    ? db.JobPosts.Where(j => j.Id == r.JobPostId).Select(j => j.Title).FirstOrDefault()
                    : db.Programmes.Where(p => p.Id == r.ProgrammeId).Select(p => p.Title).FirstOrDefault(),
                Organization = r.CompanyId != null
                    ? db.Companies.Where(c => c.Id == r.CompanyId).Select(c => c.Name).FirstOrDefault()
                    : db.Agencies.Where(a => a.Id == r.AgencyId).Select(a => a.Name).FirstOrDefault(),
            });
            var page = await rows.ToPagedAsync(mine, request.Page, cancellationToken, PageSize);

            // The steps of this page's referrals in one read, not one per referral.
            var ids = page.Items.Select(r => r.Id).ToList();
            var steps = (await db.ReferralSteps.AsNoTracking().Where(s => ids.Contains(s.ReferralId)).OrderBy(s => s.At).ThenBy(s => s.Id)
                    .Select(s => new { s.ReferralId, s.Status, s.At, s.Reason }).ToListAsync(cancellationToken))
                .ToLookup(s => s.ReferralId, s => new Step(s.Status, s.At, s.Reason));
            var items = page.Items.Select(r => new Item(
                r.Id, r.Version, r.JobPostId, r.ProgrammeId, r.Title ?? "", r.Organization ?? "", r.Status, r.Reason, r.CreatedAt,
                r.ApplicantAcceptedAt, r.InterviewOn, r.HiredOn, [.. steps[r.Id]])).ToList();
            return new Paged<Item>(items, page.Page, page.PageSize, page.TotalCount);
        }
    }
}
