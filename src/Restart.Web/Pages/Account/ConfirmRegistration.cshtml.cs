using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>
/// The page behind the mailed registration link: with the password chosen when registering, it confirms the address
/// and signs the new applicant in (ADR 0021). A GET changes nothing, so a mail scanner opening the link confirms nothing.
/// </summary>
[AllowAnonymous]
[LimitPostsPerAccount("Data.UserId")]
public sealed class ConfirmRegistrationModel(IMediator mediator, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public ConfirmRegistration.Command Data { get; set; } = new();

    public void OnGet(string? userId, string? token)
    {
        Data.UserId = userId ?? "";
        Data.Token = token ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(Data);
        if (!result.Succeeded)
        {
            return this.FormFailure(result);
        }

        await signIn.SignInWithClaimsAsync((await users.FindByIdAsync(Data.UserId))!, isPersistent: false, [new System.Security.Claims.Claim("amr", "pwd")]);
        return RedirectToPage(HomePages.Applicant);
    }
}
