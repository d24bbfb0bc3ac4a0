using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Restart.Web.Pages;

/// <summary>The friendly page for 400, 403, 404, 413, 429 and other status codes, shown by UseStatusCodePagesWithReExecute.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>
    /// From the route, not a handler argument: a re-executed request keeps its original query string
    /// (e.g. <c>?handler=Upload</c>), which would select no handler here.
    /// </summary>
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 0;

    public string TitleKey => $"Status.{Explained}.Title";

    public string BodyKey => $"Status.{Explained}.Body";

    /// <summary>The codes with their own words; any other code gets the general ones.</summary>
    private string Explained => Code is 400 or 403 or 404 or 413 or 429 ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
}
