using System.Collections.Concurrent;
using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Tests.Infrastructure;

/// <summary>
/// Core as the web host wires it — real MediatR pipeline, real Identity stores, a migrated database — with
/// the signed-in user set by the test and account mails collected instead of sent.
/// </summary>
public sealed class CoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsDatabase;

    private CoreHost(TestDatabase database, ServiceProvider services, bool ownsDatabase)
    {
        Database = database;
        _services = services;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }
    public TestUser User { get; } = new();
    public TestClock Clock { get; } = new();
    public List<SentMail> Mails { get; } = [];
    public Exception? MailFailure { get; set; }

    /// <summary>What the outbox delivered: recipient, subject and body, in order.</summary>
    public List<(string To, string Subject, string Body)> Delivered { get; } = [];

    public static async Task<CoreHost> StartAsync(DatabaseProvider provider, bool demoData = false) =>
        await StartOnAsync(demoData ? await TestDatabase.CreateAsync(provider) : await MigratedDatabaseAsync(provider), demoData, ownsDatabase: true);

    /// <summary>A host whose services a test changes first (a configured option, say) before it starts.</summary>
    public static async Task<CoreHost> StartAsync(DatabaseProvider provider, Action<IServiceCollection> configure)
    {
        var host = Create(await MigratedDatabaseAsync(provider), ownsDatabase: true, configure);
        try
        {
            await host.InScopeAsync(p => p.GetRequiredService<DatabaseInitializer>().InitializeAsync(false, CancellationToken.None));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Another instance of the portal on a database that the caller owns: two hosts on one database behave
    /// as two app instances do (each has its own services and singletons).
    /// </summary>
    public static async Task<CoreHost> StartOnAsync(TestDatabase database, bool demoData = false, bool ownsDatabase = false, CancellationToken cancellationToken = default)
    {
        var host = Create(database, ownsDatabase);
        try
        {
            await host.InScopeAsync(p => p.GetRequiredService<DatabaseInitializer>().InitializeAsync(demoData, cancellationToken));
        }
        catch
        {
            await host._services.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>One migrated database per engine for this test run, built by the first test that asks.</summary>
    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestDatabase>>> Templates = new();

    /// <summary>
    /// A database already migrated, with its roles and reference data: a copy of a template this test run builds once
    /// per engine (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL) instead of every test applying every
    /// migration and seeding 2,000 reference rows again. Start-up still runs on the copy and finds nothing to do. Tests
    /// of migrating and of starting itself use <see cref="TestDatabase.CreateAsync"/>; SQL Server gets an empty database.
    /// </summary>
    private static async Task<TestDatabase> MigratedDatabaseAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            return await TestDatabase.CreateAsync(provider);
        }

        TestDatabase.SkipUnlessAvailable(provider);
        return await TestDatabase.CopyOfAsync(await Templates.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => BuildTemplateAsync(p))).Value);
    }

    private static async Task<TestDatabase> BuildTemplateAsync(DatabaseProvider provider)
    {
        var template = await TestDatabase.CreateAsync(provider);
        // Started once and stopped: no connection stays open (pooling is off), so PostgreSQL lets the template be copied.
        await (await StartOnAsync(template)).DisposeAsync();
        if (template.SqliteFile is { } file)
        {
            await TestDatabase.FoldLogAsync(file);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template;
    }

    /// <summary>The services of one instance, before any start-up work.</summary>
    private static CoreHost Create(TestDatabase database, bool ownsDatabase, Action<IServiceCollection>? configure = null)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ko-KR");
        var services = new ServiceCollection();
        CoreHost? host = null;
        services.AddLogging();
        services.AddSingleton<IDataProtectionProvider, EphemeralDataProtectionProvider>();
        services.AddRestartCore(database.Settings, database.DocumentsFolder, database.Keys);
        services.AddSingleton<TimeProvider>(_ => host!.Clock);
        services.AddIdentityCore<ApplicationUser>(DependencyInjection.ConfigureIdentity).AddRestartIdentityStores();
        services.AddScoped<ICurrentUser>(_ => host!.User);
        services.AddScoped<IAccountEmails>(_ => new CollectingEmails(host!));
        services.AddSingleton<IMailSender>(_ => new CollectingSender(host!));
        configure?.Invoke(services);
        host = new CoreHost(database, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), ownsDatabase);
        return host;
    }

    /// <summary>Sends a request through the whole pipeline in its own scope, as one web request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Creates an account with a role (and organisation) directly, and signs the test in as it.</summary>
    public async Task<ApplicationUser> SignInAsNewAsync(string role, Action<ApplicationUser>? configure = null)
    {
        var user = await InScopeAsync(async p =>
        {
            var users = p.GetRequiredService<UserManager<ApplicationUser>>();
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.restart";
            var created = new ApplicationUser { UserName = email, Email = email, DisplayName = "테스트 " + role, CreatedAt = DateTime.UtcNow };
            configure?.Invoke(created);
            (await users.CreateAsync(created)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(created, role)).Succeeded.ShouldBeTrue();
            return created;
        });
        User.SignIn(user, role);
        return user;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    public sealed record SentMail(string Kind, string Email, string UserId, string Token);

    private sealed class CollectingSender(CoreHost host) : IMailSender
    {
        public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
        {
            if (host.MailFailure is { } failure)
            {
                throw failure;
            }

            lock (host.Delivered)
            {
                host.Delivered.Add((to, subject, body));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class CollectingEmails(CoreHost host) : IAccountEmails
    {
        public Task SendInvitationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken) =>
            Collect(new SentMail("invitation", email, userId, token));

        public Task SendPasswordResetAsync(string email, string userId, string token, CancellationToken cancellationToken) =>
            Collect(new SentMail("reset", email, userId, token));

        public Task SendRegistrationConfirmationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken) =>
            Collect(new SentMail("confirm", email, userId, token));

        public Task SendRegistrationAttemptAsync(string email, CancellationToken cancellationToken) =>
            Collect(new SentMail("registration-attempt", email, "", ""));

        private Task Collect(SentMail mail)
        {
            if (host.MailFailure is { } failure)
            {
                throw failure;
            }

            lock (host.Mails)
            {
                host.Mails.Add(mail);
            }

            return Task.CompletedTask;
        }
    }
}

public sealed class TestUser : ICurrentUser
{
    public string? UserId { get; private set; }
    public bool IsAuthenticated => UserId is not null;
    public IReadOnlyCollection<string> Roles { get; private set; } = [];
    public Guid? RegionalOfficeId { get; private set; }
    public Guid? AgencyId { get; private set; }
    public Guid? CompanyId { get; private set; }
    public string? IpAddress => "203.0.113.7";

    public void SignIn(ApplicationUser user, string role)
    {
        UserId = user.Id;
        Roles = [role];
        RegionalOfficeId = user.RegionalOfficeId;
        AgencyId = user.AgencyId;
        CompanyId = user.CompanyId;
    }

    public void SignOut()
    {
        UserId = null;
        Roles = [];
        RegionalOfficeId = AgencyId = CompanyId = null;
    }
}

/// <summary>The real clock unless a test sets <see cref="Now"/>.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset? Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now ?? base.GetUtcNow();
}

/// <summary>Every engine; PostgreSQL and SQL Server cases skip with a printed reason where no server is configured.</summary>
public sealed class Engines : TheoryData<DatabaseProvider>
{
    public Engines()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
        Add(DatabaseProvider.SqlServer);
    }
}
