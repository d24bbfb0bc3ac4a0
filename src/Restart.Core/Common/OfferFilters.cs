namespace Restart.Core.Common;

/// <summary>
/// The public lists' filters as a visitor types them into a query string. A value a list cannot use is left
/// out with a message for its field; the other filters still apply, so a hand-edited address never fails.
/// </summary>
internal static class OfferFilters
{
    /// <summary>The longest "deadline within N days" a list takes: a year.</summary>
    public const int MaxDays = 365;

    /// <summary>The last deadline a "within <paramref name="days"/> days" filter keeps; null (no filter) when none is asked or it is out of range.</summary>
    public static DateOnly? DeadlineWithin(int? days, DateOnly today, string field, List<FieldError> ignored)
    {
        if (days is null)
        {
            return null;
        }

        if (days is < 0 or > MaxDays)
        {
            ignored.Add(new FieldError(field, Text.Format("Offers.DaysOutOfRange", MaxDays)));
            return null;
        }

        return today.AddDays(days.Value);
    }

    /// <summary>The value of a defined enum member; null with a message for any other number.</summary>
    public static T? Defined<T>(T? value, string field, List<FieldError> ignored) where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            ignored.Add(new FieldError(field, Text.Get("Offers.UnknownChoice")));
            return null;
        }

        return value;
    }

    /// <summary>
    /// The codes that start with a KECO group's code, as a range [From, To) of strings: a range on the
    /// (Status, OccupationCode, ClosesOn) index on every engine, where LIKE is not (SQLite's is case-blind).
    /// KECO codes are digits only, so the next prefix of the same length bounds the range; "9…" has no bound.
    /// </summary>
    public static (string From, string? To) CodeRange(string prefix)
    {
        var digits = prefix.ToCharArray();
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (digits[i] < '9')
            {
                digits[i]++;
                return (prefix, new string(digits, 0, i + 1));
            }
        }

        return (prefix, null);
    }
}
