using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.Reference;

namespace Restart.Web.Hosting;

/// <summary>A 시·군·구 picker grouped by 시·도, for any form field.</summary>
public sealed record RegionSelectModel(string Name, string Id, string? Selected, IReadOnlyList<GetPickerLists.Province> Provinces)
{
    /// <summary>No choice yet, or one of the listed codes: the rendered list can be kept and reused.</summary>
    public bool IsKnownChoice => Selected is null || Provinces.Any(p => p.Districts.Any(d => d.Code == Selected));
}

public static class ApplyPages
{
    /// <summary>The page that shows a wizard step: Core knows the steps, only the web knows their addresses.</summary>
    public static string PageOf(ApplyStep step) => step == ApplyStep.None ? "/Apply/Index" : $"/Apply/{step}";

    /// <summary>
    /// A wizard step opened before <paramref name="savedStep"/> was saved — or after the application was
    /// submitted — goes to <c>/Apply</c>, which takes the person to where they really are.
    /// </summary>
    public static async Task<IActionResult?> RequireSavedStepAsync(this PageModel page, IMediator mediator, ApplyStep savedStep)
    {
        var progress = await mediator.Send(new GetApplyProgress.Query());
        if (page.RefusalPage(progress) is { } failure)
        {
            return failure;
        }

        return progress.Value.HasActiveCase || progress.Value.SavedStep < savedStep ? page.RedirectToPage("/Apply/Index") : null;
    }

    /// <summary>Loads the picker lists for a form page; a failure page when they cannot be read.</summary>
    public static async Task<IActionResult?> WithListsAsync(this PageModel page, IMediator mediator, Action<GetPickerLists.Lists> use)
    {
        var lists = await mediator.Send(new GetPickerLists.Query());
        if (page.RefusalPage(lists) is { } failure)
        {
            return failure;
        }

        use(lists.Value);
        return null;
    }
}
