using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Restart.Web.Pages;

/// <summary>The friendly page for 403, 404, 429 and other status codes, shown by UseStatusCodePagesWithReExecute.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>
    /// From the route, not a handler argument: a re-executed request keeps its original query string
    /// (e.g. <c>?handler=Upload</c>), which would select no handler here.
    /// </summary>
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 0;

    public string TitleKey => Code is 403 or 404 or 429 or 400 or 413 ? $"Status.{Code}.Title" : "Status.Other.Title";
    public string BodyKey => Code is 403 or 404 or 429 or 400 or 413 ? $"Status.{Code}.Body" : "Status.Other.Body";
}
