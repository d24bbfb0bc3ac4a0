using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.My;

/// <summary>내 정보 삭제 요청: what deletion removes and what the law keeps, the request form, and where the request stands.</summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class DeletionModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RequestDeletion.Command Data { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Asked { get; set; }

    public GetMyDeletion.Model? Deletion { get; private set; }

    public Task<IActionResult> OnGetAsync() => this.ShowAsync(mediator, new GetMyDeletion.Query(), value => Deletion = value);

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            return RedirectToPage(new { asked = true });
        }

        if (this.RefusedOrShowErrors(result) is { } refused)
        {
            return refused;
        }

        return await this.ShowAsync(mediator, new GetMyDeletion.Query(), value => Deletion = value);
    }
}
