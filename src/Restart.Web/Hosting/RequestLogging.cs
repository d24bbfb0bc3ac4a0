using System.Diagnostics;
using System.Security.Claims;
using System.Text.RegularExpressions;

namespace Restart.Web.Hosting;

/// <summary>
/// One line per request: method, path (never the query string, which may carry personal data), status,
/// elapsed time, user id and correlation id. Serilog.AspNetCore does not restore here (ADR 0004).
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var supplied = context.Request.Headers[CorrelationHeader].ToString();
        var correlationId = SafeId().IsMatch(supplied) ? supplied : context.TraceIdentifier;
        context.Response.Headers[CorrelationHeader] = correlationId;
        var started = Stopwatch.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId });
        try
        {
            await next(context);
        }
        finally
        {
            LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-", correlationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms user {UserId} correlation {CorrelationId}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs, string userId, string correlationId);

    [GeneratedRegex("^[A-Za-z0-9:._-]{1,64}$")]
    private static partial Regex SafeId();
}
