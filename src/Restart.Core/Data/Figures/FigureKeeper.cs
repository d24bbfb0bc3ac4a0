using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Restart.Core.Domain;

namespace Restart.Core.Data.Figures;

/// <summary>
/// Keeps <see cref="DailyFigure"/> equal to the sum of every case's <see cref="CaseFigures.Of"/> on every save of the
/// context, as <see cref="PlaceCounters"/> keeps places: for the cases whose rows the save touches, the contribution
/// counted from the database before the save is subtracted and the one counted after it added, one upsert per
/// changed cell, in the save's transaction (ADR 0026).
/// </summary>
internal static class FigureKeeper
{
    /// <summary>The case properties a figure depends on (besides its timeline and follow-ups).</summary>
    private static readonly string[] CaseProperties =
        [nameof(Case.RegionalOfficeId), nameof(Case.SubmittedAt), nameof(Case.Track), nameof(Case.BusinessSigunguCode), nameof(Case.AssignedCounselorId)];

    private const int Chunk = 500;

    /// <summary>The cases whose figures the pending save may change.</summary>
    internal static HashSet<Guid> Touched(ChangeTracker tracker)
    {
        var touched = new HashSet<Guid>();
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case Case c when entry.State is EntityState.Added or EntityState.Deleted
                    || (entry.State == EntityState.Modified && CaseProperties.Any(p => entry.Property(p).IsModified)):
                    touched.Add(c.Id);
                    break;
                case CaseEvent e when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    touched.Add(e.CaseId);
                    break;
                case CaseFollowUp f when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    touched.Add(f.CaseId);
                    break;
            }
        }

        return touched;
    }

    /// <summary>The figures of these cases as the database holds them now (in the current transaction).</summary>
    internal static async Task<Dictionary<FigureCell, int>> CountAsync(RestartDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var sum = new Dictionary<FigureCell, int>();
        foreach (var chunk in caseIds.Chunk(Chunk))
        {
            var cases = await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id) && c.RegionalOfficeId != null)
                .Select(c => new CaseRow(c.Id, c.RegionalOfficeId, c.SubmittedAt, c.Track, c.BusinessSigunguCode, c.AssignedCounselorId))
                .ToListAsync(cancellationToken);
            if (cases.Count == 0)
            {
                continue;
            }

            var ids = cases.Select(c => c.Id).ToArray();
            var events = await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId))
                .Select(e => new EventRow(e.CaseId, e.Id, e.At, e.From, e.To)).ToListAsync(cancellationToken);
            var followUps = await db.CaseFollowUps.AsNoTracking().Where(f => ids.Contains(f.CaseId) && f.Month == 6)
                .Select(f => new FollowUpRow(f.CaseId, f.Month, f.RecordedAt, f.StillWorking)).ToListAsync(cancellationToken);
            CaseFigures.Sum(cases, events.ToLookup(e => e.CaseId), followUps.ToLookup(f => f.CaseId), sum);
        }

        return sum;
    }

    /// <summary>Adds <paramref name="after"/> and takes away <paramref name="before"/>, touching only the cells that change.</summary>
    internal static Task ApplyAsync(RestartDbContext db, Dictionary<FigureCell, int> before, Dictionary<FigureCell, int> after, CancellationToken cancellationToken)
    {
        var deltas = new Dictionary<FigureCell, int>(after);
        foreach (var (cell, count) in before)
        {
            deltas[cell] = deltas.GetValueOrDefault(cell) - count;
        }

        return UpsertAsync(db, [.. deltas.Where(d => d.Value != 0)], cancellationToken);
    }

    /// <summary><c>Count = Count + delta</c> per cell, the row made when missing; atomic per row on every engine.</summary>
    internal static async Task UpsertAsync(RestartDbContext db, IReadOnlyList<KeyValuePair<FigureCell, int>> deltas, CancellationToken cancellationToken)
    {
        var sqlServer = db.Database.IsSqlServer();
        var sqlite = db.Database.IsSqlite();
        // Ordered, so two transactions touching the same cells lock them in the same order.
        var ordered = deltas.OrderBy(d => d.Key.OfficeId).ThenBy(d => d.Key.Metric).ThenBy(d => d.Key.Day).ThenBy(d => d.Key.Dimension, StringComparer.Ordinal).ToList();
        // At most 400 cells a statement: under SQL Server's 2,100 parameters and SQLite's limits.
        foreach (var batch in ordered.Chunk(400))
        {
            var values = new StringBuilder();
            var parameters = new List<object>(batch.Length * 5);
            foreach (var (cell, delta) in batch)
            {
                var p = parameters.Count;
                values.Append(values.Length == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}})");
                parameters.Add(sqlite ? cell.OfficeId.ToString().ToUpperInvariant() : cell.OfficeId);
                parameters.Add((int)cell.Metric);
                parameters.Add(sqlite ? cell.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : sqlServer ? cell.Day.ToDateTime(TimeOnly.MinValue) : cell.Day);
                parameters.Add(cell.Dimension);
                parameters.Add(delta);
            }

            var sql = sqlServer
                ? $"""
                   MERGE [DailyFigures] WITH (HOLDLOCK) AS t
                   USING (VALUES {values}) AS s ([OfficeId], [Metric], [Day], [Dimension], [Count])
                   ON t.[OfficeId] = s.[OfficeId] AND t.[Metric] = s.[Metric] AND t.[Day] = s.[Day] AND t.[Dimension] = s.[Dimension]
                   WHEN MATCHED THEN UPDATE SET [Count] = t.[Count] + s.[Count]
                   WHEN NOT MATCHED THEN INSERT ([OfficeId], [Metric], [Day], [Dimension], [Count]) VALUES (s.[OfficeId], s.[Metric], s.[Day], s.[Dimension], s.[Count]);
                   """
                : $"""
                   INSERT INTO "DailyFigures" ("OfficeId", "Metric", "Day", "Dimension", "Count") VALUES {values}
                   ON CONFLICT ("OfficeId", "Metric", "Day", "Dimension") DO UPDATE SET "Count" = "DailyFigures"."Count" + excluded."Count"
                   """;
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }

    /// <summary>
    /// Empties the table and counts it again from every case's rows, in the caller's transaction: after the migration
    /// that adds it (its marker row) and on demand (<c>--rebuild-figures</c>), the repair tool if the table were ever doubted.
    /// </summary>
    internal static async Task<int> RebuildAsync(RestartDbContext db, CancellationToken cancellationToken)
    {
        // Writers wait until the table is counted again (on SQLite the delete's write lock already makes them wait), and a
        // save that read its case before then applies its change on top, so none is lost nor counted twice.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"DailyFigures\" IN EXCLUSIVE MODE", cancellationToken);
        }
        else if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT TOP 0 1 FROM [DailyFigures] WITH (TABLOCKX, HOLDLOCK)", cancellationToken);
        }

        await db.DailyFigures.ExecuteDeleteAsync(cancellationToken);
        var ids = await db.Cases.AsNoTracking().Where(c => c.RegionalOfficeId != null).Select(c => c.Id).ToListAsync(cancellationToken);
        var sum = new Dictionary<FigureCell, int>();
        foreach (var page in ids.Chunk(5000))
        {
            foreach (var (cell, count) in await CountAsync(db, page, cancellationToken))
            {
                sum[cell] = sum.GetValueOrDefault(cell) + count;
            }
        }

        await UpsertAsync(db, [.. sum], cancellationToken);
        return ids.Count;
    }
}
