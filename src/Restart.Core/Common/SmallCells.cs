namespace Restart.Core.Common;

/// <summary>
/// A count of fewer than five people is never shown nor exported as a number (ADR 0026 §2): it leaves Core as
/// <c>null</c> and reads "&lt;5", so that a small district's figure cannot point at a person.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;

    /// <summary>What "&lt;5" reads as in a table, a chart label and a file.</summary>
    public const string Hidden = "<5";

    public static int? Show(int count) => count < Threshold ? null : count;

    /// <summary>A share of <paramref name="part"/> in <paramref name="whole"/>, only when both are shown.</summary>
    public static decimal? Rate(int part, int whole) =>
        part < Threshold || whole < Threshold ? null : Math.Round((decimal)part / whole, 3);

    public static string Text(int? count) => count is { } n ? n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : Hidden;
}
