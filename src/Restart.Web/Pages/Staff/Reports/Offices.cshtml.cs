using MediatR;
using Microsoft.AspNetCore.Authorization;
using Restart.Core.Domain;

namespace Restart.Web.Pages.Staff.Reports;

/// <summary>The administrator's comparison of every office for a period, each office leading to its full report.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class OfficesModel(IMediator mediator) : OutcomeTotalsPage(mediator)
{
    public override bool LinksOffices => true;
}
