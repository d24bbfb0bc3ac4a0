using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.AccessLog;

/// <summary>
/// The personal-data access log, newest first, optionally for one subject. Read-only: no use case edits it.
/// It grows with every view of a person's data, so it is never counted: pages are read by position
/// (entries older than one id, or newer than another), each one range of the primary key or of
/// (Subject, Id).
/// </summary>
public static class ListAccessLog
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Slice<Item>>>, IPersonalDataRequest
    {
        public string? Subject { get; set; }

        /// <summary>Entries older than this id (the next page back).</summary>
        public long? Before { get; set; }

        /// <summary>Entries newer than this id (the page before, towards the newest).</summary>
        public long? After { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "access-log";
    }

    public sealed record Item(long Id, DateTime At, string? Actor, string? IpAddress, string Subject, PersonalDataAction Action, string Operation, string Outcome);

    internal sealed class Handler(RestartDbContext db) : IRequestHandler<Query, Result<Slice<Item>>>
    {
        private const int PageSize = PagingExtensions.DefaultPageSize;

        public async Task<Result<Slice<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var entries = db.AccessLog.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.Subject))
            {
                var subject = request.Subject.Trim();
                entries = entries.Where(e => e.Subject == subject);
            }

            if (request.After is { } after)
            {
                var newer = await Project(entries.Where(e => e.Id > after).OrderBy(e => e.Id)).Take(PageSize + 1).ToListAsync(cancellationToken);
                var page = newer.Take(PageSize).Reverse().ToList();
                return new Slice<Item>(page, newer.Count > PageSize ? page[0].Id : null, page.Count > 0 ? page[^1].Id : after + 1);
            }

            if (request.Before is { } before)
            {
                entries = entries.Where(e => e.Id < before);
            }

            var older = await Project(entries.OrderByDescending(e => e.Id)).Take(PageSize + 1).ToListAsync(cancellationToken);
            var items = older.Take(PageSize).ToList();
            return new Slice<Item>(items, request.Before is null || items.Count == 0 ? null : items[0].Id, older.Count > PageSize ? items[^1].Id : null);
        }

        private IQueryable<Item> Project(IQueryable<AccessLogEntry> entries) =>
            entries.Select(e => new Item(e.Id, e.At, db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.Email).FirstOrDefault(),
                e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome));
    }
}
