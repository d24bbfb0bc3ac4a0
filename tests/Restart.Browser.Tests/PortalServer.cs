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

    /// <summary>
    /// After "가입하기": opens the registration link mailed to <paramref name="email"/> (the pickup folder, as a
    /// developer would) and finishes with the password, landing on the applicant home signed in.
    /// </summary>
    public async Task FinishRegistrationAsync(IPage page, string email, string password)
    {
        await Assertions.Expect(page.Locator(".alert-success[role='status']")).ToContainTextAsync("메일을 보냈습니다");
        await page.GotoAsync(await MailedLinkAsync(email, "/Account/ConfirmRegistration?"));
        await page.GetByLabel("비밀번호", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "가입 마치기" }).ClickAsync();
        await page.ExpectPageAsync("/applicant");
    }

    /// <summary>A counselor of the Seoul office made straight in the database, with a password and no authenticator yet.</summary>
    public async Task<string> NewCounselorAsync(string name, string password)
    {
        var email = $"counselor-{Guid.NewGuid():N}@example.com";
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Restart.Core.Data.RestartDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Restart.Core.Domain.ApplicationUser>>();
        var office = db.RegionalOffices.Single(o => o.Code == "SEOUL").Id;
        var user = new Restart.Core.Domain.ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, RegionalOfficeId = office, CreatedAt = DateTime.UtcNow,
        };
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Restart.Core.Domain.Roles.Counselor)).Succeeded.ShouldBeTrue();
        return email;
    }

    /// <summary>The link in the mail to <paramref name="email"/>; the outbox sends it just after the commit (a bound for a stuck loop, not a speed measure).</summary>
    private async Task<string> MailedLinkAsync(string email, string path)
    {
        var folder = Path.Combine(_factory.DataFolder, "mail");
        for (var i = 0; i < 600; i++)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var mail = Decode(await File.ReadAllTextAsync(file));
                var at = mail.IndexOf(path, StringComparison.Ordinal);
                if (mail.Contains(email, StringComparison.Ordinal) && at > 0)
                {
                    var start = mail.LastIndexOf("http", at, StringComparison.Ordinal);
                    var end = mail.IndexOfAny(['\r', '\n', ' '], at);
                    return mail[start..(end < 0 ? mail.Length : end)];
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No mail to {email} with {path} within 60 s.");
    }

    /// <summary>The To header and the body of an .eml file written by SmtpClient's pickup delivery (base64 or quoted-printable).</summary>
    private static string Decode(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..split];
        var body = raw[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            body = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
        }
        else if (headers.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var text = body.Replace("=\r\n", "", StringComparison.Ordinal);
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
                    bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text[i].ToString()));
                }
            }

            body = System.Text.Encoding.UTF8.GetString([.. bytes]);
        }

        return headers + "\n" + body;
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

        public string DataFolder => _dataFolder;

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
