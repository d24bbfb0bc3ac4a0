using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;

namespace Restart.Core.Features.Reference;

/// <summary>
/// The official lists the application forms pick from: 시·군·구 by 시·도, KSIC 세세분류 and KECO 세분류.
/// They change with a new revision only, so they are cached for an hour.
/// </summary>
public static class GetPickerLists
{
    [SentBy]
    public sealed class Query : IQuery<Result<Lists>>;

    public sealed record Option(string Code, string Name)
    {
        /// <summary>"56111 한식 일반 음식점업": what a picker shows and the form sends back.</summary>
        public string Label => $"{Code} {Name}";
    }

    public sealed record Province(string Name, IReadOnlyList<Option> Districts);

    public sealed record Lists(IReadOnlyList<Province> Regions, IReadOnlyList<Option> Industries, IReadOnlyList<Option> Occupations);

    internal sealed class Handler(RestartDbContext db, IMemoryCache cache) : IRequestHandler<Query, Result<Lists>>
    {
        public async Task<Result<Lists>> Handle(Query request, CancellationToken cancellationToken) =>
            (await cache.GetOrCreateAsync("picker-lists", async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
                var sidos = await db.Sidos.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Code, s.Name }).ToListAsync(cancellationToken);
                // 일반구 are parts of a 시: a person names the 시 or the 구 they live in; both are listed.
                var districts = await db.Sigungus.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.SidoCode, s.Code, s.Name }).ToListAsync(cancellationToken);
                var industries = await db.Industries.AsNoTracking()
                    .Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Level == 5).OrderBy(i => i.Code)
                    .Select(i => new Option(i.Code, i.NameKo)).ToListAsync(cancellationToken);
                var occupations = await db.Occupations.AsNoTracking()
                    .Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Level == 4).OrderBy(o => o.Code)
                    .Select(o => new Option(o.Code, o.Name)).ToListAsync(cancellationToken);
                return new Lists(
                    [.. sidos.Select(s => new Province(s.Name, [.. districts.Where(d => d.SidoCode == s.Code).Select(d => new Option(d.Code, d.Name))]))],
                    industries,
                    occupations);
            }))!;
    }
}
