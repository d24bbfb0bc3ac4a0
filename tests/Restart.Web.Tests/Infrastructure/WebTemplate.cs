using System.Collections.Concurrent;
using Restart.Core.Data;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>
/// The portal started once per engine in a test run, with its demo data, keys and documents kept: later instances copy
/// them (the database file or a PostgreSQL TEMPLATE copy, the key and document folders) instead of migrating and
/// seeding the demo data again, which was most of every web test's time. Start-up still runs on each copy and finds
/// everything in place; tests of starting itself configure their instance and so start from nothing.
/// </summary>
internal static class WebTemplate
{
    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<RestartWebFactory>>> Templates = new();

    /// <summary>What the data folder of a started instance holds that a copy needs; its logs and mails stay its own.</summary>
    private static readonly string[] Kept = ["restart.db", "keys", "documents", "access-log-checkpoints"];

    /// <summary>Fills <paramref name="dataFolder"/> from the template; on a server engine, also returns the copied database.</summary>
    public static async Task<TestDatabase?> CopyAsync(DatabaseProvider engine, string dataFolder)
    {
        var template = await Templates.GetOrAdd(engine, e => new Lazy<Task<RestartWebFactory>>(() => BuildAsync())).Value;
        Directory.CreateDirectory(dataFolder);
        foreach (var name in Kept)
        {
            var from = Path.Combine(template.DataFolder, name);
            if (File.Exists(from))
            {
                File.Copy(from, Path.Combine(dataFolder, name));
            }
            else if (Directory.Exists(from))
            {
                CopyFolder(from, Path.Combine(dataFolder, name));
            }
        }

        if (template.OwnDatabase is not { } database)
        {
            return null;
        }

        var copy = await TestDatabase.CopyOfAsync(database);
        CopyFolder(database.KeysFolder, copy.KeysFolder);
        return copy;
    }

    private static async Task<RestartWebFactory> BuildAsync()
    {
        var template = new RestartWebFactory { IsTemplate = true };
        _ = template.Server;
        await template.DisposeAsync();
        if (template.OwnDatabase is null)
        {
            await TestDatabase.FoldLogAsync(Path.Combine(template.DataFolder, "restart.db"));
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.RemoveDataAsync().GetAwaiter().GetResult();
        return template;
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
