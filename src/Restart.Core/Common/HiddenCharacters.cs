using System.Globalization;
using System.Text;

namespace Restart.Core.Common;

/// <summary>
/// Characters a person does not see but a program acts on: control characters (a CR/LF starts a new log
/// line) and format characters (a right-to-left override reorders what a file name shows). Text that came
/// from a visitor is cleaned of them before it is logged, recorded or offered as a file name.
/// </summary>
public static class HiddenCharacters
{
    public static bool IsHidden(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The text with each hidden character replaced by <paramref name="replacement"/> of it (empty drops it).</summary>
    public static string Replace(string text, Func<char, string> replacement)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = IsHidden(c) ? clean.Append(replacement(c)) : clean.Append(c);
        }

        return clean.ToString();
    }
}
