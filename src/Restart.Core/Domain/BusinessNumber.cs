namespace Restart.Core.Domain;

/// <summary>사업자등록번호: ten digits, the last a check digit computed from the first nine (국세청 algorithm).</summary>
public static class BusinessNumber
{
    private static readonly int[] Weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];

    /// <summary>The ten digits of "123-45-67890" or "1234567890", or null when it is not ten digits.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var digits = new string([.. input.Where(c => c != '-' && c != ' ')]);
        return digits.Length == 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is { } d && CheckDigit(d[..9]) == d[9] - '0';

    /// <summary>The tenth digit the first nine call for (the 국세청 algorithm).</summary>
    public static int CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nineDigits[i] - '0') * Weights[i];
        }

        sum += (nineDigits[8] - '0') * 5 / 10;
        return (10 - (sum % 10)) % 10;
    }

    public static string Format(string digits) => $"{digits[..3]}-{digits[3..5]}-{digits[5..]}";
}
