using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Employer;

/// <summary>
/// The people referred to the employer's posts who agreed to their data going to employers, newest change
/// first. Names are personal data: each view is recorded in the access log.
/// </summary>
public static class ListCandidates
{
    [SentBy(Roles.Employer)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IPersonalDataRequest
    {
        public ReferralStatus? Status { get; set; }
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "candidates";
    }

    public sealed record Item(Guid Id, string Name, CandidateReading.Summary Summary, Guid PostId, string PostTitle, ReferralStatus Status,
        bool Accepted, DateTime UpdatedAt);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId)
            {
                return Result<Paged<Item>>.Forbidden();
            }

            // Along the (CompanyId, Status, UpdatedAt) index.
            var referrals = db.CandidatesOf(companyId);
            if (request.Status is { } status && Enum.IsDefined(status))
            {
                referrals = referrals.Where(r => r.Status == status);
            }

            var page = await referrals.AsNoTracking()
                .OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id)
                .Select(r => new
                {
                    r.Id,
                    r.CaseId,
                    Name = db.ApplicantProfiles.Where(p => p.UserId == r.ApplicantUserId).Select(p => p.Name).FirstOrDefault(),
                    PostId = r.JobPostId!.Value,
                    PostTitle = db.JobPosts.Where(j => j.Id == r.JobPostId).Select(j => j.Title).First(),
                    r.Status,
                    Accepted = r.ApplicantAcceptedAt != null,
                    r.UpdatedAt,
                })
                .ToPagedAsync(referrals, request.Page, cancellationToken);
            var summaries = await CandidateReading.SummariesAsync(db, [.. page.Items.Select(r => r.CaseId).Distinct()], clock.Today(), cancellationToken);
            return new Paged<Item>(
                [.. page.Items.Select(r => new Item(r.Id, r.Name ?? "", summaries[r.CaseId], r.PostId, r.PostTitle, r.Status, r.Accepted, r.UpdatedAt))],
                page.Page, page.PageSize, page.TotalCount);
        }
    }
}
