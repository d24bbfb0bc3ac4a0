using System.Collections.Concurrent;
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
        var ascending = sort == Sort.Waiting ^ backwards;
        if (from is { } c)
        {
            var (at, number) = (c.At, c.Number);
            cases = (sort == Sort.Submitted, ascending) switch
            {
                (false, true) => cases.Where(x => x.StatusChangedAt > at || (x.StatusChangedAt == at && string.Compare(x.Number, number) > 0)),
                (false, false) => cases.Where(x => x.StatusChangedAt < at || (x.StatusChangedAt == at && string.Compare(x.Number, number) < 0)),
                (true, true) => cases.Where(x => x.SubmittedAt > at || (x.SubmittedAt == at && string.Compare(x.Number, number) > 0)),
                (true, false) => cases.Where(x => x.SubmittedAt < at || (x.SubmittedAt == at && string.Compare(x.Number, number) < 0)),
            };
        }

        return (sort == Sort.Submitted, ascending) switch
        {
            (false, true) => cases.OrderBy(x => x.StatusChangedAt).ThenBy(x => x.Number),
            (false, false) => cases.OrderByDescending(x => x.StatusChangedAt).ThenByDescending(x => x.Number),
            (true, true) => cases.OrderBy(x => x.SubmittedAt).ThenBy(x => x.Number),
            (true, false) => cases.OrderByDescending(x => x.SubmittedAt).ThenByDescending(x => x.Number),
        };
    }

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

    /// <summary>
    /// The page of the queue's everyday views — one status or every open case; one counselor, the unassigned or everyone;
    /// a sort; from a position or the start — compiled by EF once per shape (48 at most) rather than translated from a new
    /// expression tree on every view, which cost a tenth of the page (the tree's parameters extracted, the query cache
    /// searched by comparing trees). The query is the one <see cref="Ordered"/> and <see cref="Project"/> make of
    /// <see cref="Filtered"/>, with the same SQL, so the same indexes; a filter beyond status and counselor (track, days
    /// waiting, a search) goes through that composed query instead.
    /// </summary>
    internal static class CompiledPage
    {
        private enum Who { Everyone, Unassigned, One }

        private readonly record struct Shape(bool OneStatus, Who Counselor, bool BySubmitted, bool Ascending, bool FromCursor);

        private static readonly ConcurrentDictionary<Shape, Func<RestartDbContext, Guid, CaseStatus, string?, DateTime, string?, IAsyncEnumerable<Item>>> Reads = new();

        public static async Task<List<Item>> ReadAsync(RestartDbContext db, Filter filter, StaffMember staff, Cursor? from, bool backwards, CancellationToken cancellationToken)
        {
            var (who, counselorId) = filter.Counselor switch
            {
                null or "" => (Who.Everyone, null),
                "mine" => (Who.One, staff.UserId),
                "none" => (Who.Unassigned, null),
                var colleague => (Who.One, colleague),
            };
            var shape = new Shape(filter.Status is not null, who, filter.Sort == Sort.Submitted, filter.Sort == Sort.Waiting ^ backwards, from is not null);
            var read = Reads.GetOrAdd(shape, Compile);
            var rows = new List<Item>(PageSize + 1);
            await foreach (var row in read(db, staff.OfficeId, filter.Status ?? default, counselorId, from?.At ?? default, from?.Number).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }

            return rows;
        }

        /// <summary>Builds the shape's query from the same pieces as the composed one, each value a parameter of the compiled query.</summary>
        private static Func<RestartDbContext, Guid, CaseStatus, string?, DateTime, string?, IAsyncEnumerable<Item>> Compile(Shape shape)
        {
            var db = Expression.Parameter(typeof(RestartDbContext), "db");
            var office = Expression.Parameter(typeof(Guid), "office");
            var status = Expression.Parameter(typeof(CaseStatus), "status");
            var counselor = Expression.Parameter(typeof(string), "counselor");
            var at = Expression.Parameter(typeof(DateTime), "at");
            var number = Expression.Parameter(typeof(string), "number");

            var cases = Inline((RestartDbContext d) => d.Cases.AsNoTracking(), db);
            cases = Inline((IQueryable<Case> q, Guid o) => q.Where(c => c.RegionalOfficeId == o), cases, office);
            cases = shape.OneStatus
                ? Inline((IQueryable<Case> q, CaseStatus s) => q.Where(c => c.Status == s), cases, status)
                : Inline((IQueryable<Case> q) => q.Where(c => !CaseLifecycle.NotActive.Contains(c.Status)), cases);
            cases = shape.Counselor switch
            {
                Who.One => Inline((IQueryable<Case> q, string? id) => q.Where(c => c.AssignedCounselorId == id), cases, counselor),
                Who.Unassigned => Inline((IQueryable<Case> q) => q.Where(c => c.AssignedCounselorId == null), cases),
                _ => cases,
            };
            if (shape.FromCursor)
            {
                cases = (shape.BySubmitted, shape.Ascending) switch
                {
                    (false, true) => Inline((IQueryable<Case> q, DateTime a, string n) => q.Where(x => x.StatusChangedAt > a || (x.StatusChangedAt == a && string.Compare(x.Number, n) > 0)), cases, at, number),
                    (false, false) => Inline((IQueryable<Case> q, DateTime a, string n) => q.Where(x => x.StatusChangedAt < a || (x.StatusChangedAt == a && string.Compare(x.Number, n) < 0)), cases, at, number),
                    (true, true) => Inline((IQueryable<Case> q, DateTime a, string n) => q.Where(x => x.SubmittedAt > a || (x.SubmittedAt == a && string.Compare(x.Number, n) > 0)), cases, at, number),
                    (true, false) => Inline((IQueryable<Case> q, DateTime a, string n) => q.Where(x => x.SubmittedAt < a || (x.SubmittedAt == a && string.Compare(x.Number, n) < 0)), cases, at, number),
                };
            }

            cases = (shape.BySubmitted, shape.Ascending) switch
            {
                (false, true) => Inline((IQueryable<Case> q) => q.OrderBy(x => x.StatusChangedAt).ThenBy(x => x.Number), cases),
                (false, false) => Inline((IQueryable<Case> q) => q.OrderByDescending(x => x.StatusChangedAt).ThenByDescending(x => x.Number), cases),
                (true, true) => Inline((IQueryable<Case> q) => q.OrderBy(x => x.SubmittedAt).ThenBy(x => x.Number), cases),
                (true, false) => Inline((IQueryable<Case> q) => q.OrderByDescending(x => x.SubmittedAt).ThenByDescending(x => x.Number), cases),
            };
            var page = Inline((IQueryable<Item> q) => q.Take(PageSize + 1), Inline(Projection, db, cases));
            var query = Expression.Lambda<Func<RestartDbContext, Guid, CaseStatus, string?, DateTime, string?, IQueryable<Item>>>(page, db, office, status, counselor, at, number);
            return EF.CompileAsyncQuery(query);
        }

        /// <summary>A piece's body with its parameters replaced by the query so far and the compiled query's own parameters.</summary>
        internal static Expression Inline(LambdaExpression piece, params Expression[] arguments) =>
            new Substitution(piece.Parameters, arguments).Visit(piece.Body);

        private sealed class Substitution(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> arguments) : ExpressionVisitor
        {
            protected override Expression VisitParameter(ParameterExpression node)
            {
                for (var i = 0; i < parameters.Count; i++)
                {
                    if (parameters[i] == node)
                    {
                        return arguments[i];
                    }
                }

                return node;
            }
        }
    }

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
