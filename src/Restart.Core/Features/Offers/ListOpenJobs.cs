using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Offers;

/// <summary>
/// The public list of open job posts of verified companies, soonest deadline first. Each filter runs along
/// one of the (Status, …, ClosesOn) indexes of JobPosts.
/// </summary>
public static class ListOpenJobs
{
    [SentByAnyone]
    public sealed class Query : IQuery<Result<Model>>
    {
        /// <summary>A 시·도 code.</summary>
        public string? Sido { get; set; }
        /// <summary>A 시·군·구 code; a 시 with 일반구 takes in its 구.</summary>
        public string? Sigungu { get; set; }
        /// <summary>A KECO group: a top-level (one digit) or middle-level (two digits) code.</summary>
        public string? Occupation { get; set; }
        /// <summary>The lowest monthly wage (or its monthly equivalent for an hourly wage), in KRW.</summary>
        public int? MinWage { get; set; }
        public int? Within { get; set; }
        public EmploymentType? Type { get; set; }
        public bool MiddleAged { get; set; }
        public bool Training { get; set; }
        public int Page { get; set; } = 1;
    }

    public sealed record Row(
        Guid Id,
        string Title,
        string Company,
        string Sido,
        string Sigungu,
        string Occupation,
        EmploymentType Type,
        WageKind WageKind,
        int WageAmount,
        int WeeklyHours,
        DateOnly ClosesOn,
        bool MiddleAgedWelcome,
        bool TrainingProvided);

    public sealed record Model(Paged<Row> Jobs, IReadOnlyList<FieldError> Ignored);

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var ignored = new List<FieldError>();
            var type = OfferFilters.Defined(request.Type, nameof(Query.Type), ignored);
            var until = OfferFilters.DeadlineWithin(request.Within, today, nameof(Query.Within), ignored);
            if (request.MinWage < 0)
            {
                ignored.Add(new FieldError(nameof(Query.MinWage), Text.Get("Offers.WageNotNegative")));
            }

            var jobs = db.JobPosts.AsNoTracking().Where(j => j.Status == OfferStatus.Open && j.ClosesOn >= today);
            if (await KnownCodeAsync(request.Sido, 2, db.Sidos.Select(s => s.Code), nameof(Query.Sido), ignored, cancellationToken) is { } sido)
            {
                jobs = jobs.Where(j => j.SidoCode == sido);
            }

            if (await DistrictCodesAsync(request.Sigungu, ignored, cancellationToken) is { } districts)
            {
                jobs = jobs.Where(j => districts.Contains(j.SigunguCode));
            }

            var groups = db.Occupations.Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Level <= 2).Select(o => o.Code);
            if (await KnownCodeAsync(request.Occupation, 2, groups, nameof(Query.Occupation), ignored, cancellationToken) is { } group)
            {
                var (from, to) = OfferFilters.CodeRange(group);
                jobs = to is null
                    ? jobs.Where(j => string.Compare(j.OccupationCode, from) >= 0)
                    : jobs.Where(j => string.Compare(j.OccupationCode, from) >= 0 && string.Compare(j.OccupationCode, to) < 0);
            }

            if (until is { } last)
            {
                jobs = jobs.Where(j => j.ClosesOn <= last);
            }

            if (request.MinWage > 0)
            {
                jobs = jobs.Where(j => j.MonthlyWage >= request.MinWage);
            }

            if (type is { } t)
            {
                jobs = jobs.Where(j => j.EmploymentType == t);
            }

            if (request.MiddleAged)
            {
                jobs = jobs.Where(j => j.MiddleAgedWelcome);
            }

            if (request.Training)
            {
                jobs = jobs.Where(j => j.TrainingProvided);
            }

            // Only companies staff have verified: their posts are the only ones published.
            var page = await jobs.Where(j => j.Company!.VerifiedAt != null)
                .OrderBy(j => j.ClosesOn).ThenBy(j => j.Id)
                .Select(j => new Row(
                    j.Id,
                    j.Title,
                    j.Company!.Name,
                    db.Sidos.Where(s => s.Code == j.SidoCode).Select(s => s.Name).First(),
                    db.Sigungus.Where(s => s.Code == j.SigunguCode).Select(s => s.Name).First(),
                    db.Occupations.Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Code == j.OccupationCode).Select(o => o.Name).FirstOrDefault() ?? j.OccupationCode,
                    j.EmploymentType,
                    j.WageKind,
                    j.WageAmount,
                    j.WeeklyHours,
                    j.ClosesOn,
                    j.MiddleAgedWelcome,
                    j.TrainingProvided))
                .ToPagedAsync(request.Page, cancellationToken);
            return new Model(page, ignored);
        }

        /// <summary>The code when <paramref name="known"/> holds it; null (no filter) and a message otherwise.</summary>
        private static async Task<string?> KnownCodeAsync(string? code, int maxLength, IQueryable<string> known, string field, List<FieldError> ignored, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }

            code = code.Trim();
            if (code.Length <= maxLength && code.All(char.IsAsciiDigit) && await known.ContainsAsync(code, cancellationToken))
            {
                return code;
            }

            ignored.Add(new FieldError(field, Text.Get(field == nameof(Query.Occupation) ? "Offers.UnknownOccupation" : "Offers.UnknownRegion")));
            return null;
        }

        /// <summary>The 시·군·구 and, for a 시 with 일반구, its 구: posts name either.</summary>
        private async Task<List<string>?> DistrictCodesAsync(string? code, List<FieldError> ignored, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }

            code = code.Trim();
            var codes = code.Length == 5 && code.All(char.IsAsciiDigit)
                ? await db.Sigungus.Where(s => s.Code == code || s.ParentCode == code).Select(s => s.Code).ToListAsync(cancellationToken)
                : [];
            if (codes.Count == 0)
            {
                ignored.Add(new FieldError(nameof(Query.Sigungu), Text.Get("Offers.UnknownRegion")));
                return null;
            }

            return codes;
        }
    }
}
