using Microsoft.Data.Sqlite;

namespace Restart.Benchmarks;

/// <summary>
/// Writes the outcome benchmark's data with bulk SQL on a migrated SQLite file, in seconds rather than the hours the
/// domain would take: <c>cases</c> submitted cases over 2024–2026 at any hour, a fifth of them in Seoul (the largest
/// office, 200,000 at a million) and the rest spread over the other offices; each walked 1–8 steps along the lifecycle
/// (submitted → review → eligible → assigned → plan → service → placed or founded → follow-up, about five timeline
/// entries a case, days to weeks apart); the 6-month follow-up recorded for the cases that reached follow-up; most cases
/// closed some weeks after their last step, as offices close them, so the active caseloads are months deep. The daily
/// figures are then counted from those rows in SQL by the definitions of <c>CaseFigures.Of</c> (the benchmark's set-up
/// checks the result against the count from the rows). The referrals of the planned cases, and the agencies, companies and
/// offers they go to, are <see cref="OutcomeReferrals"/>'. Deterministic: the same size writes the same rows.
/// </summary>
internal static class OutcomeVolume
{
    public static async Task<string> WriteAsync(string connectionString, int cases)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await RunAsync(connection, "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; PRAGMA temp_store = MEMORY;");
        await RunAsync(connection, $"""
            BEGIN;
            CREATE TEMP TABLE others AS SELECT row_number() OVER (ORDER BY Code) - 1 AS k, Id FROM RegionalOffices WHERE Code <> 'SEOUL';
            CREATE TEMP TABLE gen AS
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {cases} - 1),
            h AS (SELECT i, (i * 2654435761) % 4294967296 AS h FROM n)
            SELECT i,
                printf('%08X-0000-4000-8000-%012X', i, i) AS Id,
                CASE WHEN i % 5 = 0 THEN (SELECT Id FROM RegionalOffices WHERE Code = 'SEOUL') ELSE (SELECT Id FROM others WHERE k = i % (SELECT COUNT(*) FROM others)) END AS Office,
                datetime('2024-01-01', '+' || (h % (3 * 365 * 24 * 60)) || ' minutes') AS Submitted,
                min(8, 1 + (h / 7) % 8 + (h / 64) % 2) AS Steps,
                1440 + (h / 512) % (20 * 1440) AS Gap,
                1 + (h / 3) % 3 AS Track,
                CASE (h / 11) % 9 WHEN 0 THEN NULL WHEN 1 THEN '11200' WHEN 2 THEN '11680' WHEN 3 THEN '11110' WHEN 4 THEN '11140'
                    WHEN 5 THEN '11170' WHEN 6 THEN '11215' WHEN 7 THEN '11230' ELSE '11260' END AS Sigungu,
                CASE WHEN min(8, 1 + (h / 7) % 8 + (h / 64) % 2) >= 4 THEN 'bench-counselor-' || ((h / 13) % 40) END AS Counselor
            FROM h;
            CREATE TEMP TABLE path (k INTEGER PRIMARY KEY, "From" INTEGER, "To" INTEGER);
            INSERT INTO path VALUES (0, 0, 1), (1, 1, 2), (2, 2, 4), (3, 4, 6), (4, 6, 7), (5, 7, 8), (6, 8, 9), (7, 9, 11);
            INSERT INTO Cases (Id, ApplicantUserId, CreatedAt, SavedStep, Status, StatusChangedAt, UpdatedAt, Version, RegionalOfficeId, SubmittedAt, Number, Track, BusinessSigunguCode, AssignedCounselorId)
            SELECT g.Id, 'bench-applicant', g.Submitted, 6,
                CASE WHEN p."To" >= 9 AND g.Track = 2 AND p."To" = 9 THEN 10 ELSE p."To" END,
                datetime(g.Submitted, '+' || ((g.Steps - 1) * g.Gap) || ' minutes'), g.Submitted, g.Id, g.Office, g.Submitted,
                printf('B-%07d', g.i), g.Track, g.Sigungu, g.Counselor
            FROM gen g JOIN path p ON p.k = g.Steps - 1;
            INSERT INTO CaseEvents (CaseId, At, "From", "To", ActorUserId, Reason, ReasonCode)
            SELECT g.Id, datetime(g.Submitted, '+' || (p.k * g.Gap) || ' minutes'),
                CASE WHEN p."From" = 9 AND g.Track = 2 THEN 10 ELSE p."From" END,
                CASE WHEN p."To" = 9 AND g.Track = 2 THEN 10 ELSE p."To" END, 'bench-counselor', '', NULL
            FROM gen g JOIN path p ON p.k < g.Steps ORDER BY g.i, p.k;
            INSERT INTO CaseFollowUps (Id, CaseId, Month, DueOn, RecordedAt, StillWorking)
            SELECT printf('%08X-6666-4000-8000-%012X', g.i, g.i), g.Id, 6, date(g.Submitted, '+' || (7 * g.Gap) || ' minutes', '+6 months'),
                datetime(g.Submitted, '+' || (7 * g.Gap) || ' minutes'), g.i % 4 <> 0
            FROM gen g WHERE g.Steps = 8;
            -- Offices close a case some weeks after its last step (placed, followed up, or out of touch), so an office
            -- holds a few months of applicants, not three years: close at the last step + 14 to 60 days when that falls
            -- before the data's "now" (2026-12-01, fixed so the same size writes the same rows), except one case in a hundred
            -- left open (the long tail a real office has). Closed by staff, with the closing entry on the timeline.
            CREATE TEMP TABLE closing AS
            SELECT g.Id, g.Counselor, datetime(g.Submitted, '+' || ((g.Steps - 1) * g.Gap + 20160 + (g.i * 7919) % 66240) || ' minutes') AS At,
                CASE WHEN p."To" = 9 AND g.Track = 2 THEN 10 ELSE p."To" END AS "From", CASE WHEN g.Steps >= 7 THEN 1 ELSE 3 END AS Closure
            FROM gen g JOIN path p ON p.k = g.Steps - 1
            WHERE g.i % 100 <> 0 AND datetime(g.Submitted, '+' || ((g.Steps - 1) * g.Gap + 20160 + (g.i * 7919) % 66240) || ' minutes') < '2026-12-01';
            INSERT INTO CaseEvents (CaseId, At, "From", "To", ActorUserId, Reason, ReasonCode, ReasonArguments)
            SELECT Id, At, "From", 12, coalesce(Counselor, 'bench-counselor'), '', 18,
                CASE Closure WHEN 1 THEN '["@CaseClosure.Success"]' ELSE '["@CaseClosure.NoContact"]' END FROM closing ORDER BY Id;
            UPDATE Cases SET Status = 12, Closure = closing.Closure, StatusChangedAt = closing.At, UpdatedAt = closing.At
            FROM closing WHERE closing.Id = Cases.Id;
            COMMIT;
            """);
        await OutcomeReferrals.WriteAsync(connection);
        await CountFiguresAsync(connection);
        return $"{await ScalarAsync(connection, "SELECT COUNT(*) FROM Cases")} cases, {await ScalarAsync(connection, "SELECT COUNT(*) FROM CaseEvents")} timeline entries, "
            + $"{await ScalarAsync(connection, "SELECT COUNT(*) FROM Cases WHERE Status = 12")} closed, {await ScalarAsync(connection, "SELECT COUNT(*) FROM DailyFigures")} daily figures, "
            + $"{await ScalarAsync(connection, "SELECT COUNT(*) FROM Referrals")} referrals ({await ScalarAsync(connection, "SELECT COUNT(*) FROM ReferralSteps")} steps) "
            + $"to {await ScalarAsync(connection, "SELECT COUNT(*) FROM Programmes")} programmes of {await ScalarAsync(connection, "SELECT COUNT(*) FROM Agencies")} agencies "
            + $"and {await ScalarAsync(connection, "SELECT COUNT(*) FROM JobPosts")} posts of {await ScalarAsync(connection, "SELECT COUNT(*) FROM Companies")} companies";
    }

    /// <summary>The daily figures of every case, by the definitions of <c>CaseFigures.Of</c>, in Korean days (UTC+9, no summer time since 1988).</summary>
    private static Task CountFiguresAsync(SqliteConnection connection) => RunAsync(connection, """
        BEGIN;
        DELETE FROM DailyFigures;
        CREATE TEMP TABLE reached AS
            SELECT CaseId, max("To" IN (4, 6, 7, 8, 9, 10, 11)) AS e, max("To" IN (7, 8, 9, 10, 11)) AS p, max("To" IN (8, 9, 10, 11)) AS s, max("To" IN (9, 10, 11)) AS o
            FROM CaseEvents GROUP BY CaseId;
        CREATE TEMP TABLE cohort AS
            SELECT c.RegionalOfficeId AS Office, date(c.SubmittedAt, '+9 hours') AS Day, r.e, r.p, r.s, r.o,
                EXISTS (SELECT 1 FROM CaseFollowUps f WHERE f.CaseId = c.Id AND f.Month = 6 AND f.RecordedAt IS NOT NULL) AS f
            FROM Cases c LEFT JOIN reached r ON r.CaseId = c.Id WHERE c.RegionalOfficeId IS NOT NULL AND c.SubmittedAt IS NOT NULL;
        INSERT INTO DailyFigures (OfficeId, Metric, Day, Dimension, Count)
            SELECT Office, 1, Day, '', COUNT(*) FROM cohort GROUP BY Office, Day
            UNION ALL SELECT Office, 2, Day, '', SUM(e) FROM cohort GROUP BY Office, Day HAVING SUM(e) > 0
            UNION ALL SELECT Office, 3, Day, '', SUM(p) FROM cohort GROUP BY Office, Day HAVING SUM(p) > 0
            UNION ALL SELECT Office, 4, Day, '', SUM(s) FROM cohort GROUP BY Office, Day HAVING SUM(s) > 0
            UNION ALL SELECT Office, 5, Day, '', SUM(o) FROM cohort GROUP BY Office, Day HAVING SUM(o) > 0
            UNION ALL SELECT Office, 6, Day, '', SUM(f) FROM cohort GROUP BY Office, Day HAVING SUM(f) > 0;
        CREATE TEMP TABLE outcomes AS
            SELECT c.RegionalOfficeId AS Office, e."To" AS Status, date(e.At, '+9 hours') AS Day, coalesce(CAST(c.Track AS TEXT), '') AS Track,
                coalesce(c.BusinessSigunguCode, '') AS Sigungu, c.AssignedCounselorId AS Counselor
            FROM CaseEvents e JOIN Cases c ON c.Id = e.CaseId
            WHERE e."To" IN (9, 10) AND e."From" <> e."To" AND c.RegionalOfficeId IS NOT NULL;
        INSERT INTO DailyFigures (OfficeId, Metric, Day, Dimension, Count)
            SELECT Office, CASE Status WHEN 9 THEN 10 ELSE 11 END, Day, Track, COUNT(*) FROM outcomes GROUP BY Office, Status, Day, Track
            UNION ALL SELECT Office, CASE Status WHEN 9 THEN 12 ELSE 13 END, Day, Sigungu, COUNT(*) FROM outcomes GROUP BY Office, Status, Day, Sigungu
            UNION ALL SELECT Office, 14, Day, Counselor, COUNT(*) FROM outcomes WHERE Counselor IS NOT NULL GROUP BY Office, Day, Counselor;
        INSERT INTO DailyFigures (OfficeId, Metric, Day, Dimension, Count)
            SELECT c.RegionalOfficeId, 7, date(f.RecordedAt, '+9 hours'), '', COUNT(*)
            FROM CaseFollowUps f JOIN Cases c ON c.Id = f.CaseId
            WHERE f.Month = 6 AND f.RecordedAt IS NOT NULL AND c.RegionalOfficeId IS NOT NULL GROUP BY 1, 3
            UNION ALL SELECT c.RegionalOfficeId, 8, date(f.RecordedAt, '+9 hours'), '', COUNT(*)
            FROM CaseFollowUps f JOIN Cases c ON c.Id = f.CaseId
            WHERE f.Month = 6 AND f.RecordedAt IS NOT NULL AND f.StillWorking = 1 AND c.RegionalOfficeId IS NOT NULL GROUP BY 1, 3;
        INSERT INTO DailyFigures (OfficeId, Metric, Day, Dimension, Count)
            SELECT c.RegionalOfficeId, 100 + t."From", date(t.At, '+9 hours'),
                CAST(CAST(julianday(date(t.At, '+9 hours')) - julianday(date(t.Entered, '+9 hours')) AS INTEGER) AS TEXT), COUNT(*)
            FROM (SELECT CaseId, At, "From", lag(At) OVER (PARTITION BY CaseId ORDER BY Id) AS Entered FROM CaseEvents WHERE "From" <> "To") t
            JOIN Cases c ON c.Id = t.CaseId
            WHERE t.Entered IS NOT NULL AND t."From" <> 0 AND c.RegionalOfficeId IS NOT NULL
            GROUP BY 1, 2, 3, 4;
        COMMIT;
        """);

    public static async Task<Guid> LargestOfficeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return Guid.Parse((string)(await ScalarAsync(connection, "SELECT Id FROM RegionalOffices WHERE Code = 'SEOUL'"))!);
    }

    /// <summary>The agency and the company with the most referrals made in 2025, the year the benchmarks read.</summary>
    public static async Task<(Guid Agency, Guid Company)> BusiestAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        const string Busiest = "SELECT {0} FROM Referrals WHERE {0} IS NOT NULL AND CreatedAt >= '2025-01-01' AND CreatedAt < '2026-01-01' GROUP BY {0} ORDER BY COUNT(*) DESC, {0} LIMIT 1";
        return (Guid.Parse((string)(await ScalarAsync(connection, string.Format(System.Globalization.CultureInfo.InvariantCulture, Busiest, "AgencyId")))!),
            Guid.Parse((string)(await ScalarAsync(connection, string.Format(System.Globalization.CultureInfo.InvariantCulture, Busiest, "CompanyId")))!));
    }

    private static async Task RunAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
