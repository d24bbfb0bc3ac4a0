using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Restart.Core.Common.Behaviours;

/// <summary>
/// Where a use case's name, time and outcome go when the host writes one event per request of its own: the web host
/// folds them into its request line (ADR 0004), so a page view is one event, not two.
/// </summary>
public interface IRequestLogFacts
{
    /// <summary>Adds the facts to the event of the request being served; false when none is being served.</summary>
    bool TryAdd(string request, double elapsedMs, string outcome);
}

/// <summary>
/// Logs each request's name, elapsed time and outcome: into the host's request event when there is one (then this
/// behaviour's own event is Debug), else as an event of its own. Never the request's content: it may hold personal data.
/// </summary>
public sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger, IRequestLogFacts? facts = null)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var name = RequestName.Of(typeof(TRequest));
        try
        {
            var response = await next();
            var outcome = response is Result result ? result.Status.ToString() : "Ok";
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (facts?.TryAdd(name, elapsedMs, outcome) == true)
            {
                LogHandledInRequest(logger, name, elapsedMs, outcome);
            }
            else
            {
                LogHandled(logger, name, elapsedMs, outcome);
            }

            return response;
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {Request} in {ElapsedMs:0.0} ms: {Outcome}")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs, string outcome);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {Request} in {ElapsedMs:0.0} ms: {Outcome}")]
    private static partial void LogHandledInRequest(ILogger logger, string request, double elapsedMs, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Request} failed after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, string request, double elapsedMs);
}

internal static class RequestName
{
    /// <summary>"ListAccounts.Query" for a request nested in its use-case class, else the type name.</summary>
    public static string Of(Type type) => type.DeclaringType is { } use ? $"{use.Name}.{type.Name}" : type.Name;
}
