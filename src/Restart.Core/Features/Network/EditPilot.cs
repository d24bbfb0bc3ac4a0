using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Network;

/// <summary>
/// A regional manager records one of their council's pilot projects (시범사업) or corrects it: run by at
/// least two member agencies, for a target group, with planned places. Another office's pilot is not found.
/// </summary>
public static class EditPilot
{
    public const int MinimumMembers = 2;

    [SentBy(Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Form>>
    {
        public Guid? Id { get; set; }
    }

    public sealed record Option(Guid Id, string Name);

    public sealed record AttachedProgramme(Guid Id, string Title, string Agency, OfferStatus Status);

    /// <summary>
    /// The pilot as saved, the council's agencies to choose members from, its programmes, and the member
    /// agencies' programmes that belong to no pilot yet.
    /// </summary>
    public sealed record Form(Command Data, IReadOnlyList<Option> CouncilAgencies, IReadOnlyList<AttachedProgramme> Programmes, IReadOnlyList<AttachedProgramme> Attachable);

    [SentBy(Roles.RegionalManager)]
    public sealed class Command : ICommand<Result<Guid>>
    {
        public Guid? Id { get; set; }
        public string Title { get; set; } = "";
        public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
        public List<Guid> Members { get; set; } = [];
        public string TargetGroup { get; set; } = "";
        public int? PlannedPlaces { get; set; }
        public string? Description { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Pilot.TitleRequired"))
                .MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200));
            RuleFor(x => x.StartsOn).NotNull().WithMessage(_ => Text.Get("Pilot.PeriodRequired"));
            RuleFor(x => x.EndsOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Pilot.PeriodRequired"))
                .Must((x, end) => x.StartsOn is null || end >= x.StartsOn).WithMessage(_ => Text.Get("Period.UntilBeforeFrom"));
            RuleFor(x => x.Members)
                .Must(m => m.Distinct().Count() >= MinimumMembers).WithMessage(_ => Text.Format("Pilot.MembersTooFew", MinimumMembers))
                .Must(m => m.Count <= 100).WithMessage(_ => Text.Format("Choices.TooMany", 100));
            RuleFor(x => x.TargetGroup).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Pilot.TargetGroupRequired"))
                .MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200));
            RuleFor(x => x.PlannedPlaces).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Pilot.PlacesRequired"))
                .InclusiveBetween(1, 100_000).WithMessage(_ => Text.Get("Pilot.PlacesRequired"));
            RuleFor(x => x.Description).MaximumLength(2000).WithMessage(_ => Text.Format("Text.TooLong", 2000));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Form>>
    {
        public async Task<Result<Form>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (OrganizationScope.ManagerOffice(user) is not { } office)
            {
                return Result<Form>.Forbidden();
            }

            var data = new Command();
            if (request.Id is { } id)
            {
                var found = await db.PilotProjects.AsNoTracking()
                    .Where(p => p.Id == id && p.RegionalOfficeId == office)
                    .Select(p => new Command
                    {
                        Id = p.Id, Title = p.Title, StartsOn = p.StartsOn, EndsOn = p.EndsOn, Members = p.Members.Select(m => m.AgencyId).ToList(),
                        TargetGroup = p.TargetGroup, PlannedPlaces = p.PlannedPlaces, Description = p.Description, Version = p.Version,
                    })
                    .SingleOrDefaultAsync(cancellationToken);
                if (found is null)
                {
                    return Result<Form>.NotFound();
                }

                data = found;
            }

            var council = await db.CouncilMembers.AsNoTracking().Where(m => m.RegionalOfficeId == office)
                .OrderBy(m => m.Agency!.Name).Select(m => new Option(m.AgencyId, m.Agency!.Name)).ToListAsync(cancellationToken);
            if (data.Id is not { } pilotId)
            {
                return new Form(data, council, [], []);
            }

            var members = data.Members;
            var programmes = await db.Programmes.AsNoTracking()
                .Where(p => p.PilotProjectId == pilotId || (p.PilotProjectId == null && members.Contains(p.AgencyId)))
                .OrderBy(p => p.Agency!.Name).ThenBy(p => p.Title)
                .Select(p => new { p.PilotProjectId, Programme = new AttachedProgramme(p.Id, p.Title, p.Agency!.Name, p.Status) })
                .Take(500)
                .ToListAsync(cancellationToken);
            return new Form(data, council,
                [.. programmes.Where(p => p.PilotProjectId == pilotId).Select(p => p.Programme)],
                [.. programmes.Where(p => p.PilotProjectId is null).Select(p => p.Programme)]);
        }
    }

    internal sealed class CommandHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result<Guid>>
    {
        public async Task<Result<Guid>> Handle(Command request, CancellationToken cancellationToken)
        {
            if (OrganizationScope.ManagerOffice(user) is not { } office)
            {
                return Result<Guid>.Forbidden();
            }

            PilotProject pilot;
            if (request.Id is { } id)
            {
                var found = await db.PilotProjects.Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == id && p.RegionalOfficeId == office, cancellationToken);
                if (found is null)
                {
                    return Result<Guid>.NotFound();
                }

                pilot = found;
                db.Entry(pilot).Property(p => p.Version).OriginalValue = request.Version;
                db.Entry(pilot).Property(p => p.Version).IsModified = true;
            }
            else
            {
                pilot = new PilotProject { RegionalOfficeId = office, Title = "", TargetGroup = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.PilotProjects.Add(pilot);
            }

            var members = request.Members.Distinct().ToList();
            var inCouncil = await db.CouncilMembers.CountAsync(m => m.RegionalOfficeId == office && members.Contains(m.AgencyId), cancellationToken);
            if (inCouncil != members.Count)
            {
                return Result<Guid>.Invalid(nameof(Command.Members), Text.Get("Pilot.MemberNotInCouncil"));
            }

            pilot.Title = request.Title.Trim();
            pilot.StartsOn = request.StartsOn!.Value;
            pilot.EndsOn = request.EndsOn!.Value;
            pilot.TargetGroup = request.TargetGroup.Trim();
            pilot.PlannedPlaces = request.PlannedPlaces!.Value;
            pilot.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
            pilot.Members.RemoveAll(m => !members.Contains(m.AgencyId));
            pilot.Members.AddRange(members.Where(a => pilot.Members.All(m => m.AgencyId != a)).Select(a => new PilotProjectMember { PilotProjectId = pilot.Id, AgencyId = a }));

            // An agency that leaves the pilot takes its programmes out of it.
            if (request.Id is not null)
            {
                var leaving = await db.Programmes.Where(p => p.PilotProjectId == pilot.Id && !members.Contains(p.AgencyId)).ToListAsync(cancellationToken);
                leaving.ForEach(p => p.PilotProjectId = null);
            }

            return pilot.Id;
        }
    }
}
