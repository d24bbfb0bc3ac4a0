using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.AccessLog;

/// <summary>Walks the hash chain of the access log and names the first entry that was altered or follows a removed one.</summary>
public static class VerifyAccessLog
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Report>>;

    public sealed record Report(int Checked, long? FirstBrokenId);

    internal sealed class Handler(RestartDbContext db) : IRequestHandler<Query, Result<Report>>
    {
        private const int Batch = 1000;

        public async Task<Result<Report>> Handle(Query request, CancellationToken cancellationToken)
        {
            var previous = AccessLogChain.Genesis;
            var lastId = 0L;
            var count = 0;
            while (true)
            {
                var batch = await db.AccessLog.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
                foreach (var entry in batch)
                {
                    if (!AccessLogChain.IsIntact(entry, previous))
                    {
                        return new Report(count, entry.Id);
                    }

                    previous = entry.Hash;
                    lastId = entry.Id;
                    count++;
                }

                if (batch.Count < Batch)
                {
                    return new Report(count, null);
                }
            }
        }
    }
}
