using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Restart.Core;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;

namespace Restart.Benchmarks;

/// <summary>
/// The outcome dashboards (ADR 0026) at national scale on SQLite: an office's (<c>GetOfficeReport</c>) read from the daily
/// figures against the same report counted from the rows, for the largest office (a fifth of the cases); and, for a year,
/// every office's totals, the largest office's council and the busiest partner agency's and employer's offers, sent
/// through MediatR as the pages send them (authorization and access log included). The cases, timelines, follow-ups and
/// referrals are written with bulk SQL (<see cref="OutcomeVolume"/>), and the daily figures counted from them in SQL
/// too; set-up checks that both paths give the same office report for a month before timing.
/// </summary>
[MemoryDiagnoser]
public class OutcomeReports
{
    /// <summary>Cases of the data set (about five timeline entries each); Program sets it (<c>--cases N</c>, <c>--smoke</c>).</summary>
    public static int Size { get; set; } = 1_000_000;

    /// <summary><c>--keep-data</c>: the generated file is kept in the temp folder per size (its dates are fixed) and copied for later runs.</summary>
    public static bool KeepData { get; set; }

    private static readonly GetOfficeReport.Query Year = new() { Period = PeriodKind.Year, Year = 2025 };
    private static readonly GetOfficeReport.Query Month = new() { Period = PeriodKind.Month, Year = 2025, Number = 11 };

    private string _file = "";
    private ServiceProvider _services = null!;
    private Guid _office;
    private Guid _agency;
    private Guid _company;
    private readonly BenchUser _user = new();

    public static IEnumerable<int> Sizes() => [Size];

    [ParamsSource(nameof(Sizes))]
    public int Cases { get; set; }

    // The rows' year is timed only before the office's benchmarks: the others do not read it, and it costs seconds a set-up.
    [GlobalSetup(Targets = [nameof(FiguresYear), nameof(FiguresMonth), nameof(RowsMonth)])]
    public void Setup() => SetupAsync(timeRowsYear: true).GetAwaiter().GetResult();

    [GlobalSetup(Targets = [nameof(TotalsYear), nameof(CouncilYear), nameof(AgencyYear), nameof(CompanyYear)])]
    public void SetupReferrals() => SetupAsync(timeRowsYear: false).GetAwaiter().GetResult();

    private async Task SetupAsync(bool timeRowsYear)
    {
        _file = Path.Combine(Path.GetTempPath(), $"restart-outcomes-{Guid.NewGuid():N}.db");
        var kept = Path.Combine(Path.GetTempPath(), $"restart-outcomes-{Cases}.db");
        var reuse = KeepData && File.Exists(kept);
        if (reuse)
        {
            File.Copy(kept, _file);
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddRestartCore(new DatabaseSettings { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_file}" }, Path.GetTempPath(),
            Restart.Core.Keys.RestartKeys.Ephemeral(Path.GetTempPath()));
        services.AddSingleton<ICurrentUser>(_user);
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddIdentityCore<ApplicationUser>(DependencyInjection.ConfigureIdentity).AddRestartIdentityStores();
        _services = services.BuildServiceProvider();
        var upgraded = false;
        await using (var scope = _services.CreateAsyncScope())
        {
            // A kept file from older code is upgraded as a deployment's would be: timed, and kept upgraded for the next set-up.
            var pending = (await scope.ServiceProvider.GetRequiredService<RestartDbContext>().Database.GetPendingMigrationsAsync()).ToList();
            var watch = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
            if (reuse && pending.Count > 0)
            {
                Console.WriteLine($"// Upgraded the kept data set ({string.Join(", ", pending)}) in {watch.Elapsed.TotalSeconds:F0} s");
                upgraded = true;
            }
        }

        if (upgraded)
        {
            await KeepAsync(kept);
        }

        if (!reuse)
        {
            var watch = Stopwatch.StartNew();
            var written = await OutcomeVolume.WriteAsync($"Data Source={_file}", Cases);
            Console.WriteLine($"// OutcomeVolume: {written}, in {watch.Elapsed.TotalSeconds:F0} s");
            if (KeepData)
            {
                await KeepAsync(kept);
            }
        }

        _office = await OutcomeVolume.LargestOfficeAsync($"Data Source={_file}");
        (_agency, _company) = await OutcomeVolume.BusiestAsync($"Data Source={_file}");
        var fromRows = JsonSerializer.Serialize(await CountAsync(Month, fromRows: true));
        if (JsonSerializer.Serialize(await CountAsync(Month, fromRows: false)) != fromRows)
        {
            throw new InvalidOperationException("The month's report from the daily figures differs from the one counted from the rows.");
        }

        if (!timeRowsYear)
        {
            return;
        }

        // The rows' year once, timed by hand: too slow for the benchmark's iterations at this size.
        var year = Stopwatch.StartNew();
        var counted = await CountAsync(Year, fromRows: true);
        Console.WriteLine($"// From the rows, a year of the largest office: {year.ElapsedMilliseconds} ms ({counted.Funnel[0].Cases} submitted)");
    }

    private async Task KeepAsync(string kept)
    {
        File.Delete(kept);
        await using var connection = new SqliteConnection($"Data Source={_file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"VACUUM INTO '{kept}'";
        await command.ExecuteNonQueryAsync();
    }

    [Benchmark(Description = "figures: an office's year")]
    public Task<GetOfficeReport.Model> FiguresYear() => CountAsync(Year, fromRows: false);

    [Benchmark(Description = "figures: an office's month")]
    public Task<GetOfficeReport.Model> FiguresMonth() => CountAsync(Month, fromRows: false);

    [Benchmark(Baseline = true, Description = "rows: an office's month")]
    public Task<GetOfficeReport.Model> RowsMonth() => CountAsync(Month, fromRows: true);

    [Benchmark(Description = "totals: every office's year (public /Outcomes)")]
    public Task<GetOutcomeTotals.Model> TotalsYear() => SendAsync(new GetOutcomeTotals.Query { Period = PeriodKind.Year, Year = 2025 }, Roles.Administrator);

    [Benchmark(Description = "council: the largest office's year")]
    public Task<GetCouncilReport.Model> CouncilYear() =>
        SendAsync(new GetCouncilReport.Query { Period = PeriodKind.Year, Year = 2025, OfficeId = _office }, Roles.Administrator);

    [Benchmark(Description = "offers: the busiest agency's year")]
    public Task<GetOfferReport.Model> AgencyYear() => SendAsync(new GetOfferReport.Query { Period = PeriodKind.Year, Year = 2025 }, Roles.AgencyPartner, agency: _agency);

    [Benchmark(Description = "offers: the busiest company's year")]
    public Task<GetOfferReport.Model> CompanyYear() => SendAsync(new GetOfferReport.Query { Period = PeriodKind.Year, Year = 2025 }, Roles.Employer, company: _company);

    /// <summary>Sends as a page does, signed in as <paramref name="role"/> of the organisation given; a refusal fails the benchmark rather than timing it.</summary>
    private async Task<T> SendAsync<T>(IRequest<Result<T>> request, string role, Guid? agency = null, Guid? company = null)
    {
        (_user.Roles, _user.AgencyId, _user.CompanyId) = ([role], agency, company);
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request)).Value;
    }

    private async Task<GetOfficeReport.Model> CountAsync(GetOfficeReport.Query period, bool fromRows)
    {
        await using var scope = _services.CreateAsyncScope();
        var p = scope.ServiceProvider;
        var result = await new GetOfficeReport.Counter(p.GetRequiredService<RestartDbContext>(), p.GetRequiredService<ICurrentUser>(), TimeProvider.System) { FromRows = fromRows }
            .CountAsync(period, _office, CancellationToken.None);
        return result.Value;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        File.Delete(_file + ".init-lock"); // the start-up's lock file (ADR 0013), left beside each copy otherwise
    }

    /// <summary>The signed-in person, an administrator unless a benchmark signs in as a partner or an employer of its organisation.</summary>
    private sealed class BenchUser : ICurrentUser
    {
        public string? UserId => "bench-user";
        public bool IsAuthenticated => true;
        public IReadOnlyCollection<string> Roles { get; set; } = [Restart.Core.Domain.Roles.Administrator];
        public Guid? RegionalOfficeId => null;
        public Guid? AgencyId { get; set; }
        public Guid? CompanyId { get; set; }
        public string? IpAddress => "127.0.0.1";
    }
}
