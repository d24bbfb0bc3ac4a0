using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Keys;

namespace Restart.Core.Features.Admin.AccessLog;

/// <summary>
/// Walks the access log's chain with its keys and names the first entry that was altered or follows a removed
/// one; then checks every signed checkpoint against the chain, naming the first that is not signed by a trusted
/// key, whose entry has another hash now, or whose entry is gone (ADR 0022).
/// </summary>
public static class VerifyAccessLog
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Report>>;

    public enum CheckpointFault
    {
        /// <summary>The line does not parse or no trusted key signed it.</summary>
        NotSigned = 1,
        /// <summary>The entry it names has another hash now: the chain was rewritten after the checkpoint.</summary>
        EntryChanged = 2,
        /// <summary>The entry it names is no longer in the log: entries were removed.</summary>
        EntryMissing = 3,
    }

    public sealed record BadCheckpoint(string File, int Line, long EntryId, CheckpointFault Fault);

    public sealed record Report(int Checked, long? FirstBrokenId, int CheckpointsChecked, BadCheckpoint? FirstBadCheckpoint)
    {
        public bool Intact => FirstBrokenId is null && FirstBadCheckpoint is null;
    }

    internal sealed class Handler(RestartDbContext db, RestartKeys keys, AccessLogCheckpoints checkpoints) : IRequestHandler<Query, Result<Report>>
    {
        private const int Batch = 1000;

        public async Task<Result<Report>> Handle(Query request, CancellationToken cancellationToken)
        {
            var (count, firstBroken) = await WalkChainAsync(cancellationToken);
            var written = checkpoints.ReadAll();
            return new Report(count, firstBroken, written.Count, await FirstBadAsync(written, cancellationToken));
        }

        private async Task<(int Count, long? FirstBroken)> WalkChainAsync(CancellationToken cancellationToken)
        {
            var previous = AccessLogChain.Genesis;
            var lastId = 0L;
            var count = 0;
            var keyed = false;
            while (true)
            {
                var batch = await db.AccessLog.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
                foreach (var entry in batch)
                {
                    // Once the log is keyed, an entry without a key is one rewritten the old way to avoid the key.
                    if ((keyed && entry.KeyId is null) || !AccessLogChain.IsIntact(keys.AccessLog, entry, previous))
                    {
                        return (count, entry.Id);
                    }

                    keyed |= entry.KeyId is not null;
                    previous = entry.Hash;
                    lastId = entry.Id;
                    count++;
                }

                if (batch.Count < Batch)
                {
                    return (count, null);
                }
            }
        }

        private async Task<BadCheckpoint?> FirstBadAsync(IReadOnlyList<AccessLogCheckpoints.Checkpoint> written, CancellationToken cancellationToken)
        {
            var hashes = new Dictionary<long, string>();
            foreach (var ids in written.Where(c => c.EntryId > 0).Select(c => c.EntryId).Distinct().Chunk(500))
            {
                foreach (var e in await db.AccessLog.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Hash }).ToListAsync(cancellationToken))
                {
                    hashes[e.Id] = e.Hash;
                }
            }

            foreach (var c in written)
            {
                var fault = !c.SignedByTrustedKey ? CheckpointFault.NotSigned
                    : c.EntryId == 0 ? c.Hash == AccessLogChain.Genesis ? null : CheckpointFault.EntryChanged
                    : !hashes.TryGetValue(c.EntryId, out var hash) ? CheckpointFault.EntryMissing
                    : hash != c.Hash ? CheckpointFault.EntryChanged
                    : (CheckpointFault?)null;
                if (fault is { } found)
                {
                    return new BadCheckpoint(c.File, c.Line, c.EntryId, found);
                }
            }

            return null;
        }
    }
}
