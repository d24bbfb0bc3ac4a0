using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Restart.Core.Common;

namespace Restart.Web.Hosting;

/// <summary>
/// An Excel workbook of a report (ADR 0026 §6, MiniExcel), the one writer of every report page (office, partner, employer, council): a first sheet naming
/// whose figures, the period and the small-cell rule, then one sheet a table with the page's header and rows. Whole numbers are written as numbers
/// so they can be summed; "&lt;5", rates and labels stay text; a would-be formula is defused as in the CSV.
/// </summary>
public static partial class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// A report's workbook: the cover sheet (<paramref name="whose"/> is the organisation's label and name, e.g. 협력기관 and its name), then each
    /// table in this order; a table with nothing in the period says so rather than leaving a bare header.
    /// </summary>
    public static byte[] Write(IStringLocalizer l, (string Label, string Name) whose, DateOnly from, DateOnly until, DateTime madeUtc,
        IEnumerable<(string Title, IEnumerable<string[]> Rows)> tables)
    {
        IEnumerable<string[]> cover =
        [
            [l["Reports.Cover.Item"], l["Reports.Cover.Value"]],
            [whose.Label, whose.Name],
            [l["Reports.Period"], $"{from:yyyy-MM-dd} ~ {until:yyyy-MM-dd}"],
            [l["Reports.Cover.Made"], KoreanTime.ToKorean(madeUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
            [l["Reports.Cover.Rule"], l["Reports.SmallCells"]],
        ];
        return Write([(l["Reports.Cover"].Value, cover), .. tables.Select(t => (t.Title, Sheet(l, t.Rows)))]);
    }

    private static IEnumerable<string[]> Sheet(IStringLocalizer l, IEnumerable<string[]> table)
    {
        var rows = table.ToList();
        return rows.Count > 1 ? rows : [rows[0], [l["Reports.None"], .. Enumerable.Repeat("", rows[0].Length - 1)]];
    }

    /// <summary>Excel's limit on a sheet's name, and the characters it refuses in one.</summary>
    private const int SheetNameLength = 31;

    private static readonly char[] RefusedInSheetName = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>The workbook of these tables, each a header row followed by its rows, one sheet a table in this order.</summary>
    public static byte[] Write(IEnumerable<(string Name, IEnumerable<string[]> Rows)> tables)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var (name, rows) in tables)
        {
            Add(sheets, name, rows);
        }

        using var file = new MemoryStream();
        file.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
        return file.ToArray();
    }

    private static void Add(Dictionary<string, object> sheets, string name, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var header = all[0];
        var sheet = all.Skip(1)
            .Select(row => (IDictionary<string, object?>)header.Select((column, i) => (column, Value: Cell(i < row.Length ? row[i] : "")))
                .ToDictionary(c => c.column, c => c.Value))
            .ToList();
        sheets.Add(SheetName(name, sheets.Keys), sheet);
    }

    /// <summary>A whole number as the page shows it ("12", "-3" or, from a thousand up, "1,234") becomes a number; anything else stays text.</summary>
    private static object Cell(string value) =>
        WholeNumber().IsMatch(value) && int.TryParse(value, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : ReportCsv.Defused(value);

    [GeneratedRegex("^-?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    /// <summary>A name Excel accepts: the refused characters taken out, at most 31 characters, unique in the workbook.</summary>
    private static string SheetName(string title, IEnumerable<string> taken)
    {
        var name = string.Concat(title.Where(c => Array.IndexOf(RefusedInSheetName, c) < 0)).Trim();
        name = name.Length > SheetNameLength ? name[..SheetNameLength].TrimEnd() : name;
        var unique = name;
        for (var n = 2; taken.Contains(unique, StringComparer.OrdinalIgnoreCase); n++)
        {
            var suffix = $" ({n})";
            unique = (name.Length + suffix.Length > SheetNameLength ? name[..(SheetNameLength - suffix.Length)] : name) + suffix;
        }

        return unique;
    }
}
