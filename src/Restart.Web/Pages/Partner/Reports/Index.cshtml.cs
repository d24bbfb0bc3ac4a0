using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Restart.Core.Domain;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Partner.Reports;

/// <summary>The agency's own programmes for a period: referred → accepted → completed, dropped or declined, and places filled.</summary>
[Authorize(Roles = Roles.AgencyPartner)]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : OfferReportPageModel(mediator, l, clock)
{
    protected override string Whose => L["Field.Agency"];

    protected override string Prefix => "PartnerReports";

    protected override ReferralStatus[] Path => [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Completed, ReferralStatus.Dropped, ReferralStatus.Declined];

    protected override (string Offer, string Places) Headers => (L["Field.Programme"], L["Field.Capacity"]);
}
