using Microsoft.Data.Sqlite;
using Restart.Core.Domain;

namespace Restart.Benchmarks;

/// <summary>
/// The referrals of the outcome benchmark's cases, in bulk SQL on the connection <see cref="OutcomeVolume"/> holds (its
/// temp table <c>gen</c>), so the referral dashboards (council, partner agency, employer) are measured at the same scale as
/// the office's: each office gets 20 agencies (members of its council, five programmes of them in the office's 2025 pilot)
/// with 3 programmes each and 50 companies with 3 job posts each, in the office's region; every case that reached a plan
/// gets one or two referrals (one to a job post, one to a programme) made after the plan, each step 1–3 days after the
/// one before, so a referral ends before the case is closed (14 days at the earliest after its last step). Offers are
/// picked as the minimum of two hashes, so a few agencies and companies are much busier than the rest, as in life.
/// </summary>
internal static class OutcomeReferrals
{
    private const int Agencies = 20;
    private const int Companies = 50;
    private const int Offers = 3;

    /// <summary>
    /// The steps of each of 20 outcomes (picked by the referral's hash), a job post's or a programme's: empty is a suggestion
    /// never referred (no step, as ReferToOffer creates it), then referred, declined, accepted, interviewed, and the ends.
    /// </summary>
    private static ReferralStatus[] PathOf(bool job, int outcome)
    {
        const ReferralStatus R = ReferralStatus.Referred, A = ReferralStatus.Accepted, I = ReferralStatus.Interview;
        return (job, outcome) switch
        {
            (_, 0) => [],
            (_, <= 2) => [R],
            (_, <= 4) => [R, ReferralStatus.Declined],
            (true, <= 6) => [R, A],
            (true, <= 8) => [R, A, I],
            (true, <= 11) => [R, A, I, ReferralStatus.Hired],
            (true, <= 13) => [R, A, ReferralStatus.Hired],
            (true, <= 16) => [R, A, I, ReferralStatus.NotHired],
            (true, 17) => [R, A, ReferralStatus.NotHired],
            (true, _) => [R, A, I, ReferralStatus.Dropped],
            (false, <= 7) => [R, A],
            (false, <= 14) => [R, A, ReferralStatus.Completed],
            (false, _) => [R, A, ReferralStatus.Dropped],
        };
    }

    /// <summary>The paths as SQL rows (Job, Outcome, Seq, Status), each checked against the domain's lifecycle so the data holds only moves the app allows.</summary>
    private static string Paths()
    {
        var rows = new List<string>();
        foreach (var job in new[] { true, false })
        {
            for (var outcome = 0; outcome < 20; outcome++)
            {
                var path = PathOf(job, outcome);
                var from = ReferralStatus.Suggested;
                for (var seq = 0; seq < path.Length; seq++)
                {
                    if (!ReferralLifecycle.Allows(from, path[seq], job))
                    {
                        throw new InvalidOperationException($"Referral path {job}/{outcome}: {from} → {path[seq]} is not allowed.");
                    }

                    rows.Add($"({(job ? 1 : 0)}, {outcome}, {seq}, {(int)path[seq]})");
                    from = path[seq];
                }
            }
        }

        return string.Join(", ", rows);
    }

    public static async Task WriteAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = $"""
            BEGIN;
            CREATE TEMP TABLE offices AS SELECT row_number() OVER (ORDER BY o.Code) - 1 AS k, o.Id, o.Code,
                coalesce((SELECT min(SidoCode) FROM RegionalOfficeCoverage c WHERE c.RegionalOfficeId = o.Id),
                    (SELECT min(s.SidoCode) FROM RegionalOfficeDistricts d JOIN Sigungus s ON s.Code = d.SigunguCode WHERE d.RegionalOfficeId = o.Id)) AS Sido
                FROM RegionalOffices o;
            CREATE TEMP TABLE orgs AS WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < {Companies} - 1)
                SELECT o.k, o.Id AS Office, o.Code, o.Sido, (SELECT min(Code) FROM Sigungus WHERE SidoCode = o.Sido) AS Sigungu, n.j FROM offices o, n;
            CREATE TEMP TABLE nth (p INTEGER PRIMARY KEY);
            INSERT INTO nth VALUES (0), (1), (2);
            CREATE TEMP TABLE rpath (Job INTEGER, Outcome INTEGER, Seq INTEGER, Status INTEGER, PRIMARY KEY (Job, Outcome, Seq));
            INSERT INTO rpath VALUES {Paths()};
            INSERT INTO Agencies (Id, Name, Kind, SidoCode, CreatedAt, Version)
                SELECT printf('%08X-A6E0-4000-8000-%012X', k, j), printf('%s agency %02d', Code, j), 1 + j % 9, Sido, '2023-01-01 00:00:00', printf('%08X-A6E0-4000-8000-%012X', k, j)
                FROM orgs WHERE j < {Agencies};
            INSERT INTO CouncilMembers (RegionalOfficeId, AgencyId, JoinedOn) SELECT Office, printf('%08X-A6E0-4000-8000-%012X', k, j), '2023-01-01' FROM orgs WHERE j < {Agencies};
            INSERT INTO PilotProjects (Id, RegionalOfficeId, Title, StartsOn, EndsOn, TargetGroup, PlannedPlaces, CreatedAt, Version)
                SELECT printf('%08X-F0F0-4000-8000-000000000000', k), Id, Code || ' pilot 2025', '2025-01-01', '2025-12-31', 'bench', 500, '2024-12-01 00:00:00', printf('%08X-F0F0-4000-8000-000000000000', k)
                FROM offices;
            INSERT INTO Programmes (Id, AgencyId, ApplyFrom, ApplyUntil, Capacity, CreatedAt, Description, Kind, PilotProjectId, PublishedAt, Status, Title, Track, Version, PlacesTaken)
                SELECT printf('%08X-B0B0-4000-8000-%012X', k, j * 10 + p), printf('%08X-A6E0-4000-8000-%012X', k, j), '2024-01-01', '2026-12-31', 10, '2023-12-01 00:00:00', '',
                    1 + (j + p) % 7, CASE WHEN j < 5 AND p = 0 THEN printf('%08X-F0F0-4000-8000-000000000000', k) END, '2023-12-01 00:00:00', 1,
                    printf('%s programme %02d-%d', Code, j, p), 1 + p, printf('%08X-B0B0-4000-8000-%012X', k, j * 10 + p), 0
                FROM orgs, nth WHERE j < {Agencies};
            INSERT INTO Companies (Id, Name, SigunguCode, CreatedAt, Version)
                SELECT printf('%08X-C0C0-4000-8000-%012X', k, j), printf('%s company %02d', Code, j), Sigungu, '2023-01-01 00:00:00', printf('%08X-C0C0-4000-8000-%012X', k, j) FROM orgs;
            INSERT INTO JobPosts (Id, ClosesOn, CompanyId, CreatedAt, Description, EmploymentType, MiddleAgedWelcome, MonthlyWage, OccupationCode, Openings, OpensOn, PublishedAt,
                    Shift, SidoCode, SigunguCode, Status, Title, TrainingProvided, Version, WageAmount, WageKind, WeeklyHours, OpeningsTaken)
                SELECT printf('%08X-D0D0-4000-8000-%012X', k, j * 10 + p), '2026-12-31', printf('%08X-C0C0-4000-8000-%012X', k, j), '2023-12-01 00:00:00', '', 1 + p % 3, 1, 2500000,
                    (SELECT min(Code) FROM Occupations), 10, '2024-01-01', '2023-12-01 00:00:00', 1, Sido, Sigungu, 1, printf('%s post %02d-%d', Code, j, p), 0,
                    printf('%08X-D0D0-4000-8000-%012X', k, j * 10 + p), 2500000, 1, 40, 0
                FROM orgs, nth;
            -- One referral per planned case, a second for half of them; r's own hash picks the offer, the outcome and the pace.
            CREATE TEMP TABLE rgen AS
            SELECT x.*, (x.h / 37) % 20 AS Outcome, 1440 * (1 + (x.h / 19) % 3) AS Pace,
                CASE WHEN x.Job THEN min((x.h / 101) % {Companies}, (x.h / 2003) % {Companies}) ELSE min((x.h / 101) % {Agencies}, (x.h / 2003) % {Agencies}) END AS Org,
                (x.h / 41) % {Offers} AS Offer
            FROM (SELECT g.i, t.r, g.Id AS CaseId, g.Office, o.k, coalesce(g.Counselor, 'bench-counselor') AS Counselor, (g.i + t.r) % 2 = 0 AS Job,
                    ((2 * g.i + t.r) * 2654435761) % 4294967296 AS h,
                    datetime(g.Submitted, '+' || (4 * g.Gap + 60 + t.r * 720) || ' minutes') AS Created
                FROM gen g JOIN (SELECT 0 AS r UNION ALL SELECT 1) t ON t.r = 0 OR ((g.i * 2654435761) % 4294967296 / 17) % 2 = 1
                JOIN offices o ON o.Id = g.Office WHERE g.Steps >= 5) x;
            CREATE TEMP TABLE rend AS SELECT Job, Outcome, max(Seq) AS Last, (SELECT Status FROM rpath q WHERE q.Job = p.Job AND q.Outcome = p.Outcome ORDER BY Seq DESC LIMIT 1) AS Status
                FROM rpath p GROUP BY Job, Outcome;
            INSERT INTO Referrals (Id, CaseId, ApplicantUserId, RegionalOfficeId, ProgrammeId, AgencyId, JobPostId, CompanyId, Status, ApplicantAcceptedAt, Reason, HiredOn, HiredMonthlyWage,
                    CreatedAt, CreatedByUserId, UpdatedAt, Version)
                SELECT printf('%08X-E0E0-4000-8000-%012X', g.i, g.r), g.CaseId, 'bench-applicant', g.Office,
                    CASE WHEN NOT g.Job THEN printf('%08X-B0B0-4000-8000-%012X', g.k, g.Org * 10 + g.Offer) END, CASE WHEN NOT g.Job THEN printf('%08X-A6E0-4000-8000-%012X', g.k, g.Org) END,
                    CASE WHEN g.Job THEN printf('%08X-D0D0-4000-8000-%012X', g.k, g.Org * 10 + g.Offer) END, CASE WHEN g.Job THEN printf('%08X-C0C0-4000-8000-%012X', g.k, g.Org) END,
                    coalesce(e.Status, 0), CASE WHEN e.Status IN (2, 4, 5, 6, 7, 8) THEN datetime(g.Created, '+' || g.Pace || ' minutes') END,
                    CASE WHEN e.Status IN (3, 6, 8) THEN 'bench' END,
                    CASE WHEN e.Status = 5 THEN date(g.Created, '+' || (e.Last * g.Pace) || ' minutes') END, CASE WHEN e.Status = 5 THEN 2500000 END,
                    g.Created, g.Counselor, datetime(g.Created, '+' || (coalesce(e.Last, 0) * g.Pace) || ' minutes'), printf('%08X-E0E0-4000-8000-%012X', g.i, g.r)
                FROM rgen g LEFT JOIN rend e ON e.Job = g.Job AND e.Outcome = g.Outcome ORDER BY g.i, g.r;
            INSERT INTO ReferralSteps (ReferralId, Status, At, ByUserId)
                SELECT printf('%08X-E0E0-4000-8000-%012X', g.i, g.r), p.Status, datetime(g.Created, '+' || (p.Seq * g.Pace) || ' minutes'), g.Counselor
                FROM rgen g JOIN rpath p ON p.Job = g.Job AND p.Outcome = g.Outcome ORDER BY g.i, g.r, p.Seq;
            -- Each stage's time as Referral.MoveTo keeps it (the migration ReferralStageTimes' statement).
            UPDATE Referrals SET
                ReferredAt = (SELECT MIN(s.At) FROM ReferralSteps s WHERE s.ReferralId = Referrals.Id AND s.Status = 1),
                AcceptedAt = (SELECT MIN(s.At) FROM ReferralSteps s WHERE s.ReferralId = Referrals.Id AND s.Status = 2),
                InterviewRecordedAt = (SELECT MIN(s.At) FROM ReferralSteps s WHERE s.ReferralId = Referrals.Id AND s.Status = 4);
            -- Places held now (ReferralLifecycle.TakesAPlace), with room left, as the app keeps them.
            UPDATE Programmes SET PlacesTaken = t.n, Capacity = t.n + 10
                FROM (SELECT ProgrammeId, COUNT(*) AS n FROM Referrals WHERE ProgrammeId IS NOT NULL AND Status IN (1, 2, 4, 5, 7) GROUP BY ProgrammeId) t WHERE t.ProgrammeId = Programmes.Id;
            UPDATE JobPosts SET OpeningsTaken = t.n, Openings = t.n + 10
                FROM (SELECT JobPostId, COUNT(*) AS n FROM Referrals WHERE JobPostId IS NOT NULL AND Status IN (1, 2, 4, 5, 7) GROUP BY JobPostId) t WHERE t.JobPostId = JobPosts.Id;
            COMMIT;
            """;
        await command.ExecuteNonQueryAsync();
    }
}
