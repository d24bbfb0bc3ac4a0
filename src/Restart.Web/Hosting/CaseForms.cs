using System.Globalization;
using Microsoft.AspNetCore.Html;
using Restart.Core.Features.Cases;

namespace Restart.Web.Hosting;

/// <summary>What every action form of a case page sends besides its own fields.</summary>
public static class CaseForms
{
    /// <summary>
    /// The case's version and the last timeline entry the page showed, written from the case as now read (never
    /// from the failed post), so that after a conflict the form, read again, can be sent again.
    /// </summary>
    public static IHtmlContent State(string form, GetCase.Model c)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<input type=\"hidden\" name=\"{form}.Version\" value=\"{c.Version}\" />");
        html.AppendHtml($"<input type=\"hidden\" name=\"{form}.SeenEventId\" value=\"{c.LastEventId.ToString(CultureInfo.InvariantCulture)}\" />");
        return html;
    }
}

/// <summary>One row of an action-item list in a form (the plan, a counseling session), with its messages.</summary>
public sealed record ActionItemRow(string Form, int Index, AgreePlan.Item Item)
{
    public string? ErrorFor(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string field) =>
        state.TryGetValue($"{Form}.Items[{Index}].{field}", out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
}

/// <summary>The note (or, <paramref name="Required"/>, the reason) of a case action's form.</summary>
public sealed record NoteField(string Form, string? Value, bool Required = false);

/// <summary>A yes-or-no question of a form.</summary>
public sealed record YesNoField(string Name, string Label, bool? Value);

/// <summary>One match on the case page: the offer, its score and reasons, and the refer form when it may be sent.</summary>
public sealed record MatchRow(Restart.Web.Pages.Staff.Cases.DetailsModel Page, Guid OfferId, bool IsProgramme, string Title, string Details, int Score,
    IReadOnlyList<Restart.Core.Matching.MatchReason> Reasons);
