using System.Diagnostics;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>The built portal started as its own process, as an operator starts it, in Production on a data folder of its own.</summary>
internal static class PortalProcess
{
    public sealed record Outcome(int ExitCode, string Output);

    /// <summary>
    /// Runs <c>dotnet Restart.Web.dll</c> with <paramref name="arguments"/> until it exits (90 s at most), lets the
    /// test look at what it left (<paramref name="afterExit"/>), then removes its data folder.
    /// </summary>
    public static async Task<Outcome> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string dataFolder, Action? afterExit = null)
    {
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(folder, "Restart.Web.dll"), "--contentRoot", folder }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Email__PublicBaseUrl"] = "https://restart.example";
        start.Environment["ForwardedHeaders__KnownProxies__0"] = "10.0.0.1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            afterExit?.Invoke();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        finally
        {
            if (Directory.Exists(dataFolder))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dataFolder, recursive: true);
            }
        }

        return new Outcome(process.ExitCode, await output + await errors);
    }
}
