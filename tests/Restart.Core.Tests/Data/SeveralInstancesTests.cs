using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

/// <summary>Start-up and the access log when the portal runs as several instances on one database, or is stopped half-way.</summary>
public sealed class SeveralInstancesTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Two_instances_starting_at_once_both_come_up_and_the_data_is_seeded_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var hosts = await Task.WhenAll(
            Task.Run(() => CoreHost.StartOnAsync(database, demoData: true)),
            Task.Run(() => CoreHost.StartOnAsync(database, demoData: true)));

        await using (hosts[0])
        await using (hosts[1])
        {
            (await CountsAsync(database)).ShouldBe(await CleanStartCountsAsync(provider));
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_start_stopped_at_any_moment_is_completed_by_the_next_with_one_copy_of_everything(DatabaseProvider provider)
    {
        var expected = await CleanStartCountsAsync(provider);
        foreach (var stopAfter in new[] { 5, 60, 250, 700 })
        {
            await using var database = await TestDatabase.CreateAsync(provider);
            using (var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(stopAfter)))
            {
                try
                {
                    await (await CoreHost.StartOnAsync(database, demoData: true, cancellationToken: stop.Token)).DisposeAsync();
                }
                catch (OperationCanceledException)
                {
                    // Stopped half-way, as a killed process would be; the next start must finish the work.
                }
            }

            await using var next = await CoreHost.StartOnAsync(database, demoData: true, cancellationToken: TestContext.Current.CancellationToken);
            (await CountsAsync(database)).ShouldBe(expected, $"after a start stopped at {stopAfter} ms");
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Two_instances_writing_the_access_log_at_once_keep_one_unbroken_chain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken);
        await using var second = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken);
        await first.SignInAsNewAsync(Roles.Administrator);
        await second.SignInAsNewAsync(Roles.Administrator);

        // Each instance appends one entry per list view; twenty at once from each.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            (await (i % 2 == 0 ? first : second).SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue())));

        var report = (await first.SendAsync(new VerifyAccessLog.Query())).Value!;
        report.FirstBrokenId.ShouldBeNull("the integrity check reads one unbroken chain");
        report.Checked.ShouldBeGreaterThanOrEqualTo(40);
        await using var db = database.NewContext();
        (await db.AccessLog.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(report.Checked, "every entry is on the chain");
    }

    [Fact]
    public async Task The_embedded_file_runs_in_write_ahead_mode_so_page_views_read_while_another_instance_commits()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);

        await using var db = host.Database.NewContext();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(TestContext.Current.CancellationToken);
        mode.ShouldBe(["wal"], "with the rollback journal every commit (an access-log entry per view) shuts readers out");
    }

    private static async Task<Dictionary<string, int>> CleanStartCountsAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CoreHost.StartOnAsync(database, demoData: true);
        return await CountsAsync(database);
    }

    /// <summary>The rows start-up creates, table by table.</summary>
    private static async Task<Dictionary<string, int>> CountsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        return new Dictionary<string, int>
        {
            ["roles"] = await db.Roles.CountAsync(ct),
            ["users"] = await db.Users.CountAsync(ct),
            ["user roles"] = await db.UserRoles.CountAsync(ct),
            ["sido"] = await db.Sidos.CountAsync(ct),
            ["sigungu"] = await db.Sigungus.CountAsync(ct),
            ["ksic"] = await db.Industries.CountAsync(ct),
            ["keco"] = await db.Occupations.CountAsync(ct),
            ["reference sets"] = await db.ReferenceDataSets.CountAsync(ct),
            ["offices"] = await db.RegionalOffices.CountAsync(ct),
            ["coverage"] = await db.RegionalOfficeCoverage.CountAsync(ct),
            ["eligibility rules"] = await db.EligibilityRules.CountAsync(ct),
            ["agencies"] = await db.Agencies.CountAsync(ct),
            ["companies"] = await db.Companies.CountAsync(ct),
            ["programmes"] = await db.Programmes.CountAsync(ct),
            ["job posts"] = await db.JobPosts.CountAsync(ct),
            ["applicants"] = await db.ApplicantProfiles.CountAsync(ct),
            ["cases"] = await db.Cases.CountAsync(ct),
        };
    }
}
