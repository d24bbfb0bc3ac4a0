using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Restart.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Restart.Web.Pages;

/// <summary>The friendly page for 400, 403, 404, 413, 429 and other status codes, shown by UseStatusCodePagesWithReExecute.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(UploadRateLimit uploads) : PageModel
{
    /// <summary>
    /// From the route, not a handler argument: a re-executed request keeps its original query string
    /// (e.g. <c>?handler=Upload</c>), which would select no handler here.
    /// </summary>
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 0;

    public string TitleKey => $"Status.{Explained}.Title";

    public string BodyKey => $"Status.{Explained}.Body";

    /// <summary>Too many uploads (not too many log-in attempts): the page says how many, and that nothing uploaded was lost.</summary>
    public bool UploadsLimited => Code == 429 && HttpContext.Items.ContainsKey(UploadRateLimit.RefusedItem);

    /// <summary>The page the refused upload was sent from, to go back to its form.</summary>
    public string? BackTo => UploadsLimited ? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath : null;

    public object[] BodyArguments => UploadsLimited ? [uploads.Permits, (int)Math.Ceiling(uploads.Window.TotalMinutes)] : [];

    /// <summary>The codes with their own words; any other code gets the general ones.</summary>
    private string Explained => UploadsLimited ? "429.Upload"
        : Code is 400 or 403 or 404 or 413 or 429 ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
}
