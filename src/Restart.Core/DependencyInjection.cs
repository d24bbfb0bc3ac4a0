using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Restart.Core.Common.Behaviours;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Documents;
using Restart.Core.Keys;

namespace Restart.Core;

public static class DependencyInjection
{
    /// <summary>
    /// The database, MediatR with its pipeline, and the validators. MediatR 5.1.0 has no container
    /// extension that restores here, so handlers are found by scanning this assembly; validators are
    /// registered by FluentValidation's own AddValidatorsFromAssembly (ADR 0001).
    /// The host registers an <see cref="Common.ICurrentUser"/> and hands in the keys it keeps outside the database.
    /// </summary>
    public static IServiceCollection AddRestartCore(this IServiceCollection services, DatabaseSettings database, string documentsFolder, RestartKeys keys)
    {
        services.AddSingleton(keys);
        services.AddSingleton(new DocumentStore(documentsFolder, keys.Documents));
        // The per-account document quota (ADR 0024), from the "Documents:Quota" section the host binds.
        services.AddOptions<DocumentQuotaOptions>();
        services.AddSingleton<AccessLogCheckpoints>();
        services.AddSingleton(database);
        // Pooled: a request reuses a reset context instead of building one (the context holds no state of its
        // own). The options are a singleton either way, which the access-log writer needs (AccessLogAppender).
        services.AddDbContextPool<RestartDbContext>(o => o.UseRestartDatabase(database));
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddScoped<AccessLogWriter>();
        services.AddSingleton<AccessLogAppender>();
        services.AddScoped<AccessLogSubject>();
        services.AddScoped<Common.AfterCommit>();
        services.AddScoped<Common.StaffCases>();
        services.AddScoped<Common.Notices>();
        services.AddScoped<Common.AccountMails>();
        services.AddScoped<Common.PasswordAttempts>();
        services.AddSingleton(new Common.PasswordThrottleSettings());
        services.AddScoped<Common.ReferralMoves>();
        services.AddSingleton<Common.OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<SupplementReminders>();
        services.AddScoped<ExpiredOffers>();
        // Retention (ADR 0025): the host replaces the defaults with its "Retention" section.
        services.TryAddSingleton(new Data.Retention.RetentionSettings());
        services.AddScoped<Data.Retention.PersonalDataDestruction>();
        services.AddScoped<Data.Retention.RetentionSweep>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        // Matching (ADR 0018): weights from the "Matching" section the host binds; one index of open posts per instance.
        services.AddOptions<Matching.MatchingOptions>();
        services.AddSingleton<Matching.MatchReferences>();
        services.AddSingleton<Matching.JobIndex>();
        services.AddScoped<Matching.MatchEngine>();
        services.AddScoped<Matching.IMatchEngine>(p => p.GetRequiredService<Matching.MatchEngine>());

        services.AddScoped<ServiceFactory>(p => p.GetService!);
        services.AddScoped<IMediator, Mediator>();

        // Order matters: the first registered behaviour is the outermost.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AccessLogBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));

        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            {
                services.AddScoped(contract, type);
            }
        }

        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);

        return services;
    }

    /// <summary>The account rules, shared by the web host and the tests.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        // NIST SP 800-63B: length over composition rules.
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        // No lockout after failures (anyone could lock a staff account): wrong passwords slow further attempts
        // instead (PasswordAttempts, ADR 0021). An account locked by other means answers like a wrong password.
        options.Lockout.AllowedForNewUsers = false;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        // A self-registered account is used only once its owner has confirmed the address (ADR 0021): otherwise
        // anyone could take an address nobody registered yet, and learn from the log-in which ones were taken.
        options.SignIn.RequireConfirmedEmail = true;
    }

    public static IdentityBuilder AddRestartIdentityStores(this IdentityBuilder builder) =>
        builder.AddRoles<IdentityRole>().AddEntityFrameworkStores<RestartDbContext>().AddDefaultTokenProviders();
}
