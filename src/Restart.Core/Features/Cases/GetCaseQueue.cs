using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// The office's case queue (/Staff/Cases): filtered by status, counselor, track, days waiting and a name or
/// case number, sorted, read 50 at a time by position (keyset), with the count of cases in each status.
/// </summary>
public static partial class GetCaseQueue
{
    public const int PageSize = 50;

    public enum Sort
    {
        /// <summary>Longest in their current status first: what needs attention.</summary>
        Waiting = 0,
        /// <summary>Most recently changed first.</summary>
        Recent = 1,
        /// <summary>Newest application first.</summary>
        Submitted = 2,
    }

    /// <summary>The filters, shared with the CSV export so the file holds exactly what the screen lists.</summary>
    public class Filter
    {
        /// <summary>One status; none means every case still in progress.</summary>
        public CaseStatus? Status { get; set; }
        /// <summary>"mine", "none" (unassigned), or a colleague's user id; empty for everyone.</summary>
        public string? Counselor { get; set; }
        public Track? Track { get; set; }
        /// <summary>At least this many days in the current status.</summary>
        public int? WaitingDays { get; set; }
        /// <summary>A case number (2026-048213) or part of a name.</summary>
        public string? Search { get; set; }
        public Sort Sort { get; set; }

        /// <summary>The same filters on another request (the export of what the queue shows).</summary>
        public T As<T>() where T : Filter, new() =>
            new() { Status = Status, Counselor = Counselor, Track = Track, WaitingDays = WaitingDays, Search = Search, Sort = Sort };

        /// <summary>Filters the per-status counts do not answer: the total is counted for them.</summary>
        public bool NarrowsBeyondStatusAndCounselor => Track is not null || WaitingDays > 0 || !string.IsNullOrWhiteSpace(Search);
    }

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : Filter, IQuery<Result<Model>>, IPersonalDataRequest
    {
        /// <summary>The position to read from (a cursor from the previous page); none for the first page.</summary>
        public string? After { get; set; }
        public string? Before { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "case-queue";
    }

    public sealed record Item(Guid Id, string Number, string Name, CaseStatus Status, Track? Track, string? Counselor, DateTime SubmittedAt, DateTime StatusChangedAt);

    public sealed record Colleague(string Id, string Name);

    public sealed record Model(
        IReadOnlyList<Item> Items,
        string? Previous,
        string? Next,
        int Total,
        IReadOnlyDictionary<CaseStatus, int> Counts,
        IReadOnlyList<Colleague> Counselors,
        bool IsManager);

    [GeneratedRegex(@"^\d{4}-\d{6}$")]
    internal static partial Regex CaseNumber();

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, IMemoryCache cache, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Model>.Forbidden();
            }

            var counts = await StatusCountsAsync(staff, request.Counselor, cancellationToken);
            var page = await ReadPageAsync(request, staff, cancellationToken);
            var total = request.NarrowsBeyondStatusAndCounselor
                ? await Filtered(db, request, staff, clock).CountAsync(cancellationToken)
                : request.Status is { } status ? counts.GetValueOrDefault(status) : counts.Where(c => CaseLifecycle.IsActive(c.Key)).Sum(c => c.Value);
            // The office's counselors for the filter change with an account or two a month: read once a minute, not per view.
            var counselors = await cache.GetOrCreateAsync(("QueueCounselors", staff.OfficeId), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                return StaffCases.CounselorsOf(db, staff.OfficeId).Select(u => new Colleague(u.Id, u.DisplayName)).Take(200).ToListAsync(cancellationToken);
            });
            return new Model(page.Items, page.Previous, page.Next, total, counts, counselors!, staff.IsManager);
        }

        /// <summary>
        /// The cases per status of the office, or of one counselor there (mine, a colleague's, the unassigned).
        /// Counting reads the whole range, which every page of the queue would repeat: kept for 15 seconds, and
        /// dropped at once on this instance when its staff change a case of the office (ADR 0015).
        /// </summary>
        private Task<IReadOnlyDictionary<CaseStatus, int>> StatusCountsAsync(StaffMember staff, string? counselor, CancellationToken cancellationToken) =>
            cache.GetOrCreateAsync(staffCases.CountsKey(staff.OfficeId, counselor is "mine" ? staff.UserId : counselor), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(15);
                var rows = await ForCounselor(db.Cases.Where(c => c.RegionalOfficeId == staff.OfficeId), counselor, staff)
                    .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
                return (IReadOnlyDictionary<CaseStatus, int>)rows.ToDictionary(r => r.Key, r => r.Count);
            })!;

        private async Task<(IReadOnlyList<Item> Items, string? Previous, string? Next)> ReadPageAsync(Query request, StaffMember staff, CancellationToken cancellationToken)
        {
            var backwards = request.Before is not null;
            var cursor = Cursor.Parse(request.Before ?? request.After);
            var rows = request.NarrowsBeyondStatusAndCounselor
                ? await Project(db, Ordered(Filtered(db, request, staff, clock), request.Sort, cursor, backwards)).Take(PageSize + 1).ToListAsync(cancellationToken)
                : await CompiledPage.ReadAsync(db, request, staff, cursor, backwards, cancellationToken);
            var more = rows.Count > PageSize;
            if (more)
            {
                rows.RemoveAt(PageSize);
            }

            if (backwards)
            {
                rows.Reverse();
            }

            string? first = rows.Count > 0 ? Cursor.Of(rows[0], request.Sort) : null;
            string? last = rows.Count > 0 ? Cursor.Of(rows[^1], request.Sort) : null;
            return backwards
                ? (rows, more ? first : null, last)
                : (rows, cursor is null ? null : first, more ? last : null);
        }
    }

    /// <summary>The office's cases that pass the filters; the export reads the same.</summary>
    internal static IQueryable<Case> Filtered(RestartDbContext db, Filter filter, StaffMember staff, TimeProvider clock)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.RegionalOfficeId == staff.OfficeId);
        cases = filter.Status is { } status ? cases.Where(c => c.Status == status) : cases.WhereActive();
        cases = ForCounselor(cases, filter.Counselor, staff);
        if (filter.Track is { } track)
        {
            cases = cases.Where(c => c.Track == track);
        }

        if (filter.WaitingDays is > 0 and var days)
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
            cases = cases.Where(c => c.StatusChangedAt <= since);
        }

        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            cases = CaseNumber().IsMatch(search)
                ? cases.Where(c => c.Number == search)
                : cases.Where(c => db.ApplicantProfiles.Any(p => p.UserId == c.ApplicantUserId && p.Name.Contains(search)));
        }

        return cases;
    }

    /// <summary>"mine", "none" (unassigned), a colleague's id, or everyone.</summary>
    private static IQueryable<Case> ForCounselor(IQueryable<Case> cases, string? counselor, StaffMember staff) => counselor switch
    {
        null or "" => cases,
        "mine" => cases.Where(c => c.AssignedCounselorId == staff.UserId),
        "none" => cases.Where(c => c.AssignedCounselorId == null),
        var colleague => cases.Where(c => c.AssignedCounselorId == colleague),
    };

    /// <summary>The sort with the case number breaking ties, from a cursor onwards (or back), so each page starts where the last ended.</summary>
    internal static IQueryable<Case> Ordered(IQueryable<Case> cases, Sort sort, Cursor? from, bool backwards)
    {
        var (bySubmitted, ascending) = (sort == Sort.Submitted, sort == Sort.Waiting ^ backwards);
        var query = cases.Expression;
        if (from is { } c)
        {
            query = CompiledPage.Inline(After(bySubmitted, ascending), query, Captured(c.At), Captured(c.Number));
        }

        return cases.Provider.CreateQuery<Case>(CompiledPage.Inline(InOrder(bySubmitted, ascending), query));
    }

    /// <summary>
    /// The cases after (or, descending, before) a cursor in a sort, as a piece of a query (the queue, its compiled page), with the
    /// cursor's time and case number as its parameters.
    /// </summary>
    internal static LambdaExpression After(bool bySubmitted, bool ascending) => (bySubmitted, ascending) switch
    {
        (false, true) => (Expression<Func<IQueryable<Case>, DateTime, string, IQueryable<Case>>>)((q, a, n) => q.Where(x => x.StatusChangedAt > a || (x.StatusChangedAt == a && string.Compare(x.Number, n) > 0))),
        (false, false) => (Expression<Func<IQueryable<Case>, DateTime, string, IQueryable<Case>>>)((q, a, n) => q.Where(x => x.StatusChangedAt < a || (x.StatusChangedAt == a && string.Compare(x.Number, n) < 0))),
        (true, true) => (Expression<Func<IQueryable<Case>, DateTime, string, IQueryable<Case>>>)((q, a, n) => q.Where(x => x.SubmittedAt > a || (x.SubmittedAt == a && string.Compare(x.Number, n) > 0))),
        (true, false) => (Expression<Func<IQueryable<Case>, DateTime, string, IQueryable<Case>>>)((q, a, n) => q.Where(x => x.SubmittedAt < a || (x.SubmittedAt == a && string.Compare(x.Number, n) < 0))),
    };

    /// <summary>A sort, the case number breaking ties, as a piece of a query.</summary>
    internal static LambdaExpression InOrder(bool bySubmitted, bool ascending) => (bySubmitted, ascending) switch
    {
        (false, true) => (Expression<Func<IQueryable<Case>, IQueryable<Case>>>)(q => q.OrderBy(x => x.StatusChangedAt).ThenBy(x => x.Number)),
        (false, false) => (Expression<Func<IQueryable<Case>, IQueryable<Case>>>)(q => q.OrderByDescending(x => x.StatusChangedAt).ThenByDescending(x => x.Number)),
        (true, true) => (Expression<Func<IQueryable<Case>, IQueryable<Case>>>)(q => q.OrderBy(x => x.SubmittedAt).ThenBy(x => x.Number)),
        (true, false) => (Expression<Func<IQueryable<Case>, IQueryable<Case>>>)(q => q.OrderByDescending(x => x.SubmittedAt).ThenByDescending(x => x.Number)),
    };

    /// <summary>A value as a query reads a captured variable: a parameter of its SQL, so each cursor is not a query of its own.</summary>
    private static Expression Captured<T>(T value) => ((Expression<Func<T>>)(() => value)).Body;

    /// <summary>Only the columns the queue shows; the name and the counselor read per row of the page.</summary>
    internal static IQueryable<Item> Project(RestartDbContext db, IQueryable<Case> cases) =>
        cases.Provider.CreateQuery<Item>(CompiledPage.Inline(Projection, Expression.Constant(db), cases.Expression));

    /// <summary><see cref="Project"/> as a piece of a query, so the compiled page projects with the same expression.</summary>
    private static readonly Expression<Func<RestartDbContext, IQueryable<Case>, IQueryable<Item>>> Projection = (db, cases) => cases.Select(c => new Item(
        c.Id,
        c.Number!,
        db.ApplicantProfiles.Where(p => p.UserId == c.ApplicantUserId).Select(p => p.Name).FirstOrDefault() ?? "",
        c.Status,
        c.Track,
        db.Users.Where(u => u.Id == c.AssignedCounselorId).Select(u => u.DisplayName).FirstOrDefault(),
        c.SubmittedAt!.Value,
        c.StatusChangedAt));

    /// <summary>A position in the queue: the sort's date and the case number, as "ticks.number".</summary>
    internal readonly record struct Cursor(DateTime At, string Number)
    {
        public static Cursor? Parse(string? text) =>
            text?.Split('.') is [var ticks, var number] && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                && t is >= 0 and <= 3155378975999999999 && CaseNumber().IsMatch(number)
                ? new Cursor(new DateTime(t, DateTimeKind.Utc), number)
                : null;

        public static string Of(Item item, Sort sort) =>
            $"{(sort == Sort.Submitted ? item.SubmittedAt : item.StatusChangedAt).Ticks.ToString(CultureInfo.InvariantCulture)}.{item.Number}";
    }
}
