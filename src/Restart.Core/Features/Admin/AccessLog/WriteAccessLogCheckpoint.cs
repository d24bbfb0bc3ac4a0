using MediatR;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.AccessLog;

/// <summary>
/// Signs the access log's newest entry now and appends the checkpoint to today's file, beside the one the
/// daily job writes (ADR 0022): an administrator takes one before and after a backup, or after an incident.
/// </summary>
public static class WriteAccessLogCheckpoint
{
    [SentBy(Roles.Administrator)]
    public sealed class Command : ICommand<Result<AccessLogCheckpoints.Checkpoint>>;

    internal sealed class Handler(RestartDbContext db, AccessLogCheckpoints checkpoints) : IRequestHandler<Command, Result<AccessLogCheckpoints.Checkpoint>>
    {
        public async Task<Result<AccessLogCheckpoints.Checkpoint>> Handle(Command request, CancellationToken cancellationToken) =>
            await checkpoints.WriteAsync(db, cancellationToken);
    }
}
