using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;

namespace Restart.Web.Hosting;

/// <summary>
/// How a page shows a result. Two separate steps, so no answer is built and then lost: <see cref="RefusalPage"/>
/// only chooses the 404 or 403 page; <see cref="AddErrors(PageModel, Result, string)"/> only puts messages into ModelState.
/// </summary>
public static class PageResults
{
    /// <summary>Sends a query and shows its value on the page, or the refusal page (404, 403) it answered with.</summary>
    public static async Task<IActionResult> ShowAsync<T>(this PageModel page, IMediator mediator, IRequest<Result<T>> query, Action<T> show)
    {
        var result = await mediator.Send(query);
        if (page.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        show(result.Value);
        return page.Page();
    }

    /// <summary>
    /// The 404 or 403 page for a result that refuses; null for a success and for a form failure (invalid,
    /// conflict), which the page shows itself with <see cref="AddErrors(PageModel, Result, string)"/>. A query
    /// answers only with a value, not found or forbidden.
    /// </summary>
    public static IActionResult? RefusalPage(this PageModel page, Result result) => result.Status switch
    {
        ResultStatus.NotFound => page.NotFound(),
        ResultStatus.Forbidden => page.StatusCode(StatusCodes.Status403Forbidden),
        _ => null,
    };

    /// <summary>
    /// What a page answers when its form's command failed: the refusal page (404, 403), or the same page with
    /// the messages next to the fields and the person's input kept.
    /// </summary>
    public static IActionResult FormFailure(this PageModel page, Result result, string prefix = "Data") =>
        page.RefusedOrShowErrors(result, prefix) ?? page.Page();

    /// <summary>
    /// The refusal page (404, 403) for a refused command; otherwise null, with the messages put next to the
    /// fields — for a page that has more to load before it shows the form again.
    /// </summary>
    public static IActionResult? RefusedOrShowErrors(this PageModel page, Result result, string prefix = "Data")
    {
        if (page.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        page.AddErrors(result, prefix);
        return null;
    }

    /// <summary>
    /// Puts a failed result's messages next to the form's fields (<c>Data.Name</c>), and those for the whole
    /// form (a conflict, for instance) at the top. Nothing for a success.
    /// </summary>
    public static void AddErrors(this PageModel page, Result result, string prefix = "Data") =>
        page.AddErrors(result, field => string.IsNullOrEmpty(field) ? "" : $"{prefix}.{field}");

    /// <summary>Puts a result's messages into ModelState, each under the form key <paramref name="keyFor"/> gives its field.</summary>
    public static void AddErrors(this PageModel page, Result result, Func<string, string> keyFor)
    {
        foreach (var error in result.Errors)
        {
            page.ModelState.AddModelError(keyFor(error.Field), error.Message);
        }
    }
}
