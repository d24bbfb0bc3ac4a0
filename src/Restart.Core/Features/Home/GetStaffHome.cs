using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
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

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock, IMemoryCache cache) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            // A staff account without an office sees nothing: least privilege.
            if (user.RegionalOfficeId is not { } officeId)
            {
                return Result<Model>.Forbidden();
            }

            // Nothing here is personal and it changes a few times a day, while each view would cost several
            // counts: the first page of an office is kept for a minute. Later pages are read as asked.
            var today = clock.Today();
            var model = request.Page > 1
                ? await ReadAsync(officeId, request.Page, today, cancellationToken)
                : await cache.GetOrCreateAsync((nameof(GetStaffHome), officeId, today), entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                    return ReadAsync(officeId, 1, today, cancellationToken);
                });
            return model is null ? Result<Model>.Forbidden() : model;
        }

        private async Task<Model?> ReadAsync(Guid officeId, int page, DateOnly today, CancellationToken cancellationToken)
        {
            var office = await db.RegionalOffices.AsNoTracking()
                .Where(o => o.Id == officeId)
                .Select(o => new { o.Name, Sidos = o.Coverage.Select(c => c.SidoCode).ToList(), Districts = o.Districts.Select(d => d.SigunguCode).ToList() })
                .SingleOrDefaultAsync(cancellationToken);
            if (office is null)
            {
                return null;
            }

            // An office covers whole 시·도, or (경기북부) 시·군·구 taken out of one.
            var regions = await db.Sidos.Where(s => office.Sidos.Contains(s.Code)).OrderBy(s => s.Code).Select(s => s.Name).ToListAsync(cancellationToken);
            regions.AddRange(await db.Sigungus.Where(s => office.Districts.Contains(s.Code) && s.Kind != "일반구").OrderBy(s => s.Code).Select(s => s.Name).ToListAsync(cancellationToken));
            var sidos = office.Sidos.Concat(office.Districts.Select(d => d[..2])).Distinct().ToList();
            var programmes = await db.Programmes.CountAsync(p => p.Status == OfferStatus.Open && p.Regions.Any(r => sidos.Contains(r.SidoCode)) && p.ApplyUntil >= today, cancellationToken);

            // Through the office's 시·군·구 codes, so the (Status, SigunguCode, ClosesOn) index serves it.
            var sigungus = db.SigungusOf(officeId);
            var jobs = await db.JobPosts.CountAsync(j => j.Status == OfferStatus.Open && sigungus.Contains(j.SigunguCode) && j.ClosesOn >= today, cancellationToken);
            var agencies = await (
                from a in db.Agencies.AsNoTracking()
                join s in db.Sidos on a.SidoCode equals s.Code
                where office.Sidos.Contains(a.SidoCode) || db.CouncilMembers.Any(m => m.RegionalOfficeId == officeId && m.AgencyId == a.Id)
                orderby a.SidoCode, a.Name
                select new AgencyItem(a.Id, a.Name, a.Kind, s.Name,
                    db.Programmes.Count(p => p.AgencyId == a.Id && p.Status == OfferStatus.Open && p.ApplyUntil >= today)))
                .ToPagedAsync(page, cancellationToken);

            return new Model(office.Name, regions, programmes, jobs, agencies);
        }
    }
}
