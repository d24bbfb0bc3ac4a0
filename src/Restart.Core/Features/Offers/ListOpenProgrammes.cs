using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Offers;

/// <summary>
/// The public list of programmes one can still apply to, soonest deadline first. A programme with no
/// 시·도 is nationwide and is listed under every region.
/// </summary>
public static class ListOpenProgrammes
{
    [SentByAnyone]
    public sealed class Query : IQuery<Result<Model>>
    {
        /// <summary>A 시·도 code.</summary>
        public string? Sido { get; set; }
        public ProgrammeKind? Kind { get; set; }
        public Track? Track { get; set; }
        /// <summary>Only programmes whose application closes within this many days.</summary>
        public int? Within { get; set; }
        public int Page { get; set; } = 1;
    }

    /// <summary>What a programme gives: an amount, or a loan's limit, yearly rate and term.</summary>
    public sealed record Benefit(long? Amount, long? LoanLimit, decimal? InterestRate, int? LoanTermMonths)
    {
        public bool IsEmpty => Amount is null && LoanLimit is null && InterestRate is null && LoanTermMonths is null;
    }

    /// <summary>One programme; no <see cref="Regions"/> means nationwide (전국).</summary>
    public sealed record Row(Guid Id, string Title, string Agency, ProgrammeKind Kind, IReadOnlyList<string> Regions, DateOnly ApplyFrom, DateOnly ApplyUntil, Benefit Benefit);

    /// <summary>The page of programmes, and the filters left out because their value was not usable.</summary>
    public sealed record Model(Paged<Row> Programmes, IReadOnlyList<FieldError> Ignored);

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var ignored = new List<FieldError>();
            var kind = OfferFilters.Defined(request.Kind, nameof(Query.Kind), ignored);
            var track = OfferFilters.Defined(request.Track, nameof(Query.Track), ignored);
            var until = OfferFilters.DeadlineWithin(request.Within, today, nameof(Query.Within), ignored);
            var sido = await KnownSidoAsync(request.Sido, ignored, cancellationToken);

            // Along (Status, ApplyUntil, Kind): open, not past the deadline, soonest first.
            var programmes = db.Programmes.AsNoTracking().Where(p => p.Status == OfferStatus.Open && p.ApplyUntil >= today);
            if (until is { } last)
            {
                programmes = programmes.Where(p => p.ApplyUntil <= last);
            }

            if (kind is { } k)
            {
                programmes = programmes.Where(p => p.Kind == k);
            }

            if (track is { } t)
            {
                // A programme for both tracks serves a person on either.
                programmes = programmes.Where(p => p.Track == t || p.Track == Domain.Track.Both);
            }

            if (sido is not null)
            {
                // Nationwide, or serving the 시·도 (the ProgrammeRegions (SidoCode, ProgrammeId) index).
                programmes = programmes.Where(p => !p.Regions.Any()
                    || db.ProgrammeRegions.Where(r => r.SidoCode == sido).Select(r => r.ProgrammeId).Contains(p.Id));
            }

            var page = await programmes
                .OrderBy(p => p.ApplyUntil).ThenBy(p => p.Id)
                .Select(p => new Row(
                    p.Id,
                    p.Title,
                    p.Agency!.Name,
                    p.Kind,
                    p.Regions.Join(db.Sidos, r => r.SidoCode, s => s.Code, (_, s) => s).OrderBy(s => s.Code).Select(s => s.Name).ToList(),
                    p.ApplyFrom,
                    p.ApplyUntil,
                    new Benefit(p.BenefitAmount, p.LoanLimit, p.InterestRate, p.LoanTermMonths)))
                .ToPagedAsync(request.Page, cancellationToken);
            return new Model(page, ignored);
        }

        private async Task<string?> KnownSidoAsync(string? code, List<FieldError> ignored, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }

            code = code.Trim();
            if (code.Length == 2 && await db.Sidos.AnyAsync(s => s.Code == code, cancellationToken))
            {
                return code;
            }

            ignored.Add(new FieldError(nameof(Query.Sido), Text.Get("Offers.UnknownRegion")));
            return null;
        }
    }
}
