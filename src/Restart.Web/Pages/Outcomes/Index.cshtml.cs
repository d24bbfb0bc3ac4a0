using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Restart.Web.Hosting;
using Restart.Web.Pages.Staff.Reports;

namespace Restart.Web.Pages.Outcomes;

/// <summary>The public outcomes: the nation's and each office's totals for a period, counts of five or more only (ADR 0026). Kept for visitors who are not signed in.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = OutputCaching.PublicOutcomes)]
public sealed class IndexModel(IMediator mediator) : OutcomeTotalsPage(mediator)
{
    public override bool LinksOffices => false;
}
