using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>
/// An administrator or a regional manager registers a partner agency or corrects it. An agency a manager
/// registers joins their office's council; an administrator chooses the councils. Two editors at once: the
/// later save is refused, not silently lost.
/// </summary>
public static class EditAgency
{
    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Form>>
    {
        /// <summary>None for a new agency.</summary>
        public Guid? Id { get; set; }
    }

    public sealed record Option(string Value, string Name);

    /// <summary>The agency as saved (empty for a new one) and what its form chooses from; <see cref="Offices"/> only for an administrator.</summary>
    public sealed record Form(Command Data, IReadOnlyList<Option> Sidos, IReadOnlyList<Option> Offices);

    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result<Guid>>
    {
        public Guid? Id { get; set; }
        public string Name { get; set; } = "";
        public AgencyKind? Kind { get; set; }
        public string? BusinessNumber { get; set; }
        public string SidoCode { get; set; } = "";
        public List<string> Regions { get; set; } = [];
        public string? Summary { get; set; }
        public string? Phone { get; set; }
        public string? Website { get; set; }
        public string? ContactName { get; set; }
        public string? ContactEmail { get; set; }
        public string? ContactPhone { get; set; }
        /// <summary>The councils (regional offices) it belongs to; an administrator's choice, ignored for a manager.</summary>
        public List<Guid> Offices { get; set; } = [];
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(RestartDbContext db)
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Organization.NameRequired"))
                .MaximumLength(100).WithMessage(_ => Text.Format("Text.TooLong", 100));
            RuleFor(x => x.Kind).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Agency.KindRequired"))
                .IsInEnum().WithMessage(_ => Text.Get("Agency.KindRequired"));
            RuleFor(x => x.BusinessNumber!).ValidBusinessNumber().When(x => !string.IsNullOrWhiteSpace(x.BusinessNumber));
            RuleFor(x => x.SidoCode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Text.Get("Region.Required"))
                .MustAsync((code, ct) => db.Sidos.AnyAsync(s => s.Code == code, ct)).WithMessage(_ => Text.Get("Region.Required"));
            RuleFor(x => x.Regions)
                .Must(r => r.Count <= 17).WithMessage(_ => Text.Format("Choices.TooMany", 17))
                .MustAsync(async (regions, ct) =>
                {
                    var codes = regions.Where(r => !string.IsNullOrEmpty(r)).Distinct().ToList();
                    return await db.Sidos.CountAsync(s => codes.Contains(s.Code), ct) == codes.Count;
                }).WithMessage(_ => Text.Get("Region.Required"));
            RuleFor(x => x.Summary).MaximumLength(1000).WithMessage(_ => Text.Format("Text.TooLong", 1000));
            RuleFor(x => x.Phone).OptionalPhone();
            RuleFor(x => x.Website).OptionalWebsite();
            RuleFor(x => x.ContactName).MaximumLength(50).WithMessage(_ => Text.Format("Text.TooLong", 50));
            RuleFor(x => x.ContactEmail!).ValidEmail().When(x => !string.IsNullOrWhiteSpace(x.ContactEmail));
            RuleFor(x => x.ContactPhone).OptionalPhone();
            RuleFor(x => x.Offices)
                .Must(o => o.Count <= 50).WithMessage(_ => Text.Format("Choices.TooMany", 50))
                .MustAsync(async (offices, ct) =>
                {
                    var ids = offices.Distinct().ToList();
                    return await db.RegionalOffices.CountAsync(o => ids.Contains(o.Id), ct) == ids.Count;
                }).WithMessage(_ => Text.Get("Office.Required"));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Form>>
    {
        public async Task<Result<Form>> Handle(Query request, CancellationToken cancellationToken)
        {
            var data = new Command();
            if (request.Id is { } id)
            {
                var found = await OrganizationScope.Agencies(db, user).AsNoTracking()
                    .Where(a => a.Id == id)
                    .Select(a => new Command
                    {
                        Id = a.Id, Name = a.Name, Kind = a.Kind, BusinessNumber = a.BusinessNumber, SidoCode = a.SidoCode,
                        Regions = a.Regions.Select(r => r.SidoCode).ToList(), Summary = a.Summary, Phone = a.Phone, Website = a.Website,
                        ContactName = a.ContactName, ContactEmail = a.ContactEmail, ContactPhone = a.ContactPhone,
                        Offices = db.CouncilMembers.Where(m => m.AgencyId == a.Id).Select(m => m.RegionalOfficeId).ToList(),
                        Version = a.Version,
                    })
                    .SingleOrDefaultAsync(cancellationToken);
                if (found is null)
                {
                    return Result<Form>.NotFound();
                }

                data = found;
                data.BusinessNumber = data.BusinessNumber is { Length: 10 } digits ? BusinessNumber.Format(digits) : data.BusinessNumber;
            }

            var sidos = await db.Sidos.AsNoTracking().OrderBy(s => s.Code).Select(s => new Option(s.Code, s.Name)).ToListAsync(cancellationToken);
            var offices = OrganizationScope.SeesAll(user)
                ? await db.RegionalOffices.AsNoTracking().OrderBy(o => o.Name).Select(o => new Option(o.Id.ToString(), o.Name)).ToListAsync(cancellationToken)
                : [];
            return new Form(data, sidos, offices);
        }
    }

    internal sealed class CommandHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result<Guid>>
    {
        public async Task<Result<Guid>> Handle(Command request, CancellationToken cancellationToken)
        {
            var managerOffice = OrganizationScope.ManagerOffice(user);
            if (!OrganizationScope.SeesAll(user) && managerOffice is null)
            {
                return Result<Guid>.Forbidden();
            }

            Agency agency;
            if (request.Id is { } id)
            {
                var found = await OrganizationScope.Agencies(db, user).Include(a => a.Regions).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
                if (found is null)
                {
                    return Result<Guid>.NotFound();
                }

                agency = found;
                // Compared against the version the editor saw; marked changed so that a save touching only the
                // regions or councils is checked too.
                db.Entry(agency).Property(a => a.Version).OriginalValue = request.Version;
                db.Entry(agency).Property(a => a.Version).IsModified = true;
            }
            else
            {
                agency = new Agency { Name = "", SidoCode = request.SidoCode, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Agencies.Add(agency);
            }

            agency.Name = request.Name.Trim();
            agency.Kind = request.Kind!.Value;
            agency.BusinessNumber = Domain.BusinessNumber.Normalize(request.BusinessNumber);
            agency.SidoCode = request.SidoCode;
            agency.Summary = Trimmed(request.Summary);
            agency.Phone = Trimmed(request.Phone);
            agency.Website = Trimmed(request.Website);
            agency.ContactName = Trimmed(request.ContactName);
            agency.ContactEmail = Trimmed(request.ContactEmail);
            agency.ContactPhone = Trimmed(request.ContactPhone);

            // Served regions: none chosen means the 시·도 it is based in.
            var regions = request.Regions.Where(r => !string.IsNullOrEmpty(r)).Distinct().ToList();
            if (regions.Count == 0)
            {
                regions.Add(request.SidoCode);
            }

            agency.Regions.RemoveAll(r => !regions.Contains(r.SidoCode));
            agency.Regions.AddRange(regions.Where(code => agency.Regions.All(r => r.SidoCode != code)).Select(code => new AgencyRegion { AgencyId = agency.Id, SidoCode = code }));

            var today = clock.Today();
            if (managerOffice is { } office)
            {
                if (request.Id is null)
                {
                    db.CouncilMembers.Add(new CouncilMember { RegionalOfficeId = office, AgencyId = agency.Id, JoinedOn = today });
                }
            }
            else
            {
                var wanted = request.Offices.Distinct().ToList();
                var current = await db.CouncilMembers.Where(m => m.AgencyId == agency.Id).ToListAsync(cancellationToken);
                db.CouncilMembers.RemoveRange(current.Where(m => !wanted.Contains(m.RegionalOfficeId)));
                db.CouncilMembers.AddRange(wanted.Where(o => current.All(m => m.RegionalOfficeId != o))
                    .Select(o => new CouncilMember { RegionalOfficeId = o, AgencyId = agency.Id, JoinedOn = today }));
            }

            return agency.Id;
        }

        private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
