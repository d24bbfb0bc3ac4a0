using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Offers;

/// <summary>
/// One open programme as the public sees it: everything the agency published, the places left, and the
/// agency's public phone and web site — never its contact person. A draft, closed or past programme is not found.
/// </summary>
public static class GetOpenProgramme
{
    [SentByAnyone]
    public sealed class Query : IQuery<Result<Model>>
    {
        public Guid Id { get; set; }
    }

    public sealed record AgencyInfo(string Name, AgencyKind Kind, string? Phone, string? Website);

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
        int PlacesLeft,
        DateOnly ApplyFrom,
        DateOnly ApplyUntil,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        ListOpenProgrammes.Benefit Benefit,
        string? PartnerCompany,
        AgencyInfo Agency);

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var found = await db.Programmes.AsNoTracking()
                .Where(p => p.Id == request.Id && p.Status == OfferStatus.Open && p.ApplyUntil >= today)
                .Select(p => new
                {
                    Model = new Model(
                        p.Id,
                        p.Title,
                        p.Kind,
                        p.Track,
                        p.Description,
                        p.Regions.Join(db.Sidos, r => r.SidoCode, s => s.Code, (_, s) => s).OrderBy(s => s.Code).Select(s => s.Name).ToList(),
                        p.MinAge,
                        p.MaxAge,
                        p.OtherConditions,
                        p.Capacity,
                        0,
                        p.ApplyFrom,
                        p.ApplyUntil,
                        p.StartsOn,
                        p.EndsOn,
                        new ListOpenProgrammes.Benefit(p.BenefitAmount, p.LoanLimit, p.InterestRate, p.LoanTermMonths),
                        db.Companies.Where(c => c.Id == p.PartnerCompanyId).Select(c => c.Name).FirstOrDefault(),
                        new AgencyInfo(p.Agency!.Name, p.Agency.Kind, p.Agency.Phone, p.Agency.Website)),
                    // Along the Referrals (ProgrammeId, Status) index.
                    Taken = p.PlacesTaken,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return Result<Model>.NotFound();
            }

            return found.Model with { PlacesLeft = Math.Max(0, found.Model.Capacity - found.Taken) };
        }
    }
}
