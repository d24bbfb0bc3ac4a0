using Quartz;
using Restart.Core.Data.Retention;

namespace Restart.Web.Hosting;

/// <summary>
/// The daily retention run (ADR 0025): at <c>Retention:Schedule</c> (03:30 Korean time by default) every instance runs
/// it, as the other daily jobs run (ADR 0013); each destruction checks and records itself in one transaction, so what
/// one instance destroyed the other finds gone.
/// </summary>
public static class RetentionHosting
{
    /// <summary>The periods from the "Retention" section, in place of Core's defaults.</summary>
    public static RetentionSettings AddRetentionSettings(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Retention").Get<RetentionSettings>() ?? new RetentionSettings();
        builder.Services.AddSingleton(settings);
        return settings;
    }

    public static void AddRetentionJob(this IQuartzBuilder quartz, RetentionSettings settings)
    {
        var job = new JobKey(nameof(RetentionJob));
        quartz.AddJob<RetentionJob>(j => j.WithIdentity(job));
        quartz.AddTrigger(t => t.ForJob(job).WithIdentity("retention-daily")
            .WithCronSchedule(settings.Schedule, c => c.InTimeZone(Restart.Core.Common.KoreanTime.Zone)));
    }

    [DisallowConcurrentExecution]
    private sealed class RetentionJob(IServiceScopeFactory scopes) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(cancellationToken);
        }
    }
}
