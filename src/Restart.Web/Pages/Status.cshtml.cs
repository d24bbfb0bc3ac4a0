using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Restart.Web.Pages;

/// <summary>The friendly page for 403, 404, 429 and other status codes, shown by UseStatusCodePagesWithReExecute.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string TitleKey => Code is 403 or 404 or 429 or 400 or 413 ? $"Status.{Code}.Title" : "Status.Other.Title";
    public string BodyKey => Code is 403 or 404 or 429 or 400 or 413 ? $"Status.{Code}.Body" : "Status.Other.Body";

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
