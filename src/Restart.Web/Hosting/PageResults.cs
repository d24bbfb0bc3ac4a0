using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;

namespace Restart.Web.Hosting;

public static class PageResults
{
    /// <summary>Sends a query and shows its value on the page, or the failure page (404, 403) it answered with.</summary>
    public static async Task<IActionResult> ShowAsync<T>(this PageModel page, IMediator mediator, IRequest<Result<T>> query, Action<T> show)
    {
        var result = await mediator.Send(query);
        if (page.ShowFailure(result) is { } failure)
        {
            return failure;
        }

        show(result.Value);
        return page.Page();
    }

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
                page.AddErrors(result, field => string.IsNullOrEmpty(field) ? "" : $"{prefix}.{field}");
                return page.Page();
        }
    }

    /// <summary>Puts a result's messages into ModelState, each under the form key <paramref name="keyFor"/> gives its field.</summary>
    public static void AddErrors(this PageModel page, Result result, Func<string, string> keyFor)
    {
        foreach (var error in result.Errors)
        {
            page.ModelState.AddModelError(keyFor(error.Field), error.Message);
        }
    }
}
