using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// A case's referrals for staff of its office, newest first, each with its steps (who, when, which status, why):
/// the referral list of the case page. Read in two queries whatever the page's length; access-logged.
/// </summary>
public static class GetCaseReferrals
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IPersonalDataRequest
    {
        public Guid CaseId { get; set; }
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => $"case:{CaseId}";
    }

    public sealed record Step(ReferralStatus Status, DateTime At, string? By, string? Reason);

    public sealed record Item(Guid Id, bool IsJob, string Title, string Organization, ReferralStatus Status, DateTime CreatedAt, DateTime UpdatedAt,
        DateOnly? InterviewOn, DateOnly? HiredOn, int? HiredMonthlyWage, IReadOnlyList<Step> Steps);

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, AccessLogSubject subject) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Paged<Item>>.Forbidden();
            }

            var found = await db.Cases.AsNoTracking().Where(c => c.Id == request.CaseId && c.Status != CaseStatus.Draft)
                .Select(c => new { c.RegionalOfficeId, c.ApplicantUserId }).SingleOrDefaultAsync(cancellationToken);
            if (found is null || !CaseWork.Sees(staff, found.RegionalOfficeId))
            {
                return Result<Paged<Item>>.NotFound();
            }

            subject.Set(found.ApplicantUserId);
            // The (CaseId, CreatedAt) index: one range, newest first.
            var page = await db.Referrals.AsNoTracking().Where(r => r.CaseId == request.CaseId)
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                .Select(r => new
                {
                    r.Id,
                    IsJob = r.JobPostId != null,
                    Title = r.ProgrammeId != null
                        ? db.Programmes.Where(p => p.Id == r.ProgrammeId).Select(p => p.Title).FirstOrDefault()
                        : db.JobPosts.Where(j => j.Id == r.JobPostId).Select(j => j.Title).FirstOrDefault(),
                    Organization = r.AgencyId != null
                        ? db.Agencies.Where(a => a.Id == r.AgencyId).Select(a => a.Name).FirstOrDefault()
                        : db.Companies.Where(c => c.Id == r.CompanyId).Select(c => c.Name).FirstOrDefault(),
                    r.Status,
                    r.CreatedAt,
                    r.UpdatedAt,
                    r.InterviewOn,
                    r.HiredOn,
                    r.HiredMonthlyWage,
                })
                .ToPagedAsync(db.Referrals.Where(r => r.CaseId == request.CaseId), request.Page, cancellationToken);
            var ids = page.Items.Select(r => r.Id).ToList();
            var steps = (await db.ReferralSteps.AsNoTracking().Where(s => ids.Contains(s.ReferralId))
                    .OrderBy(s => s.At).ThenBy(s => s.Id)
                    .Select(s => new { s.ReferralId, s.Status, s.At, By = db.Users.Where(u => u.Id == s.ByUserId).Select(u => u.DisplayName).FirstOrDefault(), s.Reason })
                    .ToListAsync(cancellationToken))
                .ToLookup(s => s.ReferralId);
            return new Paged<Item>(
                [.. page.Items.Select(r => new Item(r.Id, r.IsJob, r.Title ?? "", r.Organization ?? "", r.Status, r.CreatedAt, r.UpdatedAt, r.InterviewOn,
                    r.HiredOn, r.HiredMonthlyWage, [.. steps[r.Id].Select(s => new Step(s.Status, s.At, s.By, s.Reason))]))],
                page.Page, page.PageSize, page.TotalCount);
        }
    }
}
