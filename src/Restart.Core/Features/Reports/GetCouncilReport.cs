using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Reports;

/// <summary>
/// A regional council's (협의회) outcomes in a period, for its members (ADR 0026): the referrals to each member agency
/// (referred → accepted → completed), to the programmes of each of the council's pilot projects (시범사업) with their
/// places planned and taken, and which office's staff referred to which member. Readers: staff of the council's
/// office, partners of its member agencies, administrators; anyone else is refused, in the access log.
/// </summary>
public static class GetCouncilReport
{
    public enum Table
    {
        Members = 1,
        Pilots = 2,
        Flows = 3,
    }

    [SentBy(Roles.Counselor, Roles.RegionalManager, Roles.AgencyPartner, Roles.Administrator)]
    public sealed class Query : ReportPeriodRequest, IQuery<Result<Model>>, IPersonalDataRequest
    {
        /// <summary>
        /// The council, by its office: staff read their own office's (another is refused); a partner a council its agency is a
        /// member of (the first by name when none is sent); an administrator any (the first by name when none is sent).
        /// </summary>
        public Guid? OfficeId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => Subject(OfficeId);
    }

    [SentBy(Roles.Counselor, Roles.RegionalManager, Roles.AgencyPartner, Roles.Administrator)]
    public sealed class Export : ReportExportRequest<Table>, IQuery<Result<Model>>
    {
        public Guid? OfficeId { get; set; }
        protected override string Report => Subject(OfficeId);
    }

    public sealed class Validator : ReportPeriodValidator<Query>;

    public sealed class ExportValidator : ReportExportValidator<Export, Table>;

    public sealed record Council(Guid OfficeId, string Name);

    /// <summary>A pilot's programmes: their referrals made in the period, the places the pilot planned and those its programmes hold now.</summary>
    public sealed record PilotRow(ReferralFunnel.Row Referrals, int Planned, int? Taken, decimal? FillRate);

    /// <summary>The referrals an office's staff made to a member agency in the period (agencies do not refer: the office is what a referral records).</summary>
    public sealed record FlowRow(string Office, string Agency, ReferralFunnel.Row Referrals);

    public sealed record Model(Guid OfficeId, string CouncilName, IReadOnlyList<Council> Councils, DateOnly From, DateOnly Until,
        IReadOnlyList<ReferralFunnel.Row> Members, IReadOnlyList<PilotRow> Pilots, IReadOnlyList<FlowRow> Flows);

    private static string Subject(Guid? officeId) => $"council-report:{officeId?.ToString() ?? "own"}";

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Model>>, IRequestHandler<Export, Result<Model>>
    {
        public Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken) => CountAsync(request, request.OfficeId, cancellationToken);

        public Task<Result<Model>> Handle(Export request, CancellationToken cancellationToken) => CountAsync(request, request.OfficeId, cancellationToken);

        private async Task<Result<Model>> CountAsync(ReportPeriodRequest request, Guid? asked, CancellationToken cancellationToken)
        {
            var offices = await db.RegionalOffices.AsNoTracking().OrderBy(o => o.Name).Select(o => new Council(o.Id, o.Name)).ToListAsync(cancellationToken);
            var readable = await ReadableAsync(offices, cancellationToken);
            // The council asked for, if this person may read it; else the first they may (a staff member's own office's).
            var council = asked is { } chosen ? readable.FirstOrDefault(c => c.OfficeId == chosen) : readable.FirstOrDefault();
            if (council is null)
            {
                return asked is null || offices.Any(o => o.OfficeId == asked) ? Result<Model>.Forbidden() : Result<Model>.NotFound();
            }

            var span = request.Span(clock.Today());
            var (officeId, from, until) = (council.OfficeId, span.From, span.Until);
            var members = await db.CouncilMembers.AsNoTracking().Where(m => m.RegionalOfficeId == officeId)
                .Select(m => new { m.AgencyId, m.Agency!.Name }).OrderBy(m => m.Name).ToListAsync(cancellationToken);
            var pilots = await db.PilotProjects.AsNoTracking()
                .Where(p => p.RegionalOfficeId == officeId && p.StartsOn <= until && p.EndsOn >= from)
                .OrderByDescending(p => p.StartsOn).ThenBy(p => p.Title)
                .Select(p => new { p.Id, p.Title, p.PlannedPlaces })
                .ToListAsync(cancellationToken);
            var pilotIds = pilots.Select(p => (Guid?)p.Id).ToList();
            var programmes = await db.Programmes.AsNoTracking().Where(p => pilotIds.Contains(p.PilotProjectId))
                .Select(p => new { p.Id, Pilot = p.PilotProjectId!.Value, p.PlacesTaken }).ToListAsync(cancellationToken);

            // The members' referrals along (AgencyId, CreatedAt), and those to the pilots' programmes along (ProgrammeId, Status).
            var memberIds = members.Select(m => (Guid?)m.AgencyId).ToList();
            var programmeIds = programmes.Select(p => (Guid?)p.Id).ToList();
            var referrals = await ReferralFunnel.ReadAsync(
                db.Referrals.Where(r => memberIds.Contains(r.AgencyId) || programmeIds.Contains(r.ProgrammeId)), span, cancellationToken);
            var toMembers = referrals.Where(r => memberIds.Contains(r.AgencyId)).ToList();

            var byAgency = toMembers.ToLookup(r => r.AgencyId);
            var pilotOf = programmes.ToDictionary(p => p.Id, p => p.Pilot);
            var byPilot = referrals.Where(r => r.ProgrammeId is { } p && pilotOf.ContainsKey(p)).ToLookup(r => pilotOf[r.ProgrammeId!.Value]);
            var names = offices.ToDictionary(o => o.OfficeId, o => o.Name);
            var agencyNames = members.ToDictionary(m => m.AgencyId, m => m.Name);

            return new Model(officeId, council.Name, readable, from, until,
                [.. members.Select(m => ReferralFunnel.RowOf(m.AgencyId, m.Name, byAgency[m.AgencyId]))],
                [.. pilots.Select(p =>
                {
                    var taken = programmes.Where(x => x.Pilot == p.Id).Sum(x => x.PlacesTaken);
                    return new PilotRow(ReferralFunnel.RowOf(p.Id, p.Title, byPilot[p.Id]), p.PlannedPlaces, SmallCells.Show(taken), SmallCells.Rate(taken, p.PlannedPlaces));
                })],
                [.. toMembers.GroupBy(r => (r.OfficeId, Agency: r.AgencyId!.Value))
                    .Select(g => new FlowRow(names.GetValueOrDefault(g.Key.OfficeId, ""), agencyNames[g.Key.Agency], ReferralFunnel.RowOf(g.Key.Agency, agencyNames[g.Key.Agency], g)))
                    .OrderBy(f => f.Office, StringComparer.Ordinal).ThenBy(f => f.Agency, StringComparer.Ordinal)]);
        }

        /// <summary>The councils the signed-in person may read: all for an administrator, their office's for staff, their agency's for a partner.</summary>
        private async Task<List<Council>> ReadableAsync(List<Council> offices, CancellationToken cancellationToken)
        {
            if (user.IsInRole(Roles.Administrator))
            {
                return offices;
            }

            if ((user.IsInRole(Roles.Counselor) || user.IsInRole(Roles.RegionalManager)) && user.RegionalOfficeId is { } own)
            {
                return [.. offices.Where(o => o.OfficeId == own)];
            }

            if (user.IsInRole(Roles.AgencyPartner) && user.AgencyId is { } agency)
            {
                // Along the (AgencyId) index of council members.
                var councils = await db.CouncilMembers.AsNoTracking().Where(m => m.AgencyId == agency).Select(m => m.RegionalOfficeId).ToListAsync(cancellationToken);
                return [.. offices.Where(o => councils.Contains(o.OfficeId))];
            }

            return [];
        }
    }
}
