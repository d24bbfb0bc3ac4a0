using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Home;

/// <summary>An employer's start page: the company (verified or not yet), its own job posts and the candidates waiting for an answer.</summary>
public static class GetEmployerHome
{
    [SentBy(Roles.Employer)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public int Page { get; set; } = 1;
    }

    public sealed record JobItem(Guid Id, string Title, string Occupation, OfferStatus Status, int MonthlyWage, int WeeklyHours, DateOnly ClosesOn);

    public sealed record Model(string CompanyName, string Region, bool Verified, Paged<JobItem> JobPosts, int CandidatesWaiting);

    /// <summary>Referrals still waiting for the employer: sent, accepted by the person, or at interview.</summary>
    public static readonly IReadOnlyList<ReferralStatus> Waiting = [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview];

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId)
            {
                return Result<Model>.Forbidden();
            }

            var company = await db.Companies.AsNoTracking()
                .Where(c => c.Id == companyId)
                .Select(c => new { c.Name, Verified = c.VerifiedAt != null, Region = db.Sigungus.Where(s => s.Code == c.SigunguCode).Select(s => s.Name).First() })
                .SingleOrDefaultAsync(cancellationToken);
            if (company is null)
            {
                return Result<Model>.Forbidden();
            }

            var posts = await db.JobPosts.AsNoTracking()
                .Where(j => j.CompanyId == companyId)
                .OrderBy(j => j.Status).ThenBy(j => j.ClosesOn).ThenBy(j => j.Id)
                .Select(j => new JobItem(j.Id, j.Title,
                    db.Occupations.Where(o => o.Revision == Data.Seeding.ReferenceDataSeeder.OccupationRevision && o.Code == j.OccupationCode).Select(o => o.Name).First(),
                    j.Status, j.MonthlyWage, j.WeeklyHours, j.ClosesOn))
                .ToPagedAsync(request.Page, cancellationToken);
            var waiting = await db.CandidatesOf(companyId).CountAsync(r => Waiting.Contains(r.Status), cancellationToken);
            return new Model(company.Name, company.Region, company.Verified, posts, waiting);
        }
    }
}
