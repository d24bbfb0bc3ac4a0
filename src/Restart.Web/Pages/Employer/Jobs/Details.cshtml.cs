using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Employer.Jobs;

/// <summary>One of the employer's posts, with publishing and closing; a refusal is shown on the page.</summary>
[Authorize(Roles = Roles.Employer)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    private static readonly string[] Confirmations = ["Saved", "Published", "Closed"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Only the page's own confirmations are shown, never text from the address bar.</summary>
    public string? Confirmation => Confirmations.Contains(Done) ? Done : null;

    [BindProperty]
    public Guid Version { get; set; }

    public GetJobPost.Model? Post { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostPublishAsync() => ActAsync(new ChangeJobPostStatus.Publish { Id = Id, Version = Version }, "Published");

    public Task<IActionResult> OnPostCloseAsync() => ActAsync(new ChangeJobPostStatus.Close { Id = Id, Version = Version }, "Closed");

    private async Task<IActionResult> ActAsync(IRequest<Result> command, string done)
    {
        var result = await mediator.Send(command);
        if (result.Succeeded)
        {
            await HttpContext.ForgetKeptOffersAsync();
            return RedirectToPage(new { id = Id, done });
        }

        Done = null;
        return this.RefusedOrShowErrors(result) ?? await ShowAsync();
    }

    private Task<IActionResult> ShowAsync() => this.ShowAsync(mediator, new GetJobPost.Query { Id = Id }, value => Post = value);
}
