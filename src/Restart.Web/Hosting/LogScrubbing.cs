using System.Globalization;
using System.Text;
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
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && NeedsScrubbing(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Scrub(text))));
            }
        }
    }

    public static string Scrub(string text)
    {
        if (!NeedsScrubbing(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = IsUnsafe(c) ? clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : clean.Append(c);
        }

        return clean.ToString();
    }

    private static bool NeedsScrubbing(string text) => text.Any(IsUnsafe);

    private static bool IsUnsafe(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
