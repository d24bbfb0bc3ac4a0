using System.Text;

namespace Restart.Web.Hosting;

/// <summary>
/// CSV as Excel reads Korean, for every file the portal exports (reports, the case queue): UTF-8 with a byte-order mark, CRLF,
/// quoted when needed, a would-be formula defused.
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(IEnumerable<string[]> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>A cell a spreadsheet would run as a formula (=, +, -, @, a tab or a return first) starts with an apostrophe instead.</summary>
    public static string Defused(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Cell(string value)
    {
        value = Defused(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
