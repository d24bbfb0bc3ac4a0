using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Web.Hosting;

namespace Restart.Web.Pages;

/// <summary>Switches between Korean and English for a year, then returns to the page the person was on.</summary>
/// <remarks>
/// The switch is in the layout of pages the output cache shares between visitors (/Programs, /Jobs), which can
/// carry no one's antiforgery token, so it takes none. Choosing a language changes nothing else; a post that
/// the browser says came from another site is still refused.
/// </remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (!FromThisSite())
        {
            return BadRequest();
        }

        var chosen = LocalizationHosting.Cultures.FirstOrDefault(c => c.Name == culture) ?? LocalizationHosting.Cultures[0];
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = Request.IsHttps });
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Index");
    }

    /// <summary>Sec-Fetch-Site where the browser sends it, otherwise Origin; a client sending neither is not a browser on another site.</summary>
    private bool FromThisSite()
    {
        var site = Request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var origin = Request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{Request.Scheme}://{Request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
