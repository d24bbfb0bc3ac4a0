using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Features.Reference;

namespace Restart.Core.Features.Offers;

/// <summary>
/// What the public lists' filters pick from: 시·도, 시·군·구 by 시·도, and KECO's top and middle levels.
/// Public reference data, so anyone may ask; kept for an hour like the application forms' lists.
/// </summary>
public static class GetOfferFilters
{
    [SentByAnyone]
    public sealed class Query : IQuery<Result<Lists>>;

    /// <summary>A KECO group: level 1 (대분류) or 2 (중분류, under <see cref="ParentCode"/>).</summary>
    public sealed record OccupationGroup(string Code, string Name, int Level, string? ParentCode);

    public sealed record Lists(IReadOnlyList<GetPickerLists.Option> Sidos, IReadOnlyList<GetPickerLists.Province> Provinces, IReadOnlyList<OccupationGroup> Occupations);

    internal sealed class Handler(RestartDbContext db, IMemoryCache cache) : IRequestHandler<Query, Result<Lists>>
    {
        public async Task<Result<Lists>> Handle(Query request, CancellationToken cancellationToken) =>
            (await cache.GetOrCreateAsync("offer-filter-lists", async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
                var sidos = await db.Sidos.AsNoTracking().OrderBy(s => s.Code).Select(s => new GetPickerLists.Option(s.Code, s.Name)).ToListAsync(cancellationToken);
                var districts = await db.Sigungus.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.SidoCode, s.Code, s.Name }).ToListAsync(cancellationToken);
                var groups = await db.Occupations.AsNoTracking()
                    .Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Level <= 2).OrderBy(o => o.Code)
                    .Select(o => new OccupationGroup(o.Code, o.Name, o.Level, o.ParentCode)).ToListAsync(cancellationToken);
                return new Lists(
                    sidos,
                    [.. sidos.Select(s => new GetPickerLists.Province(s.Name, [.. districts.Where(d => d.SidoCode == s.Code).Select(d => new GetPickerLists.Option(d.Code, d.Name))]))],
                    groups);
            }))!;
    }
}
