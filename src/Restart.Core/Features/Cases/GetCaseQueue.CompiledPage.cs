using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

public static partial class GetCaseQueue
{
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

        /// <summary>
        /// One compiled query per model and shape: EF binds a compiled query to the model it first ran with, and one process can
        /// hold several (the tests run SQLite and PostgreSQL side by side; a host could serve two databases).
        /// </summary>
        private static readonly ConcurrentDictionary<(IModel Model, Shape Shape), Func<RestartDbContext, Guid, CaseStatus, string?, DateTime, string?, IAsyncEnumerable<Item>>> Reads = new();

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
            var read = Reads.GetOrAdd((db.Model, shape), static key => Compile(key.Shape));
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
                cases = Inline(After(shape.BySubmitted, shape.Ascending), cases, at, number);
            }

            cases = Inline(InOrder(shape.BySubmitted, shape.Ascending), cases);
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
}
