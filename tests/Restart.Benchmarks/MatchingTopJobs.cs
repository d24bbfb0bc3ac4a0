using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Restart.Core;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Matching;
using Restart.LoadData;

namespace Restart.Benchmarks;

/// <summary>
/// The top 20 open posts for one applicant (ADR 0018): the engine (in-memory index searched by score bound, then the
/// shown posts read again from SQLite) against the naive baseline (load every open post from SQLite and score it),
/// in the same run, on MatchingVolume's data. Each invocation takes the next of the generated applicants, the same
/// sequence for both. Set-up checks that both give the same 20 posts for the first applicants.
/// </summary>
[MemoryDiagnoser]
public class MatchingTopJobs
{
    /// <summary>Open posts and applicants of the data set; Program sets them (full run or <c>--smoke</c>).</summary>
    public static (int Jobs, int Applicants) Size { get; set; } = (100_000, 1_000);

    /// <summary>
    /// <c>--keep-data</c>: the generated data set is kept beside the temp folder (per size and day, since deadlines are
    /// counted from today) and copied for later runs, so a run on a quiet machine spends its minutes measuring, not writing.
    /// </summary>
    public static bool KeepData { get; set; }

    private string _file = "";
    private ServiceProvider _services = null!;
    private readonly List<Applicant> _people = [];
    private MatchReference _reference = null!;
    private readonly MatchingOptions _options = new();
    private DateOnly _today;
    private int _next;

    public static IEnumerable<int> OpenPosts() => [Size.Jobs];

    [ParamsSource(nameof(OpenPosts))]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"restart-matching-{Guid.NewGuid():N}.db");
        var kept = Path.Combine(Path.GetTempPath(), $"restart-matching-{Posts}-{Size.Applicants}-{TimeProvider.System.Today():yyyyMMdd}");
        var reuse = KeepData && File.Exists(kept + ".ids");
        if (reuse)
        {
            // The kept copy is migrated already and holds the rows the generator would write (fixed seed, same day).
            File.Copy(kept + ".db", _file);
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddRestartCore(new DatabaseSettings { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_file}" }, Path.GetTempPath(),
            Restart.Core.Keys.RestartKeys.Ephemeral(Path.GetTempPath()));
        services.AddSingleton<ICurrentUser, NobodySignedIn>();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddIdentityCore<ApplicationUser>(DependencyInjection.ConfigureIdentity).AddRestartIdentityStores();
        _services = services.BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        }

        List<Guid> cases;
        if (reuse)
        {
            cases = [.. File.ReadAllLines(kept + ".ids").Select(Guid.Parse)];
        }
        else
        {
            await using (var scope = _services.CreateAsyncScope())
            {
                cases = await new MatchingVolume(scope.ServiceProvider.GetRequiredService<RestartDbContext>(), Size.Applicants, Posts).WriteAsync();
            }

            if (KeepData)
            {
                File.Delete(kept + ".db");
                await using (var connection = new SqliteConnection($"Data Source={_file}"))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"VACUUM INTO '{kept}.db'";
                    await command.ExecuteNonQueryAsync();
                }

                await File.WriteAllLinesAsync(kept + ".ids", cases.Select(c => c.ToString()));
            }
        }

        _today = TimeProvider.System.Today();
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            _reference = await scope.ServiceProvider.GetRequiredService<MatchReferences>().GetAsync(db, CancellationToken.None);
            var engine = scope.ServiceProvider.GetRequiredService<MatchEngine>();
            foreach (var id in cases)
            {
                _people.Add((await engine.ApplicantAsync(id, CancellationToken.None))!);
            }
        }

        await _services.GetRequiredService<JobIndex>().RefreshAsync(CancellationToken.None);
        for (var i = 0; i < Math.Min(3, _people.Count); i++)
        {
            var engine = await EngineTop20Async(_people[i]);
            var naive = await NaiveTop20Async(_people[i]);
            if (!engine.SequenceEqual(naive))
            {
                throw new InvalidOperationException($"Applicant {i}: the engine's top 20 differ from scoring every post.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "naive: load every open post, score all")]
    public Task<List<Guid>> Naive() => NaiveTop20Async(_people[_next++ % _people.Count]);

    [Benchmark(Description = "engine: index by score bound, recheck shown posts")]
    public Task<List<Guid>> Engine() => EngineTop20Async(_people[_next++ % _people.Count]);

    private async Task<List<Guid>> EngineTop20Async(Applicant person)
    {
        await using var scope = _services.CreateAsyncScope();
        var ranked = await scope.ServiceProvider.GetRequiredService<MatchEngine>().RankJobsAsync(new JobScorer(person, _reference, _options), 20, _today, CancellationToken.None);
        return [.. ranked.Select(r => r.Post.Id)];
    }

    private async Task<List<Guid>> NaiveTop20Async(Applicant person)
    {
        await using var scope = _services.CreateAsyncScope();
        var posts = await OpenPost.LoadAsync(scope.ServiceProvider.GetRequiredService<RestartDbContext>(), _today, null, CancellationToken.None);
        var scorer = new JobScorer(person, _reference, _options);
        var scored = posts.Where(p => p.PassesHardFilters(_today)).Select(p => (Post: p, Score: scorer.Score(p))).ToList();
        scored.Sort(JobRanking.Compare);
        return [.. scored.Take(20).Select(s => s.Post.Id)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        File.Delete(_file + ".init-lock"); // the start-up's lock file (ADR 0013), left beside each copy otherwise
    }
}
