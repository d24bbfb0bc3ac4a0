using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Restart.Browser.Tests;

/// <summary>
/// The portal on a real Kestrel port (SQLite file and demo data in a temp folder) and Debian's Chromium,
/// driven by Playwright. Without Chromium the tests skip with the reason printed — except under CI=true,
/// where a missing browser is a failure, so CI can never pass by skipping.
/// </summary>
public sealed class PortalServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Factory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public const float BusyMachineTimeout = 60_000;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
        Assertions.SetDefaultExpectTimeout(BusyMachineTimeout);
    }

    /// <summary>A fresh browser context (its own cookies) on the portal, or a skip/failure when there is no browser.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            var reason = $"Browser tests need Chromium at {ChromiumPath} (apt-get install chromium); .ci/run installs it.";
            Assert.SkipWhen(!IsCi, reason);
            Assert.Fail(reason);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "ko-KR", ViewportSize = new ViewportSize { Width = width, Height = height } });
        // A busy machine (two cores shared with builds) can take many seconds for one page: wait long, fail late, never flake.
        context.SetDefaultTimeout(BusyMachineTimeout);
        context.SetDefaultNavigationTimeout(BusyMachineTimeout);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "restart-browser-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("DataFolder", _dataFolder);
            builder.UseSetting("Database:SeedDemoData", "true");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dataFolder))
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
        }
    }
}
