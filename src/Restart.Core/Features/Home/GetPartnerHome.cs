using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Home;

/// <summary>A partner agency's start page: the agency, its own programmes with the places taken, and how many referrals wait for its answer.</summary>
public static class GetPartnerHome
{
    [SentBy(Roles.AgencyPartner)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public int Page { get; set; } = 1;
    }

    public sealed record ProgrammeItem(Guid Id, string Title, ProgrammeKind Kind, OfferStatus Status, DateOnly ApplyFrom, DateOnly ApplyUntil, int PlacesTaken, int Capacity);

    public sealed record Model(string AgencyName, AgencyKind Kind, string Sido, Paged<ProgrammeItem> Programmes, int WaitingReferrals);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return Result<Model>.Forbidden();
            }

            var agency = await db.Agencies.AsNoTracking()
                .Where(a => a.Id == agencyId)
                .Select(a => new { a.Name, a.Kind, Sido = db.Sidos.Where(s => s.Code == a.SidoCode).Select(s => s.Name).First() })
                .SingleOrDefaultAsync(cancellationToken);
            if (agency is null)
            {
                return Result<Model>.Forbidden();
            }

            var programmes = await db.Programmes.AsNoTracking()
                .Where(p => p.AgencyId == agencyId)
                .OrderBy(p => p.Status).ThenBy(p => p.ApplyUntil).ThenBy(p => p.Id)
                .Select(p => new ProgrammeItem(p.Id, p.Title, p.Kind, p.Status, p.ApplyFrom, p.ApplyUntil,
                    p.PlacesTaken, p.Capacity))
                .ToPagedAsync(request.Page, cancellationToken);
            // Only the referrals the agency may see: a person who withdrew consent is not waiting for it.
            var waiting = await db.Referrals.SeenBy(db, agencyId).CountAsync(r => r.Status == ReferralStatus.Referred, cancellationToken);
            return new Model(agency.Name, agency.Kind, agency.Sido, programmes, waiting);
        }
    }
}
