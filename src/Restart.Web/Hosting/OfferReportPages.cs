using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Table = Restart.Core.Features.Reports.GetOfferReport.Table;

namespace Restart.Web.Hosting;

/// <summary>
/// A partner's or an employer's own offers for a period (ADR 0026 §7): the referral funnel, each offer's referrals and
/// its places filled, each a chart, a table and a CSV file, all of them an Excel workbook. The two pages differ only in the stages and the words.
/// </summary>
public abstract class OfferReportPageModel(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : ReportPageModel<GetOfferReport.Model, Table>(mediator, l, clock)
{
    /// <summary>Only ever the account's own organisation; another answers 404.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    /// <summary>The stages of a referral to the page's offers once staff have made it.</summary>
    protected abstract ReferralStatus[] Path { get; }

    /// <summary>The headers of an offer's name and of its places (capacity or openings).</summary>
    protected abstract (string Offer, string Places) Headers { get; }

    public override IEnumerable<(string Name, string? Value)> Scope => [(nameof(OrganisationId), OrganisationId?.ToString())];

    protected override IRequest<Result<GetOfferReport.Model>> Query() => new GetOfferReport.Query { OrganisationId = OrganisationId };

    protected override IRequest<Result<GetOfferReport.Model>> Export() => new GetOfferReport.Export { OrganisationId = OrganisationId };

    protected override (string Name, DateOnly From, DateOnly Until) Heading(GetOfferReport.Model report) => (report.Name, report.From, report.Until);

    protected override BarChart Chart(GetOfferReport.Model r, Table table) => table switch
    {
        Table.Funnel => StageChart(r.Total, Path),
        Table.Offers => new([.. r.Offers.Select(o => (o.Name, o.Referred))]),
        _ => new([.. r.Places.Select(p => (p.Title, p.Taken))]),
    };

    public override IEnumerable<string[]> Rows(GetOfferReport.Model r, Table table) => table switch
    {
        Table.Funnel => Stages(r.Total, Path),
        Table.Offers => Referrals(Headers.Offer, r.Offers, Path),
        _ => [[Headers.Offer, Headers.Places, L["Pilot.PlacesTaken"], L["Reports.FillRate"]],
            .. r.Places.Select(p => new[] { p.Title, p.Capacity.ToString("N0", CultureInfo.InvariantCulture), N(p.Taken), Rate(p.FillRate) })],
    };
}
