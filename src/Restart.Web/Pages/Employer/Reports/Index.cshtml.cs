using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Restart.Core.Domain;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Employer.Reports;

/// <summary>The company's own job posts for a period: referred → accepted → interview → hired or not, and openings filled.</summary>
[Authorize(Roles = Roles.Employer)]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : OfferReportPageModel(mediator, l, clock)
{
    protected override string Whose => L["Field.Company"];

    protected override string Prefix => "EmployerReports";

    protected override ReferralStatus[] Path => [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview, ReferralStatus.Hired, ReferralStatus.NotHired];

    protected override (string Offer, string Places) Headers => (L["Field.JobTitle"], L["Field.Openings"]);
}
