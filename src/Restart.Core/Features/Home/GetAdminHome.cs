using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Home;

/// <summary>The administrator's start page: accounts per role and the loaded revision of each official list.</summary>
public static class GetAdminHome
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Model>>;

    public sealed record RoleCount(string Role, int Count);

    public sealed record DataSet(string Name, string Revision, string Publisher, int Rows, DateTime LoadedAt);

    public sealed record Model(IReadOnlyList<RoleCount> Accounts, IReadOnlyList<DataSet> ReferenceData, int Agencies, int Companies);

    /// <summary>
    /// The counts are kept for a minute (each is a count over a whole table). An account an administrator
    /// creates clears them, so the administrator sees it at once; self-registrations show within the minute.
    /// </summary>
    public const string CacheKey = nameof(GetAdminHome);

    internal sealed class Handler(RestartDbContext db, IMemoryCache cache) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken) =>
            (await cache.GetOrCreateAsync(CacheKey, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                return CountAsync(cancellationToken);
            }))!;

        private async Task<Model> CountAsync(CancellationToken cancellationToken)
        {
            var counts = await db.Roles
                .Select(r => new RoleCount(r.Name!, db.UserRoles.Count(ur => ur.RoleId == r.Id)))
                .ToListAsync(cancellationToken);
            var ordered = Roles.All.Select(role => counts.FirstOrDefault(c => c.Role == role) ?? new RoleCount(role, 0)).ToList();
            var sets = await db.ReferenceDataSets.OrderBy(s => s.Name)
                .Select(s => new DataSet(s.Name, s.Revision, s.Publisher, s.RowCount, s.LoadedAt))
                .ToListAsync(cancellationToken);
            return new Model(ordered, sets, await db.Agencies.CountAsync(cancellationToken), await db.Companies.CountAsync(cancellationToken));
        }
    }
}
