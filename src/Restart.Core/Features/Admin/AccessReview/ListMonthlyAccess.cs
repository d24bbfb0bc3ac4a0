using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.AccessReview;

/// <summary>
/// The privacy officer's monthly check (개인정보의 안전성 확보조치 기준 §8): for one month (Korean time), who viewed,
/// downloaded or exported whose data, with the reasons they gave, newest first and read by position like the
/// access log; and the reviews already recorded for that month (ReviewAccessMonth).
/// </summary>
public static class ListMonthlyAccess
{
    public static readonly PersonalDataAction[] Reads = [PersonalDataAction.View, PersonalDataAction.Download, PersonalDataAction.Export];

    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Month>>, IPersonalDataRequest
    {
        /// <summary>yyyy-MM; the current month when empty.</summary>
        public string? Month { get; set; }

        public long? Before { get; set; }

        public long? After { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "access-log:" + (Month is { Length: > 7 } m ? m[..7] : Month ?? "");
    }

    public sealed record Item(long Id, DateTime At, string? Actor, string? IpAddress, string Subject, PersonalDataAction Action, string Operation, string Outcome, string? Reason);

    public sealed record Review(DateTime At, string? Reviewer, string? Note);

    public sealed record Month(string Value, Slice<Item> Entries, IReadOnlyList<Review> Reviews);

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Month>>
    {
        private const int PageSize = PagingExtensions.DefaultPageSize;

        public async Task<Result<Month>> Handle(Query request, CancellationToken cancellationToken)
        {
            var month = ReviewAccessMonth.TryParse(request.Month, out var first) ? first : FirstOfKoreanMonth(clock);
            var (from, until) = ReviewAccessMonth.UtcRange(month);
            var entries = db.AccessLog.AsNoTracking().Where(e => e.At >= from && e.At < until && Reads.Contains(e.Action));

            Slice<Item> slice;
            if (request.After is { } after)
            {
                var newer = await Project(entries.Where(e => e.Id > after).OrderBy(e => e.Id)).Take(PageSize + 1).ToListAsync(cancellationToken);
                var page = newer.Take(PageSize).Reverse().ToList();
                slice = new Slice<Item>(page, newer.Count > PageSize ? page[0].Id : null, page.Count > 0 ? page[^1].Id : after + 1);
            }
            else
            {
                var older = await Project((request.Before is { } before ? entries.Where(e => e.Id < before) : entries).OrderByDescending(e => e.Id))
                    .Take(PageSize + 1).ToListAsync(cancellationToken);
                var items = older.Take(PageSize).ToList();
                slice = new Slice<Item>(items, request.Before is null || items.Count == 0 ? null : items[0].Id, older.Count > PageSize ? items[^1].Id : null);
            }

            var subject = ReviewAccessMonth.SubjectOf(ReviewAccessMonth.Format(month));
            var reviews = await db.AccessLog.AsNoTracking()
                .Where(e => e.Subject == subject && e.Operation == ReviewAccessMonth.Operation && e.Outcome == "Ok")
                .OrderByDescending(e => e.Id)
                .Select(e => new Review(e.At, db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.Email).FirstOrDefault(), e.Reason))
                .ToListAsync(cancellationToken);
            return new Month(ReviewAccessMonth.Format(month), slice, reviews);
        }

        private static DateOnly FirstOfKoreanMonth(TimeProvider clock)
        {
            var today = KoreanTime.ToKorean(clock.GetUtcNow().UtcDateTime);
            return new DateOnly(today.Year, today.Month, 1);
        }

        private IQueryable<Item> Project(IQueryable<AccessLogEntry> entries) =>
            entries.Select(e => new Item(e.Id, e.At, db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.Email).FirstOrDefault(),
                e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome, e.Reason));
    }
}
