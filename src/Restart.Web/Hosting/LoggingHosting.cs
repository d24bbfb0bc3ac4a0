using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Restart.Core.Common.Behaviours;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace Restart.Web.Hosting;

/// <summary>Serilog through Serilog.AspNetCore (ADR 0004): one logger per host, one line per request, no personal data.</summary>
public static partial class LoggingHosting
{
    public const string CorrelationHeader = "X-Correlation-Id";
    private const string CorrelationItem = "Restart.CorrelationId";

    /// <summary>Console only: it records a start that fails before the configured logger exists.</summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();

    /// <summary>
    /// Levels, enrichers and extra sinks come from the "Serilog" section; the rolling file goes to
    /// "Logging:File:Path" inside the data folder (empty turns it off), kept "Logging:File:RetainedDays" days;
    /// "Logging:JsonFile:Path" adds compact JSON lines for log shipping.
    /// </summary>
    public static WebApplicationBuilder AddRestartLogging(this WebApplicationBuilder builder)
    {
        var (configuration, environment) = (builder.Configuration, builder.Environment);
        // preserveStaticLogger: each host (several in one test process) builds and disposes its own logger
        // instead of freezing the one static bootstrap logger, which only the first host could do.
        builder.Services.AddSerilog((services, logger) => Configure(logger, configuration, environment).ReadFrom.Services(services), preserveStaticLogger: true);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IRequestLogFacts, HandledInRequest>();
        return builder;
    }

    private static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, IHostEnvironment environment)
    {
        // Sink assemblies are named: scanning the entry assembly's dependencies misses them under a test host.
        logger.ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(
            typeof(Serilog.ILogger).Assembly,
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly));
        logger.Enrich.With<LogScrubbing>();
        var retainedDays = configuration.GetValue("Logging:File:RetainedDays", 31);
        if ((configuration["Logging:File:Path"] ?? "logs/restart-.log") is { Length: > 0 } file)
        {
            logger.WriteTo.File(
                Path.GetFullPath(file, DataHosting.DataFolder(configuration, environment)),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: retainedDays,
                formatProvider: CultureInfo.InvariantCulture,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
        }

        if (configuration["Logging:JsonFile:Path"] is { Length: > 0 } json)
        {
            logger.WriteTo.File(
                new CompactJsonFormatter(),
                Path.GetFullPath(json, DataHosting.DataFolder(configuration, environment)),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: retainedDays);
        }

        return logger;
    }

    /// <summary>
    /// Takes the caller's X-Correlation-Id when it is a safe token (else the request's trace id), echoes it
    /// in the response and adds it to every log event of the request.
    /// </summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var supplied = context.Request.Headers[CorrelationHeader].ToString();
        var correlationId = SafeId().IsMatch(supplied) ? supplied : context.TraceIdentifier;
        context.Items[CorrelationItem] = correlationId;
        // Set when the response starts: the exception handler clears headers set earlier.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationHeader] = correlationId;
            return Task.CompletedTask;
        });
        using (Serilog.Context.LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next();
        }
    });

    public static string CorrelationId(this HttpContext context) =>
        context.Items[CorrelationItem] as string ?? context.TraceIdentifier;

    /// <summary>
    /// One line per request: method, path (never the query string, which may carry personal data), status, elapsed, user id,
    /// correlation id, and the use cases it ran with their time and outcome (names only, from <see cref="HandledInRequest"/>).
    /// </summary>
    public static IApplicationBuilder UseRestartRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(o =>
    {
        // This host's logger, not the static one (which is the console-only bootstrap logger).
        o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms user {UserId} correlation {CorrelationId} handled {Handled}";
        o.IncludeQueryInRequestPath = false;
        o.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-");
            diagnostics.Set("CorrelationId", context.CorrelationId());
            diagnostics.Set("Handled", context.Items[HandledInRequest.Item] as string ?? "-");
        };
    });

    /// <summary>
    /// The use cases a request ran ("GetCaseQueue.Query Ok 2.1 ms"), kept on the request and written in its one event: a
    /// second event per view (the handler's) was half the logging's cost under load. Outside a request, the behaviour
    /// logs its own event as before.
    /// </summary>
    internal sealed class HandledInRequest(IHttpContextAccessor http) : IRequestLogFacts
    {
        public const string Item = "Restart.Handled";

        public bool TryAdd(string request, double elapsedMs, string outcome)
        {
            if (http.HttpContext is not { } context)
            {
                return false;
            }

            var fact = string.Create(CultureInfo.InvariantCulture, $"{request} {outcome} {elapsedMs:0.0} ms");
            context.Items[Item] = context.Items[Item] is string earlier ? $"{earlier}; {fact}" : fact;
            return true;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9:._-]{1,64}$")]
    private static partial Regex SafeId();
}
