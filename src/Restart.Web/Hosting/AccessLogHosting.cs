using Quartz;
using Restart.Core.Data;

namespace Restart.Web.Hosting;

/// <summary>
/// The daily signed checkpoint of the access log (ADR 0022): at 00:10 Korean time the newest entry's id and
/// hash are signed and appended to that day's file in the checkpoint folder. Every instance may write one; the
/// lines are independent, so two of them only say the same thing twice.
/// </summary>
public static class AccessLogHosting
{
    public static void AddAccessLogCheckpoints(this IQuartzBuilder quartz)
    {
        var job = new JobKey(nameof(AccessLogCheckpointJob));
        quartz.AddJob<AccessLogCheckpointJob>(j => j.WithIdentity(job));
        quartz.AddTrigger(t => t.ForJob(job).WithIdentity("access-log-checkpoint-daily")
            .WithCronSchedule("0 10 0 * * ?", c => c.InTimeZone(Restart.Core.Common.KoreanTime.Zone)));
    }

    [DisallowConcurrentExecution]
    private sealed class AccessLogCheckpointJob(IServiceScopeFactory scopes) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccessLogCheckpoints>()
                .WriteAsync(scope.ServiceProvider.GetRequiredService<RestartDbContext>(), cancellationToken);
        }
    }
}
