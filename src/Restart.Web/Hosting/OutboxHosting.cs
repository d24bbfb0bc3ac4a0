using Quartz;
using Restart.Core.Common;
using Restart.Core.Data;

namespace Restart.Web.Hosting;

/// <summary>
/// What leaves the portal on its own: the outbox's mails, sent by a background loop as soon as a command
/// commits (or every half minute, for retries), and the daily supplement reminders, scheduled with Quartz.NET
/// at 09:00 Korean time and once at start-up (ADR 0016); and the closing of job posts and programmes whose
/// deadline has passed, just after midnight Korean time (00:05) and once at start-up.
/// </summary>
public static partial class OutboxHosting
{
    public static WebApplicationBuilder AddRestartOutbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<OutboxLoop>();
        var retention = builder.AddRetentionSettings();
        builder.Services.AddQuartz(q =>
        {
            var job = new JobKey(nameof(SupplementReminderJob));
            q.AddJob<SupplementReminderJob>(j => j.WithIdentity(job));
            q.AddTrigger(t => t.ForJob(job).WithIdentity("supplement-reminders-daily")
                .WithCronSchedule("0 0 9 * * ?", c => c.InTimeZone(Restart.Core.Common.KoreanTime.Zone)));
            q.AddTrigger(t => t.ForJob(job).WithIdentity("supplement-reminders-at-start").StartAt(DateTimeOffset.UtcNow.AddSeconds(30)));
            var closing = new JobKey(nameof(ExpiredOffersJob));
            q.AddJob<ExpiredOffersJob>(j => j.WithIdentity(closing));
            q.AddTrigger(t => t.ForJob(closing).WithIdentity("expired-offers-daily")
                .WithCronSchedule("0 5 0 * * ?", c => c.InTimeZone(Restart.Core.Common.KoreanTime.Zone)));
            q.AddTrigger(t => t.ForJob(closing).WithIdentity("expired-offers-at-start").StartAt(DateTimeOffset.UtcNow.AddSeconds(20)));
            // Quartz is configured once per host, so the access log's daily checkpoint joins here.
            q.AddAccessLogCheckpoints();
            q.AddRetentionJob(retention);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>Sends due mails while there are any, then waits for a commit's nudge or the next half minute.</summary>
    private sealed partial class OutboxLoop(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxLoop> logger) : BackgroundService
    {
        private const int Batch = 20;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    while (await dispatcher.DispatchDueAsync(Batch, stoppingToken) == Batch)
                    {
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database away for a moment: the mails wait in the outbox for the next round.
                    LogRoundFailed(logger, e);
                }

                try
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "An outbox round failed; the mails stay queued")]
        private static partial void LogRoundFailed(ILogger logger, Exception exception);
    }

    /// <summary>Queues the reminders due today; another instance running the same job queues none twice.</summary>
    [DisallowConcurrentExecution]
    private sealed class SupplementReminderJob(IServiceScopeFactory scopes) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SupplementReminders>().QueueAsync(cancellationToken);
        }
    }

    /// <summary>Closes the offers whose deadline has passed; another instance running the same job closes none twice.</summary>
    [DisallowConcurrentExecution]
    private sealed class ExpiredOffersJob(IServiceScopeFactory scopes) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ExpiredOffers>().CloseAsync(cancellationToken);
        }
    }
}
