using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Web.Hosting;

namespace Restart.Web.Pages;

/// <summary>Shown for an unexpected failure outside Development: no details, only a reference to quote to support.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string? CorrelationId { get; private set; }

    public void OnGet() => CorrelationId = HttpContext.CorrelationId();

    public void OnPost() => OnGet();
}
