using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.CaseTestData;
using Case = Restart.Core.Domain.Case;

namespace Restart.Core.Tests.Features.Reports;

/// <summary>
/// The daily figures kept by the context's saves equal the figures counted from the rows (ADR 0026): random cases moved
/// through the domain's own methods, a few at a time as commands would (submit, review, decide, assign, plan, serve,
/// place or found, follow up, hold, reopen, close, transfer, a corrected track or district), then every office's report
/// read both ways for several periods.
/// </summary>
public sealed class OfficeFiguresTests
{
    private static readonly string[] Offices = ["SEOUL", "JEJU", "GYEONGGI"];
    private static readonly string[] Districts = ["11200", "11680", "41135", "50110"];
    private static readonly DateTime Start = new(2026, 8, 31, 15, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Figures_read_from_the_daily_table_equal_the_figures_counted_from_the_rows(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var random = new Random(20261207);
        var offices = Offices.ToDictionary(o => o, o => TestData.OfficeOf(host, o));
        var counselors = new Dictionary<Guid, List<string>>();
        foreach (var (code, id) in offices)
        {
            counselors[id] = [(await StaffAsync(host, Roles.Counselor, code)).Id, (await StaffAsync(host, Roles.Counselor, code)).Id];
        }

        var cases = await SubmitAsync(host, random, offices, count: 240);
        for (var round = 0; round < 12; round++)
        {
            foreach (var batch in cases.Chunk(9))
            {
                await MoveAsync(host, random, batch, offices, counselors);
            }
        }

        var admin = await host.SignInAsNewAsync(Roles.Administrator);
        GetOfficeReport.Query[] periods =
        [
            new() { Period = PeriodKind.Month, Year = 2026, Number = 9 },
            new() { Period = PeriodKind.Month, Year = 2026, Number = 11 },
            new() { Period = PeriodKind.Quarter, Year = 2026, Number = 4 },
            new() { Period = PeriodKind.Year, Year = 2026 },
            new() { Period = PeriodKind.Custom, From = new DateOnly(2026, 10, 7), Until = new DateOnly(2027, 2, 11) },
        ];
        var shown = 0;
        foreach (var period in periods)
        {
            foreach (var office in offices.Values)
            {
                var fromRows = await CountAsync(host, period, office, fromRows: true);
                var fromFigures = await CountAsync(host, period, office, fromRows: false);
                fromFigures.ShouldBe(fromRows, $"{period.Period} {period.Number} {office}");
                shown += fromRows.Split("\":").Count(part => char.IsAsciiDigit(part.FirstOrDefault()));
            }
        }

        shown.ShouldBeGreaterThan(120, "the figures compared are mostly shown, not all \"<5\"");

        // Counting the table again from the rows (the migration's fill, --rebuild-figures) gives the table the saves kept.
        var kept = await TableAsync(host);
        kept.ShouldNotBeEmpty();
        await host.InScopeAsync(p => p.GetRequiredService<Restart.Core.Data.Seeding.DatabaseInitializer>().RebuildFiguresAsync());
        (await TableAsync(host)).ShouldBe(kept);
    }

    private static async Task<string> CountAsync(CoreHost host, ReportPeriodRequest period, Guid office, bool fromRows)
    {
        var result = await host.InScopeAsync(p =>
            new GetOfficeReport.Counter(p.GetRequiredService<RestartDbContext>(), host.User, host.Clock) { FromRows = fromRows }.CountAsync(period, office, CancellationToken.None));
        result.Succeeded.ShouldBeTrue();
        return JsonSerializer.Serialize(result.Value);
    }

    private static async Task<List<string>> TableAsync(CoreHost host)
    {
        await using var db = host.Database.NewContext();
        var rows = await db.DailyFigures.Where(f => f.Count != 0).ToListAsync();
        return [.. rows.Select(f => $"{f.OfficeId} {f.Metric} {f.Day:yyyy-MM-dd} {f.Dimension} {f.Count}").Order(StringComparer.Ordinal)];
    }

    /// <summary>Submitted cases, most in Seoul, spread over four months at any hour (so some fall on the other side of a Korean midnight).</summary>
    private static async Task<List<Guid>> SubmitAsync(CoreHost host, Random random, Dictionary<string, Guid> offices, int count)
    {
        await using var db = host.Database.NewContext();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var at = Start.AddMinutes(random.Next(0, 120 * 24 * 60));
            var user = new ApplicationUser { UserName = $"g{i}-{Guid.NewGuid():N}@test.restart", DisplayName = "신청인", CreatedAt = at };
            db.Users.Add(user);
            var c = new Case
            {
                ApplicantUserId = user.Id, CreatedAt = at, UpdatedAt = at,
                Track = random.Next(6) == 0 ? null : (Track)random.Next(1, 4), BusinessSigunguCode = random.Next(8) == 0 ? null : Districts[random.Next(Districts.Length)],
            };
            var office = random.Next(10) < 7 ? offices["SEOUL"] : offices[Offices[random.Next(1, Offices.Length)]];
            c.Submit($"2026-{700000 + i:D6}", office, user.Id, at).ShouldBeTrue();
            db.Cases.Add(c);
            ids.Add(c.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>One unit of work: each case of the batch takes one step it may take (tried in random order), a few days on.</summary>
    private static async Task MoveAsync(CoreHost host, Random random, Guid[] batch, Dictionary<string, Guid> offices, Dictionary<Guid, List<string>> counselors)
    {
        await using var db = host.Database.NewContext();
        // What the batch's steps need, in three reads (each read is a connection on the test databases, which do not pool).
        var loaded = await db.Cases.Where(x => batch.Contains(x.Id)).ToDictionaryAsync(x => x.Id);
        var lastAt = await db.CaseEvents.Where(e => batch.Contains(e.CaseId)).GroupBy(e => e.CaseId).Select(g => new { g.Key, At = g.Max(e => e.At) }).ToDictionaryAsync(g => g.Key, g => g.At);
        var open = (await db.CaseFollowUps.Where(f => batch.Contains(f.CaseId)).ToListAsync()).ToLookup(f => f.CaseId);
        foreach (var id in batch)
        {
            var c = loaded[id];
            var at = lastAt[id].AddMinutes(random.Next(60, 25 * 24 * 60));
            var staff = counselors[c.RegionalOfficeId!.Value];
            var actor = staff[random.Next(staff.Count)];
            var followUp = open[id].Where(f => f.RecordedAt == null).MinBy(f => f.Month);
            Func<bool>[] steps =
            [
                () => c.StartReview(actor, at),
                () => c.DecideEligibility(random.Next(5) == 0 ? IneligibleReason.Other : null, actor, at, null),
                () => c.Assign(actor, "상담사", actor, at, null),
                () => c.AgreePlan(actor, at, null),
                () => c.StartService(actor, at, null),
                () => Placed(db, c, random.Next(3) > 0
                    ? c.RecordPlacement("(주)한빛푸드", DateOnly.FromDateTime(at), 2_400_000, null, actor, at, null)
                    : c.RecordFounding("1234567891", DateOnly.FromDateTime(at), actor, at, null)),
                () => followUp is not null && Recorded(followUp, actor, at) && c.RecordFollowUp(followUp.Month, actor, at, null),
                () => random.Next(4) == 0 && c.Hold(actor, at, null),
                () => random.Next(3) == 0 && c.Reopen(actor, at, null),
                () => random.Next(5) == 0 && c.CloseWith(random.Next(2) == 0 ? CaseClosure.Success : CaseClosure.NoContact, actor, at, null),
                () => random.Next(6) == 0 && Transferred(db, c, offices.Values.Where(o => o != c.RegionalOfficeId).ElementAt(random.Next(offices.Count - 1)), actor, at),
                () => random.Next(10) == 0 && Corrected(c, random),
            ];
            foreach (var step in steps.OrderBy(_ => random.Next()))
            {
                if (step())
                {
                    break;
                }
            }
        }

        await db.SaveChangesAsync();
    }

    private static bool Placed(RestartDbContext db, Case c, bool moved)
    {
        if (moved && !db.CaseFollowUps.Local.Any(f => f.CaseId == c.Id))
        {
            db.CaseFollowUps.AddRange(c.ScheduleFollowUps());
        }

        return moved;
    }

    private static bool Recorded(CaseFollowUp followUp, string actor, DateTime at)
    {
        // Some still working and some not, so that retention's part and whole are checked apart.
        (followUp.RecordedAt, followUp.RecordedByUserId, followUp.StillWorking) = (at, actor, at.Minute % 3 != 0);
        return true;
    }

    private static bool Transferred(RestartDbContext db, Case c, Guid to, string actor, DateTime at)
    {
        if (c.TransferTo(to, "보낸 곳", "받은 곳", TransferReason.ApplicantMoved, actor, at, null) is not { } transfer)
        {
            return false;
        }

        db.CaseTransfers.Add(transfer);
        return true;
    }

    /// <summary>Staff correct the track or the district the case is counted under.</summary>
    private static bool Corrected(Case c, Random random)
    {
        (c.Track, c.BusinessSigunguCode) = (random.Next(2) == 0 ? Track.ReFounding : Track.ReEmployment, Districts[random.Next(Districts.Length)]);
        return true;
    }
}
