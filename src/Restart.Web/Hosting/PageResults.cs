using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;

namespace Restart.Web.Hosting;

public static class PageResults
{
    /// <summary>
    /// Turns a failed result into what the person sees: 404 and 403 pages, or messages next to the fields
    /// (and at the top for a conflict) on the same page with their input kept. Null for success.
    /// </summary>
    public static IActionResult? ShowFailure(this PageModel page, Result result, string prefix = "Data")
    {
        switch (result.Status)
        {
            case ResultStatus.Ok:
                return null;
            case ResultStatus.NotFound:
                return page.NotFound();
            case ResultStatus.Forbidden:
                return page.StatusCode(StatusCodes.Status403Forbidden);
            default:
                foreach (var error in result.Errors)
                {
                    page.ModelState.AddModelError(string.IsNullOrEmpty(error.Field) ? "" : $"{prefix}.{error.Field}", error.Message);
                }

                return page.Page();
        }
    }
}
