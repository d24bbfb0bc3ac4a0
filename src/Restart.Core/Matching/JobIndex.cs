using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Matching;

/// <summary>Every open post of one moment, indexed by occupation prefix (2, 3, 4 digits), by 시 and by 시·도.</summary>
public sealed class JobSnapshot
{
    public JobSnapshot(OpenPost[] posts, MatchReference reference, (long, long, long, long) marker, DateTimeOffset loadedAt)
    {
        All = posts;
        Marker = marker;
        LoadedAt = CheckedAt = loadedAt;
        ByOccupation = posts.SelectMany(p => new[] { 2, 3, 4 }.Where(n => p.OccupationCode.Length >= n).Select(n => (Key: p.OccupationCode[..n], Post: p)))
            .GroupBy(x => x.Key).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Post).Distinct().ToArray());
        ByCity = posts.GroupBy(p => reference.CityOf(p.SigunguCode)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        BySido = posts.GroupBy(p => p.SidoCode).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public OpenPost[] All { get; }
    public FrozenDictionary<string, OpenPost[]> ByOccupation { get; }
    public FrozenDictionary<string, OpenPost[]> ByCity { get; }
    public FrozenDictionary<string, OpenPost[]> BySido { get; }
    /// <summary>The change marker read with the posts: open posts, latest publication, latest closing, hires.</summary>
    public (long, long, long, long) Marker { get; }
    public DateTimeOffset LoadedAt { get; }
    public DateTimeOffset CheckedAt { get; set; }
}

/// <summary>
/// The open posts of the whole portal, held in memory by each instance (ADR 0018). The first request loads them;
/// afterwards a request never waits: every <see cref="MatchingOptions.RefreshSeconds"/> a background check reads a
/// cheap change marker (count of open posts, latest publication and closing, hires) and reloads when it moved, and
/// every <see cref="MatchingOptions.FullReloadMinutes"/> it reloads anyway (an edit of an open post on another
/// instance moves no marker). A publish, close or edit on this instance calls <see cref="Invalidate"/>. What is
/// shown is checked against the database at request time (<see cref="MatchEngine"/>), so a stale snapshot can only
/// change the order, never show a closed, past or filled post.
/// </summary>
public sealed partial class JobIndex(IServiceScopeFactory scopes, MatchReferences references, IOptionsMonitor<MatchingOptions> options, TimeProvider clock, ILogger<JobIndex> logger)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile JobSnapshot? _current;
    private volatile bool _stale;
    private int _refreshing;

    public async ValueTask<JobSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is null)
        {
            await _loading.WaitAsync(cancellationToken);
            try
            {
                return _current ??= await LoadAsync(cancellationToken);
            }
            finally
            {
                _loading.Release();
            }
        }

        var now = clock.GetUtcNow();
        if (_stale || now - current.CheckedAt >= TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.RefreshSeconds)))
        {
            StartRefresh();
        }

        return current;
    }

    /// <summary>Posts changed on this instance: the next request starts a reload in the background.</summary>
    public void Invalidate() => _stale = true;

    /// <summary>Reloads now and waits for it (start-up warming, tests, benchmarks).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            _stale = false;
            _current = await LoadAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private void StartRefresh()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var current = _current!;
                var stale = _stale;
                _stale = false;
                var fullDue = clock.GetUtcNow() - current.LoadedAt >= TimeSpan.FromMinutes(Math.Max(1, options.CurrentValue.FullReloadMinutes));
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
                if (!stale && !fullDue && await MarkerAsync(db, CancellationToken.None) == current.Marker)
                {
                    current.CheckedAt = clock.GetUtcNow();
                    return;
                }

                await RefreshAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                // The old snapshot keeps serving; the next request tries again.
                ReloadFailed(logger, e);
            }
            finally
            {
                Volatile.Write(ref _refreshing, 0);
            }
        });
    }

    private async Task<JobSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var reference = await references.GetAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var marker = await MarkerAsync(db, cancellationToken);
        var posts = await OpenPost.LoadAsync(db, clock.Today(), null, cancellationToken);
        Loaded(logger, posts.Count);
        return new JobSnapshot([.. posts], reference, marker, now);
    }

    /// <summary>Four numbers that move when a post is published, closed or its openings are taken or given back: one aggregate each over the open posts.</summary>
    internal static async Task<(long, long, long, long)> MarkerAsync(RestartDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.JobPosts.CountAsync(j => j.Status == OfferStatus.Open, cancellationToken);
        var published = await db.JobPosts.Where(j => j.Status == OfferStatus.Open).MaxAsync(j => j.PublishedAt, cancellationToken);
        var closed = await db.JobPosts.Where(j => j.Status == OfferStatus.Closed).MaxAsync(j => j.ClosedAt, cancellationToken);
        var taken = await db.JobPosts.Where(j => j.Status == OfferStatus.Open).SumAsync(j => (long)j.OpeningsTaken, cancellationToken);
        return (open, published?.Ticks ?? 0, closed?.Ticks ?? 0, taken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching loaded {Count} open job posts")]
    private static partial void Loaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading the open job posts for matching failed")]
    private static partial void ReloadFailed(ILogger logger, Exception exception);
}
