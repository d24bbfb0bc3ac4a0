using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Restart.Core;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.LoadData;

// Builds a new SQLite database for the load harness: the portal's own migrations, roles, reference data
// and demo accounts (DemoDataSeeder), then a realistic volume written through EF Core in one transaction.
// Seeded (Bogus "ko", seed 7) so every run writes the same people, cases and offers; dates are relative to today.
var settings = GeneratorSettings.Parse(args);
if (File.Exists(settings.DatabasePath))
{
    Console.Error.WriteLine($"{settings.DatabasePath} exists: the generator writes a new database only.");
    return 2;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.DatabasePath))!);
var services = new ServiceCollection();
services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
services.AddRestartCore(new DatabaseSettings { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={settings.DatabasePath}" }, settings.DocumentsFolder);
services.AddSingleton<ICurrentUser, NobodySignedIn>();
// Token providers need data protection; nothing protected here outlives the process.
services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
services.AddIdentityCore<ApplicationUser>(DependencyInjection.ConfigureIdentity).AddRestartIdentityStores();
await using var provider = services.BuildServiceProvider();

var watch = Stopwatch.StartNew();
// `--matching`: the matching engine's data set instead (MatchingVolume): no demo data, `--jobs` open posts, `--applicants` cases.
var matching = args.Contains("--matching");
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: !matching);
}

if (matching)
{
    await using var scope = provider.CreateAsyncScope();
    var cases = await new MatchingVolume(scope.ServiceProvider.GetRequiredService<RestartDbContext>(), settings.Applicants, settings.JobPosts).WriteAsync();
    Console.WriteLine($"matching volume ({cases.Count} applicants, {settings.JobPosts} open job posts): {watch.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

Console.WriteLine($"migrations, reference data and demo accounts: {watch.Elapsed.TotalSeconds:0.0} s");
watch.Restart();
await using (var scope = provider.CreateAsyncScope())
{
    var volume = new Volume(scope.ServiceProvider.GetRequiredService<RestartDbContext>(),
        scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(), settings);
    var targets = await volume.WriteAsync();
    await File.WriteAllLinesAsync(settings.TargetsFile, targets.Select(t => $"{t.Key}={t.Value}"));
}

Console.WriteLine($"volume ({settings.Applicants} applicants with cases, {settings.Programmes} programmes, {settings.JobPosts} job posts): {watch.Elapsed.TotalSeconds:0.0} s");
return 0;
