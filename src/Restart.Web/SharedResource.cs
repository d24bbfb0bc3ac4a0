using System.Globalization;
using System.Resources;

namespace Restart.Web;

/// <summary>
/// The web project's words: Resources/SharedResource.resx (Korean, the neutral language) and
/// SharedResource.en.resx. Views use <c>IStringLocalizer&lt;SharedResource&gt;</c>; code outside a view uses <see cref="Get(string)"/>.
/// </summary>
public sealed class SharedResource
{
    private static readonly ResourceManager Resources = new("Restart.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Get(string key) => Get(key, CultureInfo.CurrentUICulture);

    /// <summary>In a given language, whatever the request's: a mail carries both Korean and English.</summary>
    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;
}
