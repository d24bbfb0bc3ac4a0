namespace Restart.Core.Domain;

/// <summary>KSIC and KECO codes typed or picked as "56111 한식 일반 음식점업" or "5312 한식 조리사": the leading code is what counts.</summary>
public static class ReferenceCodes
{
    public static string? Parse(string? input)
    {
        var first = input?.Trim().Split(' ', 2)[0];
        return first is { Length: > 0 and <= 5 } && first.All(char.IsAsciiLetterOrDigit) ? first : null;
    }
}
