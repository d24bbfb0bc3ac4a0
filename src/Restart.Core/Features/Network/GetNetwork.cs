using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Network;

/// <summary>
/// The regional network (협의회) directory: per regional office, its council's member agencies, what each
/// offers and how to reach it, and the office's pilot projects. Open to everyone; the contact person is
/// shown only to staff and partner agencies, the public sees each agency's public phone and web site.
/// </summary>
public static class GetNetwork
{
    public const int MemberPageSize = 50;
    public const int PilotPageSize = 10;

    [SentByAnyone]
    public sealed class Query : IQuery<Result<Model>>
    {
        public Guid? OfficeId { get; set; }
        public int Page { get; set; } = 1;
        public int PilotPage { get; set; } = 1;
    }

    public sealed record Office(Guid Id, string Name);

    public sealed record OpenProgramme(Guid Id, string Title, ProgrammeKind Kind);

    /// <summary>The contact person; null where the viewer may not see it.</summary>
    public sealed record Contact(string? Name, string? Email, string? Phone);

    public sealed record Member(Guid Id, string Name, AgencyKind Kind, IReadOnlyList<string> Regions, string? Summary,
        string? Phone, string? Website, Contact? Contact, IReadOnlyList<OpenProgramme> Programmes);

    public sealed record PilotProgramme(Guid Id, string Title, string Agency, int Capacity, int PlacesTaken);

    public sealed record Pilot(Guid Id, string Title, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> Members,
        string TargetGroup, int PlannedPlaces, string? Description, IReadOnlyList<PilotProgramme> Programmes);

    public sealed record Model(IReadOnlyList<Office> Offices, Office? Selected, bool ShowsContacts, bool MayEditPilots,
        Paged<Member> Members, Paged<Pilot> Pilots);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        private static readonly string[] SeeContacts = [Roles.Counselor, Roles.RegionalManager, Roles.Administrator, Roles.AgencyPartner];

        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var offices = await db.RegionalOffices.AsNoTracking().OrderBy(o => o.Name).Select(o => new Office(o.Id, o.Name)).ToListAsync(cancellationToken);
            // The office asked for; else the signed-in staff member's own; else the first.
            var selected = offices.FirstOrDefault(o => o.Id == request.OfficeId)
                ?? offices.FirstOrDefault(o => o.Id == user.RegionalOfficeId)
                ?? offices.FirstOrDefault();
            var showsContacts = user.IsAuthenticated && SeeContacts.Any(user.IsInRole);
            if (selected is null)
            {
                return new Model(offices, null, showsContacts, false, new Paged<Member>([], 1, MemberPageSize, 0), new Paged<Pilot>([], 1, PilotPageSize, 0));
            }

            var mayEdit = user.IsInRole(Roles.RegionalManager) && user.RegionalOfficeId == selected.Id;
            return new Model(offices, selected, showsContacts, mayEdit,
                await MembersAsync(selected.Id, showsContacts, request.Page, cancellationToken),
                await PilotsAsync(selected.Id, request.PilotPage, cancellationToken));
        }

        private async Task<Paged<Member>> MembersAsync(Guid officeId, bool showsContacts, int page, CancellationToken cancellationToken)
        {
            // The contact columns are not even read for a viewer who may not see them.
            var members = await db.CouncilMembers.AsNoTracking()
                .Where(m => m.RegionalOfficeId == officeId)
                .Select(m => m.Agency!)
                .OrderBy(a => a.Name).ThenBy(a => a.Id)
                .Select(a => new
                {
                    a.Id, a.Name, a.Kind, a.Summary, a.Phone, a.Website,
                    Regions = a.Regions.OrderBy(r => r.SidoCode).Join(db.Sidos, r => r.SidoCode, s => s.Code, (_, s) => s.Name).ToList(),
                    ContactName = showsContacts ? a.ContactName : null,
                    ContactEmail = showsContacts ? a.ContactEmail : null,
                    ContactPhone = showsContacts ? a.ContactPhone : null,
                })
                .ToPagedAsync(page, cancellationToken, MemberPageSize);

            // The open programmes of the whole page in one query, along (AgencyId, Status, ApplyUntil).
            var ids = members.Items.Select(m => m.Id).ToList();
            var today = clock.Today();
            var programmes = (await db.Programmes.AsNoTracking()
                .Where(p => ids.Contains(p.AgencyId) && p.Status == OfferStatus.Open && p.ApplyUntil >= today)
                .OrderBy(p => p.ApplyUntil).ThenBy(p => p.Title)
                .Select(p => new { p.AgencyId, p.Id, p.Title, p.Kind })
                .ToListAsync(cancellationToken))
                .ToLookup(p => p.AgencyId, p => new OpenProgramme(p.Id, p.Title, p.Kind));

            return new Paged<Member>(
                [.. members.Items.Select(m => new Member(m.Id, m.Name, m.Kind, m.Regions, m.Summary, m.Phone, m.Website,
                    showsContacts ? new Contact(m.ContactName, m.ContactEmail, m.ContactPhone) : null, [.. programmes[m.Id]]))],
                members.Page, members.PageSize, members.TotalCount);
        }

        private async Task<Paged<Pilot>> PilotsAsync(Guid officeId, int page, CancellationToken cancellationToken)
        {
            var pilots = await db.PilotProjects.AsNoTracking()
                .Where(p => p.RegionalOfficeId == officeId)
                .OrderByDescending(p => p.StartsOn).ThenBy(p => p.Id)
                .Select(p => new
                {
                    p.Id, p.Title, p.StartsOn, p.EndsOn, p.TargetGroup, p.PlannedPlaces, p.Description,
                    Members = p.Members.Join(db.Agencies, m => m.AgencyId, a => a.Id, (_, a) => a.Name).OrderBy(n => n).ToList(),
                })
                .ToPagedAsync(page, cancellationToken, PilotPageSize);

            var ids = pilots.Items.Select(p => p.Id).ToList();
            var programmes = (await db.Programmes.AsNoTracking()
                .Where(p => p.PilotProjectId != null && ids.Contains(p.PilotProjectId.Value))
                .OrderBy(p => p.Title)
                .Select(p => new
                {
                    PilotId = p.PilotProjectId!.Value,
                    Programme = new PilotProgramme(p.Id, p.Title, p.Agency!.Name, p.Capacity,
                        p.PlacesTaken),
                })
                .ToListAsync(cancellationToken))
                .ToLookup(p => p.PilotId, p => p.Programme);

            return new Paged<Pilot>(
                [.. pilots.Items.Select(p => new Pilot(p.Id, p.Title, p.StartsOn, p.EndsOn, p.Members, p.TargetGroup, p.PlannedPlaces, p.Description, [.. programmes[p.Id]]))],
                pilots.Page, pilots.PageSize, pilots.TotalCount);
        }
    }
}
