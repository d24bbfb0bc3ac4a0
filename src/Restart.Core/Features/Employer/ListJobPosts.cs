using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Employer;

/// <summary>An employer's own job posts, soonest deadline first, with how many of the openings are filled.</summary>
public static class ListJobPosts
{
    [SentBy(Roles.Employer)]
    public sealed class Query : IQuery<Result<Paged<Item>>>
    {
        public OfferStatus? Status { get; set; }
        public int Page { get; set; } = 1;
    }

    public sealed record Item(Guid Id, string Title, string? Occupation, string Region, OfferStatus Status, WageKind WageKind, int WageAmount,
        int Filled, int Openings, DateOnly ClosesOn);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId)
            {
                return Result<Paged<Item>>.Forbidden();
            }

            // Along the (CompanyId, Status, ClosesOn) index: one status is one range; all of them, status by status.
            var posts = db.JobPosts.AsNoTracking().Where(j => j.CompanyId == companyId);
            posts = request.Status is { } status && Enum.IsDefined(status)
                ? posts.Where(j => j.Status == status).OrderBy(j => j.ClosesOn).ThenBy(j => j.Id)
                : posts.OrderBy(j => j.Status).ThenBy(j => j.ClosesOn).ThenBy(j => j.Id);
            return await posts
                .Select(j => new Item(
                    j.Id,
                    j.Title,
                    db.Occupations.Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Code == j.OccupationCode).Select(o => o.Name).FirstOrDefault(),
                    db.Sidos.Where(s => s.Code == j.SidoCode).Select(s => s.Name).First() + " " + db.Sigungus.Where(s => s.Code == j.SigunguCode).Select(s => s.Name).First(),
                    j.Status,
                    j.WageKind,
                    j.WageAmount,
                    j.OpeningsTaken,
                    j.Openings,
                    j.ClosesOn))
                .ToPagedAsync(request.Page, cancellationToken);
        }
    }
}
