using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Restart.Web.Hosting;
using Table = Restart.Core.Features.Reports.GetCouncilReport.Table;

namespace Restart.Web.Pages.Network.Reports;

/// <summary>A council's outcomes for a period (ADR 0026 §7): per member agency, per pilot project, and from each office to each member; each a chart, a table and a CSV file, all of them an Excel workbook.</summary>
[Authorize(Roles = Roles.Counselor + "," + Roles.RegionalManager + "," + Roles.AgencyPartner + "," + Roles.Administrator)]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : ReportPageModel<GetCouncilReport.Model, Table>(mediator, l, clock)
{
    private static readonly ReferralStatus[] Path = [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Completed];

    /// <summary>The council, by its regional office; one the reader may not see is refused.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? OfficeId { get; set; }

    protected override string Whose => L["CouncilReports.Council"];

    protected override string Prefix => "CouncilReports";

    public override IEnumerable<(string Name, string? Value)> Scope => [(nameof(OfficeId), (Report?.OfficeId ?? OfficeId)?.ToString())];

    public override ReportChoice? Choice => Report is { Councils.Count: > 1 } r
        ? new(nameof(OfficeId), L["CouncilReports.Council"], r.OfficeId.ToString(), [.. r.Councils.Select(c => (c.OfficeId.ToString(), c.Name))])
        : null;

    protected override IRequest<Result<GetCouncilReport.Model>> Query() => new GetCouncilReport.Query { OfficeId = OfficeId };

    protected override IRequest<Result<GetCouncilReport.Model>> Export() => new GetCouncilReport.Export { OfficeId = OfficeId };

    protected override (string Name, DateOnly From, DateOnly Until) Heading(GetCouncilReport.Model report) => (report.CouncilName, report.From, report.Until);

    protected override BarChart Chart(GetCouncilReport.Model r, Table table) => table switch
    {
        Table.Members => new([.. r.Members.Select(m => (m.Name, m.Referred))]),
        Table.Pilots => new([.. r.Pilots.Select(p => (p.Referrals.Name, p.Taken))]),
        _ => new([.. r.Flows.Select(f => ($"{f.Office}→{f.Agency}", f.Referrals.Referred))]),
    };

    public override IEnumerable<string[]> Rows(GetCouncilReport.Model r, Table table) => table switch
    {
        Table.Members => Referrals(L["Field.Agency"], r.Members, Path),
        Table.Pilots => [[L["CouncilReports.Pilot"], .. Path.Select(s => L[$"ReferralStatus.{s}"].Value), L["Pilot.PlannedPlaces"], L["Pilot.PlacesTaken"], L["Reports.FillRate"]],
            .. r.Pilots.Select(p => (string[])[p.Referrals.Name, .. Path.Select(s => N(Count(p.Referrals, s))), p.Planned.ToString("N0", CultureInfo.InvariantCulture), N(p.Taken), Rate(p.FillRate)])],
        _ => [[L["Field.Office"], L["Field.Agency"], .. Path.Select(s => L[$"ReferralStatus.{s}"].Value)],
            .. r.Flows.Select(f => (string[])[f.Office, f.Agency, .. Path.Select(s => N(Count(f.Referrals, s)))])],
    };
}
