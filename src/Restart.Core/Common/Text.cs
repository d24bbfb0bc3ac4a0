using System.Globalization;
using System.Resources;

namespace Restart.Core.Common;

/// <summary>
/// Messages that Core shows to people (validation and conflicts), Korean first, from Resources/Messages*.resx.
/// Read at the moment a message is built, so the request's UI culture decides the language.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Resources = new("Restart.Core.Resources.Messages", typeof(Text).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"Missing message '{key}'.");

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
