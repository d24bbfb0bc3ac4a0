using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Matching;

namespace Restart.Core.Features.Employer;

/// <summary>
/// An employer writes a job post: a new draft, or a change to one of its own drafts or open posts. The wage is
/// checked against the legal minimum of the year; two people editing one post at once, the later is told.
/// </summary>
public static class EditJobPost
{
    public const int MaxQualifications = 5;

    [SentBy(Roles.Employer)]
    public sealed class Query : IQuery<Result<Form>>
    {
        /// <summary>None for a new post.</summary>
        public Guid? Id { get; set; }
    }

    /// <summary>The form's values and the national qualification names its fields suggest.</summary>
    public sealed record Form(Command Data, IReadOnlyList<string> QualificationNames);

    [SentBy(Roles.Employer)]
    public sealed class Command : ICommand<Result<Guid>>
    {
        public Guid? Id { get; set; }
        public Guid Version { get; set; }
        public string Title { get; set; } = "";
        /// <summary>A KECO code, or "5312 한식 조리사" as the picker fills it.</summary>
        public string Occupation { get; set; } = "";
        public string Description { get; set; } = "";
        /// <summary>The workplace's 시·군·구; its 시·도 is stored beside it.</summary>
        public string? SigunguCode { get; set; }
        public EmploymentType? EmploymentType { get; set; }
        public WageKind? WageKind { get; set; }
        public int? WageAmount { get; set; }
        public int? WeeklyHours { get; set; }
        public ShiftKind? Shift { get; set; }
        /// <summary>National qualifications by name (or code), as the picker fills them.</summary>
        public List<string> Qualifications { get; set; } = [];
        public string? Skills { get; set; }
        public int? ExperienceYears { get; set; }
        public int? Openings { get; set; } = 1;
        public DateOnly? OpensOn { get; set; }
        public DateOnly? ClosesOn { get; set; }
        public bool MiddleAgedWelcome { get; set; }
        public bool TrainingProvided { get; set; }

        internal List<string> QualificationEntries => [.. Qualifications.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).Distinct()];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(RestartDbContext db, TimeProvider clock)
        {
            RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("JobPost.TitleRequired"))
                .MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200));
            RuleFor(x => x.Occupation).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("JobPost.OccupationRequired"))
                .Must(v => ReferenceCodes.Parse(v) is not null).WithMessage(_ => Text.Get("Occupation.Invalid"))
                .MustAsync(async (v, ct) =>
                {
                    var code = ReferenceCodes.Parse(v);
                    return await db.Occupations.AnyAsync(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Level == 4 && o.Code == code, ct);
                }).WithMessage(_ => Text.Get("Occupation.Invalid"));
            RuleFor(x => x.Description).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("JobPost.DescriptionRequired"))
                .MaximumLength(4000).WithMessage(_ => Text.Format("Text.TooLong", 4000));
            RuleFor(x => x.SigunguCode).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("JobPost.RegionRequired"))
                .MustAsync((v, ct) => db.Sigungus.AnyAsync(s => s.Code == v, ct)).WithMessage(_ => Text.Get("JobPost.RegionRequired"));
            RuleFor(x => x.EmploymentType).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => Text.Get("JobPost.EmploymentTypeRequired")).IsInEnum().WithMessage(_ => Text.Get("JobPost.EmploymentTypeRequired"));
            RuleFor(x => x.WageKind).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => Text.Get("JobPost.WageKindRequired")).IsInEnum().WithMessage(_ => Text.Get("JobPost.WageKindRequired"));
            RuleFor(x => x.WageAmount).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("JobPost.WageRequired"))
                .InclusiveBetween(1, 100_000_000).WithMessage(_ => Text.Get("JobPost.WageRange"));
            RuleFor(x => x.WeeklyHours).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => Text.Get("JobPost.HoursRange")).InclusiveBetween(1, 68).WithMessage(_ => Text.Get("JobPost.HoursRange"));
            RuleFor(x => x.Shift).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => Text.Get("JobPost.ShiftRequired")).IsInEnum().WithMessage(_ => Text.Get("JobPost.ShiftRequired"));
            RuleFor(x => x.Qualifications).Must(q => q.Count(s => !string.IsNullOrWhiteSpace(s)) <= MaxQualifications)
                .WithMessage(_ => Text.Format("Choices.TooMany", MaxQualifications));
            RuleFor(x => x.Skills).MaximumLength(500).WithMessage(_ => Text.Format("Text.TooLong", 500));
            RuleFor(x => x.ExperienceYears).InclusiveBetween(0, 50).When(x => x.ExperienceYears is not null).WithMessage(_ => Text.Get("JobPost.ExperienceRange"));
            RuleFor(x => x.Openings).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => Text.Get("JobPost.OpeningsRange")).InclusiveBetween(1, 999).WithMessage(_ => Text.Get("JobPost.OpeningsRange"));
            RuleFor(x => x.OpensOn).NotNull().WithMessage(_ => Text.Get("JobPost.OpensOnRequired"));
            RuleFor(x => x.ClosesOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("JobPost.ClosesOnRequired"))
                .Must((x, d) => x.OpensOn is null || d >= x.OpensOn).WithMessage(_ => Text.Get("JobPost.ClosesBeforeOpens"))
                .Must(d => d >= clock.Today()).WithMessage(_ => Text.Get("JobPost.ClosesInPast"));
            RuleFor(x => x).CustomAsync(async (x, context, ct) =>
            {
                var unknown = x.QualificationEntries.Count <= MaxQualifications ? await UnknownQualificationAsync(db, x.QualificationEntries, ct) : null;
                if (unknown is not null)
                {
                    context.AddFailure(nameof(Command.Qualifications), Text.Format("JobPost.QualificationUnknown", unknown));
                }

                if (x is not { WageKind: { } kind, WageAmount: > 0 and { } amount, WeeklyHours: >= 1 and <= 68 and { } hours } || !Enum.IsDefined(kind))
                {
                    return;
                }

                var minimum = await LegalMinimumWage.InForceAsync(db, clock, ct);
                if (minimum is null)
                {
                    context.AddFailure(nameof(Command.WageAmount), Text.Get("JobPost.NoMinimumWage"));
                }
                else if (!minimum.IsMetBy(kind, amount, hours))
                {
                    context.AddFailure(nameof(Command.WageAmount), minimum.Refusal(kind, hours));
                }
            });
        }

        private static async Task<string?> UnknownQualificationAsync(RestartDbContext db, List<string> entries, CancellationToken cancellationToken)
        {
            if (entries.Count == 0)
            {
                return null;
            }

            var known = await db.Qualifications.AsNoTracking().Where(q => entries.Contains(q.Name) || entries.Contains(q.Code))
                .Select(q => new { q.Code, q.Name }).ToListAsync(cancellationToken);
            return entries.FirstOrDefault(e => !known.Any(k => k.Name == e || k.Code == e));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user, IMemoryCache cache, TimeProvider clock) : IRequestHandler<Query, Result<Form>>
    {
        public async Task<Result<Form>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId)
            {
                return Result<Form>.Forbidden();
            }

            var names = (await cache.GetOrCreateAsync("qualification-names", async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
                return (IReadOnlyList<string>)await db.Qualifications.AsNoTracking().OrderBy(q => q.Name).Select(q => q.Name).ToListAsync(cancellationToken);
            }))!;
            if (request.Id is not { } id)
            {
                var today = clock.Today();
                return new Form(new Command { OpensOn = today, ClosesOn = today.AddDays(30) }, names);
            }

            var form = await db.JobPosts.AsNoTracking()
                .Where(j => j.Id == id && j.CompanyId == companyId)
                .Select(j => new Command
                {
                    Id = j.Id,
                    Version = j.Version,
                    Title = j.Title,
                    Occupation = j.OccupationCode + " " + db.Occupations
                        .Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Code == j.OccupationCode).Select(o => o.Name).FirstOrDefault(),
                    Description = j.Description,
                    SigunguCode = j.SigunguCode,
                    EmploymentType = j.EmploymentType,
                    WageKind = j.WageKind,
                    WageAmount = j.WageAmount,
                    WeeklyHours = j.WeeklyHours,
                    Shift = j.Shift,
                    Qualifications = j.Qualifications
                        .Join(db.Qualifications, p => p.QualificationCode, q => q.Code, (_, q) => q.Name).ToList(),
                    Skills = j.Skills,
                    ExperienceYears = j.ExperienceYears,
                    Openings = j.Openings,
                    OpensOn = j.OpensOn,
                    ClosesOn = j.ClosesOn,
                    MiddleAgedWelcome = j.MiddleAgedWelcome,
                    TrainingProvided = j.TrainingProvided,
                })
                .SingleOrDefaultAsync(cancellationToken);
            // Another company's post answers as if there were none.
            return form is null ? Result<Form>.NotFound() : new Form(form, names);
        }
    }

    internal sealed class CommandHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock, AfterCommit after, JobIndex jobs) : IRequestHandler<Command, Result<Guid>>
    {
        public async Task<Result<Guid>> Handle(Command request, CancellationToken cancellationToken)
        {
            if (user.CompanyId is not { } companyId || !await db.Companies.AnyAsync(c => c.Id == companyId, cancellationToken))
            {
                return Result<Guid>.Forbidden();
            }

            var sidoCode = await db.Sigungus.Where(s => s.Code == request.SigunguCode).Select(s => s.SidoCode).SingleAsync(cancellationToken);
            var occupation = ReferenceCodes.Parse(request.Occupation)!;
            var entries = request.QualificationEntries;
            var qualifications = await db.Qualifications.Where(q => entries.Contains(q.Name) || entries.Contains(q.Code))
                .Select(q => q.Code).Distinct().ToListAsync(cancellationToken);
            JobPost post;
            if (request.Id is { } id)
            {
                var found = await db.JobPosts.Include(j => j.Qualifications).SingleOrDefaultAsync(j => j.Id == id && j.CompanyId == companyId, cancellationToken);
                if (found is null)
                {
                    return Result<Guid>.NotFound();
                }

                if (found.Status == OfferStatus.Closed)
                {
                    return Result<Guid>.Invalid("", Text.Get("JobPost.ClosedNoEdit"));
                }

                // Compared with the version the editor saw; the post is written even when only its qualifications change.
                post = found;
                db.Entry(post).Property(j => j.Version).OriginalValue = request.Version;
                db.Entry(post).Property(j => j.Version).IsModified = true;
                post.OccupationCode = occupation;
                post.SidoCode = sidoCode;
                post.SigunguCode = request.SigunguCode!;
            }
            else
            {
                post = new JobPost
                {
                    CompanyId = companyId,
                    Title = "",
                    OccupationCode = occupation,
                    SidoCode = sidoCode,
                    SigunguCode = request.SigunguCode!,
                    Description = "",
                    Status = OfferStatus.Draft,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                db.JobPosts.Add(post);
            }

            post.Title = request.Title.Trim();
            post.Description = request.Description.Trim();
            post.EmploymentType = request.EmploymentType!.Value;
            post.WageKind = request.WageKind!.Value;
            post.WageAmount = request.WageAmount!.Value;
            post.WeeklyHours = request.WeeklyHours!.Value;
            post.MonthlyWage = Wages.MonthlyEquivalent(post.WageKind, post.WageAmount, post.WeeklyHours);
            post.Shift = request.Shift!.Value;
            post.Skills = string.IsNullOrWhiteSpace(request.Skills) ? null : request.Skills.Trim();
            post.ExperienceYears = request.ExperienceYears;
            post.Openings = request.Openings!.Value;
            post.OpensOn = request.OpensOn!.Value;
            post.ClosesOn = request.ClosesOn!.Value;
            post.MiddleAgedWelcome = request.MiddleAgedWelcome;
            post.TrainingProvided = request.TrainingProvided;
            // Only the differences: removing and re-adding a row with the same key in one save is refused by EF.
            post.Qualifications.RemoveAll(q => !qualifications.Contains(q.QualificationCode));
            post.Qualifications.AddRange(qualifications.Where(code => post.Qualifications.All(q => q.QualificationCode != code))
                .Select(code => new JobPostQualification { JobPostId = post.Id, QualificationCode = code }));
            if (post.Status == OfferStatus.Open)
            {
                // An open post's new fields reach matching's index on this instance at once (ADR 0018).
                after.Add(jobs.Invalidate);
            }

            return post.Id;
        }
    }
}
