using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Restart.Core.Data;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>
/// The whole portal in memory over a real SQLite file in its own temp folder, with demo data, mails written
/// to a pickup folder and logs to a file — all of which tests read as an operator would. With
/// RESTART_TEST_WEB_ENGINE=Postgres (or SqlServer) the same suite runs on a fresh database on that server.
/// </summary>
public class RestartWebFactory : WebApplicationFactory<Program>
{
    public const string EngineVariable = "RESTART_TEST_WEB_ENGINE";
    private TestDatabase? _ownDatabase;
    private bool _copied;

    /// <summary>The engine the suite runs on; SQLite unless the variable names another.</summary>
    public static DatabaseProvider Engine =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(EngineVariable), ignoreCase: true, out var engine) ? engine : DatabaseProvider.Sqlite;

    /// <summary>A database shared with another factory: two factories on one database are two instances of the portal.</summary>
    public TestDatabase? Database { get; init; }

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "restart-web-" + Guid.NewGuid().ToString("N"));
    public string EnvironmentName { get; init; } = "Development";
    public Dictionary<string, string> Settings { get; } = new()
    {
        ["RateLimiting:AccountPermitPerMinute"] = "10000",
        ["RateLimiting:AddressPermitPerMinute"] = "10000",
        ["RateLimiting:UploadsPerWindow"] = "10000",
    };

    public string MailFolder => Path.Combine(DataFolder, "mail");
    public string LogFolder => Path.Combine(DataFolder, "logs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("Database:SeedDemoData", "true");
        var database = Database;
        if (StartsFromTemplate)
        {
            // Once per instance: a test's WithWebHostBuilder configures the same instance again, on the same data.
            if (!_copied)
            {
                _ownDatabase = WebTemplate.CopyAsync(Engine, DataFolder).GetAwaiter().GetResult();
                _copied = true;
            }

            database = _ownDatabase;
        }
        else if (database is null && Engine != DatabaseProvider.Sqlite)
        {
            database = _ownDatabase = TestDatabase.CreateAsync(Engine).GetAwaiter().GetResult();
        }

        if (database is not null)
        {
            builder.UseSetting("Database:Provider", database.Settings.Provider.ToString());
            builder.UseSetting("ConnectionStrings:Restart", database.Settings.ConnectionString);
            // Instances of one deployment share the keys kept outside the database (sign-in cookies, the chain's HMAC).
            builder.UseSetting("Keys:Folder", database.KeysFolder);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (EnvironmentName != "Development")
        {
            builder.UseStaticWebAssets();
        }
    }

    /// <summary>Builds the run's template (<see cref="WebTemplate"/>): its data stays when it is disposed.</summary>
    internal bool IsTemplate { get; init; }

    /// <summary>
    /// An instance with a database of its own, in Development and with the start-up settings of every test, starts from a
    /// copy of the run's template (the demo data, keys and documents of one start) rather than seeding all of it again.
    /// </summary>
    private bool StartsFromTemplate => !IsTemplate && Database is null && EnvironmentName == "Development"
        && !Settings.Keys.Any(k => k.StartsWith("Database:", StringComparison.Ordinal) || k.StartsWith("Keys:", StringComparison.Ordinal)
            || k.StartsWith("DataProtection:", StringComparison.Ordinal) || k.StartsWith("Demo", StringComparison.Ordinal));

    /// <summary>Where this instance keeps its keys: the data folder's, or the one shared by the instances of a server database.</summary>
    public string KeysFolder => (Database ?? _ownDatabase)?.KeysFolder ?? Path.Combine(DataFolder, "keys");

    public WebSession NewSession(string baseAddress = "http://localhost") =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) }), this);

    /// <summary>The mails delivered so far, decoded, oldest first.</summary>
    public IReadOnlyList<string> Mails() =>
        Directory.Exists(MailFolder)
            ? [.. new DirectoryInfo(MailFolder).GetFiles("*.eml").OrderBy(f => f.CreationTimeUtc).ThenBy(f => f.Name).Select(f => Eml.Decode(File.ReadAllText(f.FullName)))]
            : [];

    public string LogText()
    {
        var builder = new StringBuilder();
        foreach (var file in Directory.Exists(LogFolder) ? Directory.GetFiles(LogFolder) : [])
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            builder.Append(reader.ReadToEnd());
        }

        return builder.ToString();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (IsTemplate)
        {
            GC.SuppressFinalize(this);
            return;
        }

        await RemoveDataAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The data folder and the database of its own.</summary>
    internal async Task RemoveDataAsync()
    {
        if (_ownDatabase is not null)
        {
            await _ownDatabase.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being flushed; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>The database this instance made for itself (a server's), or null on the file in its data folder.</summary>
    internal TestDatabase? OwnDatabase => _ownDatabase;
}

/// <summary>Reads the subject and body of an .eml file written by SmtpClient's pickup delivery.</summary>
internal static class Eml
{
    public static string Decode(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            // A mail the background sender is still writing: read it on the next look.
            return "";
        }

        var headers = raw[..split];
        var body = raw[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
            }
            catch (FormatException)
            {
                return ""; // cut off mid-write: read it on the next look
            }
        }
        else if (headers.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            body = QuotedPrintable(body);
        }

        var to = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("To:", StringComparison.OrdinalIgnoreCase)) ?? "";
        return to + "\n" + body;
    }

    private static string QuotedPrintable(string text)
    {
        text = text.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
