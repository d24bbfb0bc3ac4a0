using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff;

/// <summary>A counselor's day: today's appointments, overdue action items, supplement deadlines passed, follow-ups due.</summary>
[Authorize(Roles = Roles.Counselor + "," + Roles.RegionalManager)]
public sealed class AgendaModel(IMediator mediator) : PageModel
{
    public GetAgenda.Model? Agenda { get; private set; }

    public Task<IActionResult> OnGetAsync() => this.ShowAsync(mediator, new GetAgenda.Query(), value => Agenda = value);
}
