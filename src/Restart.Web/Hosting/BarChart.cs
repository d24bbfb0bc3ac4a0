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

    public double Start(int? value) => LabelWidth + (Funnel ? ((Width - LabelWidth - ValueWidth) - Length(value)) / 2 : 0);
}
