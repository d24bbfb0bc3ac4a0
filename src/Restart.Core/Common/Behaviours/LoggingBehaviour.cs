using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Restart.Core.Common.Behaviours;

/// <summary>Logs each request's name, elapsed time and outcome. Never the request's content: it may hold personal data.</summary>
public sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
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
            LogHandled(logger, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, outcome);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Request} failed after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, string request, double elapsedMs);
}

internal static class RequestName
{
    /// <summary>"ListAccounts.Query" for a request nested in its use-case class, else the type name.</summary>
    public static string Of(Type type) => type.DeclaringType is { } use ? $"{use.Name}.{type.Name}" : type.Name;
}
