using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>The person marks a notice read: it leaves their home page.</summary>
public static class ReadNotice
{
    [SentBy]
    public sealed class Command : ICommand<Result>, IOwnDataRequest
    {
        public long Id { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            // Someone else's notice is as good as none.
            var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == request.Id && n.UserId == user.UserId, cancellationToken);
            if (notice is null)
            {
                return Result.NotFound();
            }

            notice.ReadAt ??= clock.GetUtcNow().UtcDateTime;
            return Result.Ok();
        }
    }
}
