using Restart.Core.Common;

namespace Restart.Web.Hosting;

/// <summary>A horizontal bar chart (a funnel when centred): one bar a row, the label left, the value right; a "&lt;5" cell gets no bar.</summary>
/// <param name="Bars">The label and value of each bar, top to bottom; a null value is a hidden cell.</param>
/// <param name="Funnel">Bars centred, for stages that narrow.</param>
/// <param name="Unit">Written after each value ("%" for rates).</param>
/// <param name="Scale">The value a full bar stands for (100 for rates); the largest value when not given.</param>
public sealed record BarChart(IReadOnlyList<(string Label, int? Value)> Bars, bool Funnel = false, string Unit = "", int? Scale = null)
{
    public const int Width = 360;
    public const int LabelWidth = 118;
    public const int ValueWidth = 46;
    public const int Row = 26;

    public int Height => (Bars.Count * Row) + 4;

    public double Length(int? value)
    {
        var max = Scale ?? Bars.Max(b => b.Value ?? 0);
        return value is { } v && max > 0 ? Math.Max(2, (double)v / max * (Width - LabelWidth - ValueWidth)) : 0;
    }

    public string Text(int? value) => value is null ? SmallCells.Hidden : SmallCells.Text(value) + Unit;

    /// <summary>The label's room left of the bars, in the chart's units (its font is 12 high).</summary>
    private const double LabelRoom = LabelWidth - 8;

    /// <summary>
    /// A label cut to fit left of the bars, with "…" when cut. Widths are estimated as the browser draws a 12-unit font: a Hangul
    /// or other wide character takes a full 12, anything else about 7 — counting characters instead let a Korean name of 12
    /// characters (144 units) run off the chart's left edge.
    /// </summary>
    public static string Fit(string label)
    {
        static double WidthOf(char c) => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60')) ? 12 : 7;

        var width = 0.0;
        for (var i = 0; i < label.Length; i++)
        {
            width += WidthOf(label[i]);
            if (width > LabelRoom)
            {
                // Room for the ellipsis (12 units): drop characters until it fits.
                var end = i;
                var kept = width - WidthOf(label[i]);
                while (end > 0 && kept + 12 > LabelRoom)
                {
                    end--;
                    kept -= WidthOf(label[end]);
                }

                return label[..end].TrimEnd() + "…";
            }
        }

        return label;
    }

    public double Start(int? value) => LabelWidth + (Funnel ? ((Width - LabelWidth - ValueWidth) - Length(value)) / 2 : 0);
}
