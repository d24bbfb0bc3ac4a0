using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.AccessLog;

/// <summary>The personal-data access log, newest first, optionally for one subject. Read-only: no use case edits it.</summary>
public static class ListAccessLog
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IPersonalDataRequest
    {
        public string? Subject { get; set; }
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "access-log";
    }

    public sealed record Item(long Id, DateTime At, string? Actor, string? IpAddress, string Subject, PersonalDataAction Action, string Operation, string Outcome);

    internal sealed class Handler(RestartDbContext db) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var entries = db.AccessLog.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.Subject))
            {
                var subject = request.Subject.Trim();
                entries = entries.Where(e => e.Subject == subject);
            }

            return await entries
                .OrderByDescending(e => e.Id)
                .Select(e => new Item(e.Id, e.At, db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.Email).FirstOrDefault(),
                    e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome))
                .ToPagedAsync(request.Page, cancellationToken);
        }
    }
}
