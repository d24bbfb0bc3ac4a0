using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Network;

/// <summary>
/// A regional manager puts a member agency's programme into one of their pilot projects, or takes it out.
/// A programme belongs to one pilot at most; another office's pilot, or a programme of an agency outside the
/// pilot, is not found.
/// </summary>
public static class PilotProgrammes
{
    [SentBy(Roles.RegionalManager)]
    public sealed class Attach : ICommand<Result>
    {
        public Guid PilotId { get; set; }
        public Guid ProgrammeId { get; set; }
    }

    [SentBy(Roles.RegionalManager)]
    public sealed class Detach : ICommand<Result>
    {
        public Guid PilotId { get; set; }
        public Guid ProgrammeId { get; set; }
    }

    internal sealed class AttachHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Attach, Result>
    {
        public async Task<Result> Handle(Attach request, CancellationToken cancellationToken)
        {
            var programme = await OpenAsync(db, user, request.PilotId, request.ProgrammeId, cancellationToken);
            if (programme is null)
            {
                return Result.NotFound();
            }

            if (programme.PilotProjectId is { } other && other != request.PilotId)
            {
                return Result.Invalid("", Text.Get("Pilot.ProgrammeInAnother"));
            }

            programme.PilotProjectId = request.PilotId;
            return Result.Ok();
        }
    }

    internal sealed class DetachHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Detach, Result>
    {
        public async Task<Result> Handle(Detach request, CancellationToken cancellationToken)
        {
            var programme = await OpenAsync(db, user, request.PilotId, request.ProgrammeId, cancellationToken);
            if (programme is null || programme.PilotProjectId != request.PilotId)
            {
                return Result.NotFound();
            }

            programme.PilotProjectId = null;
            return Result.Ok();
        }
    }

    /// <summary>The programme, when the pilot is the sender's office's and the programme's agency one of its members.</summary>
    private static async Task<Programme?> OpenAsync(RestartDbContext db, ICurrentUser user, Guid pilotId, Guid programmeId, CancellationToken cancellationToken)
    {
        if (OrganizationScope.ManagerOffice(user) is not { } office)
        {
            return null;
        }

        return await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId
            && db.PilotProjects.Any(pp => pp.Id == pilotId && pp.RegionalOfficeId == office)
            && db.PilotProjectMembers.Any(m => m.PilotProjectId == pilotId && m.AgencyId == p.AgencyId), cancellationToken);
    }
}
