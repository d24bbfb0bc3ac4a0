using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Partner;

/// <summary>
/// A partner agency creates a programme (as a draft) or edits one of its own; saving keeps the status. Two
/// editors at once: the later save is refused with a message and the input kept.
/// </summary>
public static class EditProgramme
{
    public const int MinAge = 15;
    public const int MaxAge = 99;
    public const decimal MaxInterestRate = 20m;

    /// <summary>The form of a programme; no id for a new one.</summary>
    [SentBy(Roles.AgencyPartner)]
    public sealed class Query : IQuery<Result<Command>>
    {
        public Guid? Id { get; set; }
    }

    /// <summary>What the form picks from: the 시·도 and the verified companies (for company-linked training).</summary>
    [SentBy(Roles.AgencyPartner)]
    public sealed class OptionsQuery : IQuery<Result<Options>>;

    public sealed record Option(string Value, string Name);

    public sealed record Options(IReadOnlyList<Option> Sidos, IReadOnlyList<Option> Companies);

    [SentBy(Roles.AgencyPartner)]
    public sealed class Command : ICommand<Result<Guid>>
    {
        public Guid? Id { get; set; }
        public string Title { get; set; } = "";
        public ProgrammeKind? Kind { get; set; }
        public Track? Track { get; set; }
        public string? Description { get; set; }
        /// <summary>시·도 codes; none for a nationwide programme.</summary>
        public List<string> Regions { get; set; } = [];
        public int? MinAge { get; set; }
        public int? MaxAge { get; set; }
        public string? OtherConditions { get; set; }
        public int? Capacity { get; set; }
        public DateOnly? ApplyFrom { get; set; }
        public DateOnly? ApplyUntil { get; set; }
        public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
        public long? BenefitAmount { get; set; }
        public long? LoanLimit { get; set; }
        public decimal? InterestRate { get; set; }
        public int? LoanTermMonths { get; set; }
        public Guid? PartnerCompanyId { get; set; }
        public Guid Version { get; set; }

        /// <summary>The status the programme has (shown, never saved from the form).</summary>
        public OfferStatus Status { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Programme.TitleRequired"))
                .MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200));
            RuleFor(x => x.Kind).Must(k => k is { } kind && Enum.IsDefined(kind)).WithMessage(_ => Text.Get("Programme.KindRequired"));
            RuleFor(x => x.Track).Must(t => t is { } track && Enum.IsDefined(track)).WithMessage(_ => Text.Get("Track.Required"));
            RuleFor(x => x.Description).MaximumLength(4000).WithMessage(_ => Text.Format("Text.TooLong", 4000));
            RuleFor(x => x.OtherConditions).MaximumLength(1000).WithMessage(_ => Text.Format("Text.TooLong", 1000));
            RuleFor(x => x.Regions).Must(r => r.Count <= 20).WithMessage(_ => Text.Get("Programme.RegionUnknown"));

            RuleFor(x => x.MinAge).InclusiveBetween(MinAge, MaxAge).WithMessage(_ => Text.Format("Programme.AgeRange", MinAge, MaxAge));
            RuleFor(x => x.MaxAge).Cascade(CascadeMode.Stop)
                .InclusiveBetween(MinAge, MaxAge).WithMessage(_ => Text.Format("Programme.AgeRange", MinAge, MaxAge))
                .Must((x, max) => x.MinAge is not { } min || max is not { } most || min < MinAge || min <= most).WithMessage(_ => Text.Get("Programme.AgeOrder"));

            RuleFor(x => x.Capacity).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Programme.CapacityRequired"))
                .InclusiveBetween(1, 1_000_000).WithMessage(_ => Text.Get("Programme.CapacityRange"));

            RuleFor(x => x.ApplyFrom).NotNull().WithMessage(_ => Text.Get("Programme.ApplyFromRequired"));
            RuleFor(x => x.ApplyUntil).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Programme.ApplyUntilRequired"))
                .Must((x, until) => x.ApplyFrom is not { } from || from <= until).WithMessage(_ => Text.Get("Programme.ApplyUntilBeforeFrom"))
                .Must((x, until) => x.EndsOn is not { } ends || until <= ends).WithMessage(_ => Text.Get("Programme.ApplyUntilAfterEnd"));
            RuleFor(x => x.EndsOn)
                .Must((x, ends) => x.StartsOn is not { } starts || ends is not { } end || starts <= end).WithMessage(_ => Text.Get("Programme.EndsBeforeStarts"));

            RuleFor(x => x.BenefitAmount).GreaterThanOrEqualTo(0).WithMessage(_ => Text.Get("Programme.AmountNegative"));

            // A loan states its limit, rate and term instead of an amount; other kinds have no loan terms.
            When(x => x.Kind == ProgrammeKind.Loan, () =>
            {
                RuleFor(x => x.BenefitAmount).Null().WithMessage(_ => Text.Get("Programme.BenefitNotForLoan"));
                RuleFor(x => x.LoanLimit).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(_ => Text.Get("Programme.LoanLimitRequired"))
                    .GreaterThanOrEqualTo(0).WithMessage(_ => Text.Get("Programme.AmountNegative"));
                RuleFor(x => x.InterestRate).InclusiveBetween(0m, MaxInterestRate).WithMessage(_ => Text.Format("Programme.InterestRange", MaxInterestRate));
                RuleFor(x => x.LoanTermMonths).InclusiveBetween(1, 600).WithMessage(_ => Text.Get("Programme.LoanTermRange"));
            });
            When(x => x.Kind is { } kind && kind != ProgrammeKind.Loan, () =>
            {
                RuleFor(x => x.LoanLimit).Null().WithMessage(_ => Text.Get("Programme.LoanOnly"));
                RuleFor(x => x.InterestRate).Null().WithMessage(_ => Text.Get("Programme.LoanOnly"));
                RuleFor(x => x.LoanTermMonths).Null().WithMessage(_ => Text.Get("Programme.LoanOnly"));
            });

            // The partner company belongs to company-linked training (기업연계) only, and that needs one.
            RuleFor(x => x.PartnerCompanyId).NotNull().When(x => x.Kind == ProgrammeKind.CompanyLinkedTraining)
                .WithMessage(_ => Text.Get("Programme.PartnerCompanyRequired"));
            RuleFor(x => x.PartnerCompanyId).Null().When(x => x.Kind is { } kind && kind != ProgrammeKind.CompanyLinkedTraining)
                .WithMessage(_ => Text.Get("Programme.PartnerCompanyOnlyLinked"));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Command>>
    {
        public async Task<Result<Command>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return Result<Command>.Forbidden();
            }

            if (request.Id is not { } id)
            {
                // A new programme starts with the 시·도 the agency serves and a month of applications from today.
                var served = await db.AgencyRegions.AsNoTracking().Where(r => r.AgencyId == agencyId).OrderBy(r => r.SidoCode)
                    .Select(r => r.SidoCode).ToListAsync(cancellationToken);
                var today = clock.Today();
                return new Command { Regions = served, ApplyFrom = today, ApplyUntil = today.AddDays(30), Status = OfferStatus.Draft };
            }

            var form = await db.Programmes.AsNoTracking()
                .Where(p => p.Id == id && p.AgencyId == agencyId)
                .Select(p => new Command
                {
                    Id = p.Id, Title = p.Title, Kind = p.Kind, Track = p.Track, Description = p.Description,
                    Regions = p.Regions.OrderBy(r => r.SidoCode).Select(r => r.SidoCode).ToList(),
                    MinAge = p.MinAge, MaxAge = p.MaxAge, OtherConditions = p.OtherConditions, Capacity = p.Capacity,
                    ApplyFrom = p.ApplyFrom, ApplyUntil = p.ApplyUntil, StartsOn = p.StartsOn, EndsOn = p.EndsOn,
                    BenefitAmount = p.BenefitAmount, LoanLimit = p.LoanLimit, InterestRate = p.InterestRate, LoanTermMonths = p.LoanTermMonths,
                    PartnerCompanyId = p.PartnerCompanyId, Version = p.Version, Status = p.Status,
                })
                .SingleOrDefaultAsync(cancellationToken);
            return form is null ? Result<Command>.NotFound() : form;
        }
    }

    internal sealed class OptionsHandler(RestartDbContext db) : IRequestHandler<OptionsQuery, Result<Options>>
    {
        public async Task<Result<Options>> Handle(OptionsQuery request, CancellationToken cancellationToken)
        {
            var sidos = await db.Sidos.AsNoTracking().OrderBy(s => s.Code).Select(s => new Option(s.Code, s.Name)).ToListAsync(cancellationToken);
            var companies = await db.Companies.AsNoTracking().Where(c => c.VerifiedAt != null).OrderBy(c => c.Name)
                .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
            return new Options(sidos, [.. companies.Select(c => new Option(c.Id.ToString(), c.Name))]);
        }
    }

    internal sealed class CommandHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result<Guid>>
    {
        public async Task<Result<Guid>> Handle(Command request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return Result<Guid>.Forbidden();
            }

            Programme programme;
            if (request.Id is { } id)
            {
                var found = await db.Programmes.Include(p => p.Regions).SingleOrDefaultAsync(p => p.Id == id && p.AgencyId == agencyId, cancellationToken);
                if (found is null)
                {
                    return Result<Guid>.NotFound();
                }

                programme = found;
                // Compare against the version the editor saw, not the one just read.
                db.Entry(programme).Property(p => p.Version).OriginalValue = request.Version;
            }
            else
            {
                programme = new Programme
                {
                    AgencyId = agencyId, Title = "", Description = "", Status = OfferStatus.Draft, CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                db.Programmes.Add(programme);
            }

            var regions = request.Regions.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct().ToList();
            var errors = await CheckAsync(request, programme.Status, regions, cancellationToken);
            if (errors.Count > 0)
            {
                return Result<Guid>.Invalid(errors);
            }

            Apply(request, programme, regions);
            return programme.Id;
        }

        /// <summary>The rules that need the database or the day: known 시·도, a verified company, an open programme's deadline.</summary>
        private async Task<List<FieldError>> CheckAsync(Command request, OfferStatus status, List<string> regions, CancellationToken cancellationToken)
        {
            var errors = new List<FieldError>();
            if (regions.Count > 0 && await db.Sidos.CountAsync(s => regions.Contains(s.Code), cancellationToken) != regions.Count)
            {
                errors.Add(new(nameof(Command.Regions), Text.Get("Programme.RegionUnknown")));
            }

            if (request.PartnerCompanyId is { } companyId && !await db.Companies.AnyAsync(c => c.Id == companyId && c.VerifiedAt != null, cancellationToken))
            {
                errors.Add(new(nameof(Command.PartnerCompanyId), Text.Get("Programme.PartnerCompanyNotVerified")));
            }

            if (status == OfferStatus.Open && request.ApplyUntil < clock.Today())
            {
                errors.Add(new(nameof(Command.ApplyUntil), Text.Get("Programme.DeadlinePassed")));
            }

            return errors;
        }

        private static void Apply(Command request, Programme programme, List<string> regions)
        {
            programme.Title = request.Title.Trim();
            programme.Kind = request.Kind!.Value;
            programme.Track = request.Track!.Value;
            programme.Description = request.Description?.Trim() ?? "";
            programme.MinAge = request.MinAge;
            programme.MaxAge = request.MaxAge;
            programme.OtherConditions = string.IsNullOrWhiteSpace(request.OtherConditions) ? null : request.OtherConditions.Trim();
            programme.Capacity = request.Capacity!.Value;
            programme.ApplyFrom = request.ApplyFrom!.Value;
            programme.ApplyUntil = request.ApplyUntil!.Value;
            programme.StartsOn = request.StartsOn;
            programme.EndsOn = request.EndsOn;
            programme.BenefitAmount = request.BenefitAmount;
            programme.LoanLimit = request.LoanLimit;
            programme.InterestRate = request.InterestRate is { } rate ? Math.Round(rate, 2) : null;
            programme.LoanTermMonths = request.LoanTermMonths;
            programme.PartnerCompanyId = request.PartnerCompanyId;

            // Only what changed: a 시·도 kept is neither deleted nor added again.
            programme.Regions.RemoveAll(r => !regions.Contains(r.SidoCode));
            foreach (var code in regions.Where(c => programme.Regions.All(r => r.SidoCode != c)))
            {
                programme.Regions.Add(new ProgrammeRegion { ProgrammeId = programme.Id, SidoCode = code });
            }
        }
    }
}
