using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data;

/// <summary>
/// Closes the open job posts whose deadline has passed and the open programmes whose application window has
/// ended, in batches. Run by a scheduled job on every instance: each batch is one UPDATE that closes only what
/// is still open, so two instances at once close each offer once, and a run cut short is finished by the next.
/// </summary>
public sealed class ExpiredOffers(RestartDbContext db, TimeProvider clock)
{
    public const int BatchSize = 500;

    public sealed record Closed(int JobPosts, int Programmes);

    public async Task<Closed> CloseAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var posts = 0;
        while (true)
        {
            // Along the (Status, ClosesOn) index.
            var ids = await db.JobPosts.AsNoTracking().Where(j => j.Status == OfferStatus.Open && j.ClosesOn < today)
                .OrderBy(j => j.ClosesOn).Select(j => j.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            // A new version, so that a page showing the post as open cannot act on it as if it still were.
            var version = Guid.NewGuid();
            posts += await db.JobPosts.Where(j => ids.Contains(j.Id) && j.Status == OfferStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, OfferStatus.Closed).SetProperty(j => j.ClosedAt, now).SetProperty(j => j.Version, version),
                    cancellationToken);
            if (ids.Count < BatchSize)
            {
                break;
            }
        }

        var programmes = 0;
        while (true)
        {
            // Along the (Status, ApplyUntil, Kind) index.
            var ids = await db.Programmes.AsNoTracking().Where(p => p.Status == OfferStatus.Open && p.ApplyUntil < today)
                .OrderBy(p => p.ApplyUntil).Select(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var version = Guid.NewGuid();
            programmes += await db.Programmes.Where(p => ids.Contains(p.Id) && p.Status == OfferStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, OfferStatus.Closed).SetProperty(p => p.ClosedAt, now).SetProperty(p => p.Version, version),
                    cancellationToken);
            if (ids.Count < BatchSize)
            {
                break;
            }
        }

        return new Closed(posts, programmes);
    }
}
