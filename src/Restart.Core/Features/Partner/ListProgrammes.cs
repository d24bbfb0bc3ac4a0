using MediatR;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Partner;

/// <summary>A partner agency's own programmes (/Partner/Programs), soonest deadline first, with the places taken of each.</summary>
public static class ListProgrammes
{
    [SentBy(Roles.AgencyPartner)]
    public sealed class Query : IQuery<Result<Paged<Item>>>
    {
        /// <summary>One status; none for all.</summary>
        public OfferStatus? Status { get; set; }
        public int Page { get; set; } = 1;
    }

    public sealed record Item(Guid Id, string Title, ProgrammeKind Kind, OfferStatus Status, DateOnly ApplyFrom, DateOnly ApplyUntil, int PlacesTaken, int Capacity);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (user.AgencyId is not { } agencyId)
            {
                return Result<Paged<Item>>.Forbidden();
            }

            // Along the (AgencyId, Status, ApplyUntil) index; the places are counted in the same query.
            var programmes = db.Programmes.Where(p => p.AgencyId == agencyId);
            if (request.Status is { } status)
            {
                programmes = programmes.Where(p => p.Status == status);
            }

            return await programmes
                .OrderBy(p => p.ApplyUntil).ThenBy(p => p.Id)
                .Select(p => new Item(p.Id, p.Title, p.Kind, p.Status, p.ApplyFrom, p.ApplyUntil,
                    p.PlacesTaken, p.Capacity))
                .ToPagedAsync(request.Page, cancellationToken);
        }
    }
}
