using Serilog;
using Serilog.Core;
using Serilog.Settings.Configuration;

namespace Restart.Web.Hosting;

public static class RestartLogging
{
    /// <summary>
    /// Levels, enrichers and extra sinks come from the "Serilog" section; the rolling file goes to
    /// "Logging:File:Path" inside the data folder (empty turns it off), kept "Logging:File:RetainedDays" days.
    /// Sink assemblies are named explicitly: scanning the entry assembly's dependencies misses them under a test host.
    /// </summary>
    public static Logger CreateLogger(IConfiguration configuration, IHostEnvironment environment)
    {
        var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(
            typeof(Serilog.ILogger).Assembly,
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly));
        var file = configuration["Logging:File:Path"] ?? "logs/restart-.log";
        if (file.Length > 0)
        {
            logger.WriteTo.File(
                Path.GetFullPath(file, WebHost.DataFolder(configuration, environment)),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: configuration.GetValue("Logging:File:RetainedDays", 31),
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
        }

        return logger.CreateLogger();
    }
}
