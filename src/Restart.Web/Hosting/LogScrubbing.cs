using System.Globalization;
using Restart.Core.Common;
using Serilog.Core;
using Serilog.Events;

namespace Restart.Web.Hosting;

/// <summary>
/// Values written to the logs carry no control or format characters: a request path with an encoded CR/LF
/// would otherwise start a forged line of its own in the text log, and a right-to-left override would make
/// a line read differently from what it says. Such characters are written as \uXXXX.
/// </summary>
public sealed class LogScrubbing : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        // Collected first: the properties are not changed while they are being read.
        List<LogEventProperty>? scrubbed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.Any(HiddenCharacters.IsHidden))
            {
                (scrubbed ??= []).Add(new LogEventProperty(name,
                    new ScalarValue(HiddenCharacters.Replace(text, c => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}")))));
            }
        }

        scrubbed?.ForEach(logEvent.AddOrUpdateProperty);
    }
}
