using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>Step 3: what the person wants — re-employment, re-founding or both, and on what terms.</summary>
public static class ApplyWishes
{
    public const int MaxChoices = 3;

    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    public sealed record Model(Command Form, bool OptionalConsent);

    [SentBy(Roles.Applicant)]
    public sealed class Command : ICommand<Result>, IOwnDataRequest
    {
        public Track? Track { get; set; }
        /// <summary>Up to three KECO occupations, as codes or "5312 한식 조리사" as the picker fills them.</summary>
        public List<string> Occupations { get; set; } = [];
        /// <summary>Up to three 시·군·구 codes.</summary>
        public List<string> Regions { get; set; } = [];
        public int? DesiredMonthlyWage { get; set; }
        public int? DesiredWeeklyHours { get; set; }
        public string? CertificatesAndSkills { get; set; }
        public string? CareerHistory { get; set; }

        internal IEnumerable<string> OccupationCodes => Occupations.Select(ReferenceCodes.Parse).OfType<string>().Distinct();
        internal IEnumerable<string> RegionCodes => Regions.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct();

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(RestartDbContext db)
        {
            RuleFor(x => x.Track).NotNull().WithMessage(_ => Text.Get("Track.Required")).IsInEnum().WithMessage(_ => Text.Get("Track.Required"));
            RuleFor(x => x.Occupations).Cascade(CascadeMode.Stop)
                .Must(o => o.Count(s => !string.IsNullOrWhiteSpace(s)) <= MaxChoices).WithMessage(_ => Text.Format("Choices.TooMany", MaxChoices))
                .Must((x, o) => x.Track == Domain.Track.ReFounding || o.Any(s => !string.IsNullOrWhiteSpace(s))).WithMessage(_ => Text.Get("Occupation.Required"))
                .MustAsync(async (x, o, ct) =>
                {
                    // Every entry must be a code from the list; the same one twice simply counts once.
                    if (o.Where(s => !string.IsNullOrWhiteSpace(s)).Any(s => ReferenceCodes.Parse(s) is null))
                    {
                        return false;
                    }

                    var codes = x.OccupationCodes.ToList();
                    return await db.Occupations.CountAsync(
                        c => c.Revision == ReferenceDataSeeder.OccupationRevision && c.Level == 4 && codes.Contains(c.Code), ct) == codes.Count;
                }).WithMessage(_ => Text.Get("Occupation.Invalid"));
            RuleFor(x => x.Regions).Cascade(CascadeMode.Stop)
                .Must(r => r.Any(s => !string.IsNullOrWhiteSpace(s))).WithMessage(_ => Text.Get("DesiredRegion.Required"))
                .Must(r => r.Count(s => !string.IsNullOrWhiteSpace(s)) <= MaxChoices).WithMessage(_ => Text.Format("Choices.TooMany", MaxChoices))
                .MustAsync(async (x, _, ct) =>
                {
                    var codes = x.RegionCodes.ToList();
                    return await db.Sigungus.CountAsync(s => codes.Contains(s.Code), ct) == codes.Count;
                }).WithMessage(_ => Text.Get("Region.Required"));
            RuleFor(x => x.DesiredMonthlyWage).InclusiveBetween(0, 100_000_000).When(x => x.DesiredMonthlyWage is not null)
                .WithMessage(_ => Text.Get("Wage.Range"));
            RuleFor(x => x.DesiredWeeklyHours).InclusiveBetween(1, 52).When(x => x.DesiredWeeklyHours is not null)
                .WithMessage(_ => Text.Get("Hours.Range"));
            RuleFor(x => x.CertificatesAndSkills).MaximumLength(2000).WithMessage(_ => Text.Format("Text.TooLong", 2000));
            RuleFor(x => x.CareerHistory).MaximumLength(4000).WithMessage(_ => Text.Format("Text.TooLong", 4000));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var draft = await db.Cases.AsNoTracking()
                .DraftOf(userId)
                .Select(c => new
                {
                    c.Track,
                    c.DesiredMonthlyWage,
                    c.DesiredWeeklyHours,
                    c.CertificatesAndSkills,
                    c.CareerHistory,
                    Occupations = c.DesiredOccupations.Select(o => o.Code + " " + db.Occupations
                        .Where(k => k.Revision == ReferenceDataSeeder.OccupationRevision && k.Code == o.Code).Select(k => k.Name).FirstOrDefault()).ToList(),
                    Regions = c.DesiredRegions.Select(r => r.SigunguCode).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            var form = draft is null ? new Command() : new Command
            {
                Track = draft.Track,
                Occupations = draft.Occupations,
                Regions = draft.Regions,
                DesiredMonthlyWage = draft.DesiredMonthlyWage,
                DesiredWeeklyHours = draft.DesiredWeeklyHours,
                CertificatesAndSkills = draft.CertificatesAndSkills,
                CareerHistory = draft.CareerHistory,
            };
            return new Model(form, await db.Consents.IsGrantedAsync(userId, ConsentItem.Optional, cancellationToken));
        }
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var draft = await db.Cases.Include(c => c.DesiredOccupations).Include(c => c.DesiredRegions).FindDraftAsync(userId, cancellationToken);
            if (draft is null || !draft.HasSaved(ApplyStep.Business))
            {
                return Result.Invalid("", Text.Get("Apply.StartWithPersonal"));
            }

            // Career and skills are optional items: without that consent they are not kept.
            var optional = await db.Consents.IsGrantedAsync(userId, ConsentItem.Optional, cancellationToken);
            draft.Track = request.Track;
            draft.DesiredMonthlyWage = request.DesiredMonthlyWage;
            draft.DesiredWeeklyHours = request.DesiredWeeklyHours;
            draft.CertificatesAndSkills = optional && !string.IsNullOrWhiteSpace(request.CertificatesAndSkills) ? request.CertificatesAndSkills.Trim() : null;
            draft.CareerHistory = optional && !string.IsNullOrWhiteSpace(request.CareerHistory) ? request.CareerHistory.Trim() : null;
            // Only the differences: removing and re-adding a row with the same key in one save is refused by EF.
            var occupations = request.OccupationCodes.ToList();
            draft.DesiredOccupations.RemoveAll(o => !occupations.Contains(o.Code));
            draft.DesiredOccupations.AddRange(occupations.Where(code => draft.DesiredOccupations.All(o => o.Code != code))
                .Select(code => new CaseDesiredOccupation { CaseId = draft.Id, Code = code }));
            var regions = request.RegionCodes.ToList();
            draft.DesiredRegions.RemoveAll(r => !regions.Contains(r.SigunguCode));
            draft.DesiredRegions.AddRange(regions.Where(code => draft.DesiredRegions.All(r => r.SigunguCode != code))
                .Select(code => new CaseDesiredRegion { CaseId = draft.Id, SigunguCode = code }));
            draft.SaveStep(ApplyStep.Wishes, clock.GetUtcNow().UtcDateTime);
            return Result.Ok();
        }
    }
}
