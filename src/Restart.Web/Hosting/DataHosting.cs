using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Restart.Core;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;

namespace Restart.Web.Hosting;

/// <summary>The database, the data folder (database file, documents, keys, logs, mail) and what checks them.</summary>
public static class DataHosting
{
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["DataFolder"] ?? "App_Data", environment.ContentRootPath);

    /// <summary>Reads "Database:Provider" and "ConnectionStrings:Restart"; SQLite defaults to a file in the app's data folder.</summary>
    public static DatabaseSettings ReadDatabaseSettings(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new DatabaseSettings
        {
            Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite),
            ConnectionString = configuration.GetConnectionString("Restart") ?? "",
        };
        if (settings.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            var folder = DataFolder(configuration, environment);
            Directory.CreateDirectory(folder);
            settings.ConnectionString = $"Data Source={Path.Combine(folder, "restart.db")}";
        }
        else if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:Restart is required when Database:Provider is {settings.Provider}.");
        }

        return settings;
    }

    public static WebApplicationBuilder AddRestartData(this WebApplicationBuilder builder, DatabaseSettings database)
    {
        var dataFolder = DataFolder(builder.Configuration, builder.Environment);
        var keys = KeyHosting.ReadKeys(builder.Configuration, dataFolder);
        builder.Services.AddRestartCore(database, Path.Combine(dataFolder, "documents"), keys);
        builder.Services.Configure<Restart.Core.Matching.MatchingOptions>(builder.Configuration.GetSection(Restart.Core.Matching.MatchingOptions.Section));
        builder.Services.Configure<Restart.Core.Documents.DocumentQuotaOptions>(builder.Configuration.GetSection(Restart.Core.Documents.DocumentQuotaOptions.Section));

        // Keys live in the database, so a cookie or antiforgery token made by one instance is read by every other (ADR 0013).
        var keyRing = builder.Services.AddDataProtection()
            .SetApplicationName("Restart")
            .PersistKeysToDbContext<RestartDbContext>();
        // The keys are encrypted at rest: with the operator's certificate when one is configured, otherwise with
        // AES-GCM under "Keys:DataProtection" (or its key file), kept outside the database (ADR 0022).
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            keyRing.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                Path.GetFullPath(certificate, dataFolder), builder.Configuration["DataProtection:CertificatePassword"]));
        }
        else
        {
            var encryption = new DataProtectionKeys(KeyHosting.ReadRing(builder.Configuration, "DataProtection", "data-protection", KeyHosting.KeysFolder(builder.Configuration, dataFolder)));
            builder.Services.AddSingleton(encryption);
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new KeyRingEncryptor(encryption));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<RestartDbContext>("database");
        return builder;
    }

    /// <summary>
    /// The command line as configuration: the bare flags `--migrate` (Database:MigrateOnly) and `--seed-demo`
    /// (Database:SeedDemoData) become key=value pairs, so that the configuration reader does not take the
    /// argument after a flag as its value (`--migrate --urls …` would otherwise lose the address).
    /// </summary>
    public static string[] CommandLine(string[] args) =>
        [.. args.Select(arg => arg switch
        {
            "--migrate" => "--Database:MigrateOnly=true",
            "--seed-demo" => "--Database:SeedDemoData=true",
            "--reencrypt-documents" => "--Documents:ReencryptOnly=true",
            "--rebuild-figures" => "--Database:RebuildFiguresOnly=true",
            _ => arg,
        })];

    /// <summary>
    /// `--reencrypt-documents` (Documents:ReencryptOnly): rewrite every stored document not under the active
    /// documents key (stored before encryption, or under a retired key) with it, then exit (ADR 0022).
    /// </summary>
    public static async Task<bool> ReencryptDocumentsIfAskedAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Documents:ReencryptOnly"))
        {
            return false;
        }

        var rewritten = await app.Services.GetRequiredService<Restart.Core.Documents.DocumentStore>().ReencryptAsync(CancellationToken.None);
        Serilog.Log.Information("Re-encrypted {Count} stored documents with the active documents key", rewritten);
        return true;
    }

    /// <summary>
    /// `--rebuild-figures` (Database:RebuildFiguresOnly): count the daily outcome figures again from the case rows, then
    /// exit (ADR 0026); the start-up does it by itself once after the migration that adds them.
    /// </summary>
    public static async Task<bool> RebuildFiguresIfAskedAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Database:RebuildFiguresOnly"))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var cases = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().RebuildFiguresAsync();
        Serilog.Log.Information("Daily outcome figures counted again from the rows of {Cases} cases", cases);
        return true;
    }

    /// <summary>`--migrate` (Database:MigrateOnly): apply migrations and seed, then exit, for deployments that run it as a step of its own.</summary>
    public static bool IsMigrateOnly(this WebApplication app) => app.Configuration.GetValue<bool>("Database:MigrateOnly");

    /// <summary>
    /// Migrations, roles and reference data; demo data on the embedded database in Development, or when asked.
    /// Skipped at start-up when Database:MigrateOnStart is false (the deployment runs `--migrate` instead).
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        if (!app.IsMigrateOnly() && !app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            return;
        }

        var seedDemoData = (app.Configuration.GetValue<bool?>("Database:SeedDemoData")
                ?? (app.Environment.IsDevelopment() && app.Services.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData);
    }
}
