using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Partner;

/// <summary>One of the agency's own programmes (/Partner/Programs/{id}): everything it says, its places taken, and what may be done with it now.</summary>
public static class GetProgramme
{
    [SentBy(Roles.AgencyPartner)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public Guid Id { get; set; }
    }

    public sealed record Model(
        Guid Id,
        string Title,
        ProgrammeKind Kind,
        Track Track,
        string Description,
        IReadOnlyList<string> Regions,
        int? MinAge,
        int? MaxAge,
        string? OtherConditions,
        int Capacity,
        int PlacesTaken,
        DateOnly ApplyFrom,
        DateOnly ApplyUntil,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        long? BenefitAmount,
        long? LoanLimit,
        decimal? InterestRate,
        int? LoanTermMonths,
        string? PartnerCompany,
        OfferStatus Status,
        DateTime CreatedAt,
        DateTime? PublishedAt,
        DateTime? ClosedAt,
        Guid Version)
    {
        public bool CanPublish => Status == OfferStatus.Draft;
        public bool CanClose => Status == OfferStatus.Open;
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return Result<Model>.Forbidden();
            }

            var model = await db.Programmes.AsNoTracking()
                .Where(p => p.Id == request.Id && p.AgencyId == agencyId)
                .Select(p => new Model(
                    p.Id, p.Title, p.Kind, p.Track, p.Description,
                    p.Regions.Join(db.Sidos, r => r.SidoCode, s => s.Code, (r, s) => new { s.Code, s.Name }).OrderBy(s => s.Code).Select(s => s.Name).ToList(),
                    p.MinAge, p.MaxAge, p.OtherConditions, p.Capacity,
                    p.PlacesTaken,
                    p.ApplyFrom, p.ApplyUntil, p.StartsOn, p.EndsOn, p.BenefitAmount, p.LoanLimit, p.InterestRate, p.LoanTermMonths,
                    db.Companies.Where(c => c.Id == p.PartnerCompanyId).Select(c => c.Name).FirstOrDefault(),
                    p.Status, p.CreatedAt, p.PublishedAt, p.ClosedAt, p.Version))
                .SingleOrDefaultAsync(cancellationToken);
            return model is null ? Result<Model>.NotFound() : model;
        }
    }
}
