using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Home;

/// <summary>A counselor's or manager's start page: their office, its regions, and the partner agencies there.</summary>
public static class GetStaffHome
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public int Page { get; set; } = 1;
    }

    public sealed record AgencyItem(Guid Id, string Name, AgencyKind Kind, string Sido, int OpenProgrammes);

    public sealed record Model(string OfficeName, IReadOnlyList<string> Regions, int OpenProgrammes, int OpenJobPosts, Paged<AgencyItem> Agencies);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            // A staff account without an office sees nothing: least privilege.
            if (user.RegionalOfficeId is not { } officeId)
            {
                return Result<Model>.Forbidden();
            }

            var today = clock.Today();
            var office = await db.RegionalOffices.AsNoTracking()
                .Where(o => o.Id == officeId)
                .Select(o => new { o.Name, Sidos = o.Coverage.Select(c => c.SidoCode).ToList() })
                .SingleOrDefaultAsync(cancellationToken);
            if (office is null)
            {
                return Result<Model>.Forbidden();
            }

            var regions = await db.Sidos.Where(s => office.Sidos.Contains(s.Code)).OrderBy(s => s.Code).Select(s => s.Name).ToListAsync(cancellationToken);
            var openProgrammes = await db.Programmes.CountAsync(p => p.Status == OfferStatus.Open && p.ApplyUntil >= today && p.SidoCode != null && office.Sidos.Contains(p.SidoCode), cancellationToken);
            var openJobs = await db.JobPosts.CountAsync(j => j.Status == OfferStatus.Open && j.ClosesOn >= today && office.Sidos.Contains(j.SigunguCode.Substring(0, 2)), cancellationToken);
            var agencies = await db.Agencies.AsNoTracking()
                .Where(a => office.Sidos.Contains(a.SidoCode))
                .OrderBy(a => a.SidoCode).ThenBy(a => a.Name)
                .Select(a => new AgencyItem(a.Id, a.Name, a.Kind, db.Sidos.Where(s => s.Code == a.SidoCode).Select(s => s.Name).First(),
                    db.Programmes.Count(p => p.AgencyId == a.Id && p.Status == OfferStatus.Open && p.ApplyUntil >= today)))
                .ToPagedAsync(request.Page, cancellationToken);

            return new Model(office.Name, regions, openProgrammes, openJobs, agencies);
        }
    }
}
