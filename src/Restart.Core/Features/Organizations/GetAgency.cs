using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>One partner agency as staff manage it: what it is, where it serves, whom to call, and its councils.</summary>
public static class GetAgency
{
    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public Guid Id { get; set; }
    }

    public sealed record Model(
        Guid Id, string Name, AgencyKind Kind, string? BusinessNumber, string Sido, IReadOnlyList<string> Regions,
        string? Summary, string? Phone, string? Website, string? ContactName, string? ContactEmail, string? ContactPhone,
        IReadOnlyList<string> Councils);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var agency = await OrganizationScope.Agencies(db, user).AsNoTracking()
                .Where(a => a.Id == request.Id)
                .Select(a => new Model(
                    a.Id, a.Name, a.Kind, a.BusinessNumber,
                    db.Sidos.Where(s => s.Code == a.SidoCode).Select(s => s.Name).First(),
                    a.Regions.OrderBy(r => r.SidoCode).Join(db.Sidos, r => r.SidoCode, s => s.Code, (_, s) => s.Name).ToList(),
                    a.Summary, a.Phone, a.Website, a.ContactName, a.ContactEmail, a.ContactPhone,
                    db.CouncilMembers.Where(m => m.AgencyId == a.Id)
                        .Join(db.RegionalOffices, m => m.RegionalOfficeId, o => o.Id, (_, o) => o.Name).OrderBy(n => n).ToList()))
                .SingleOrDefaultAsync(cancellationToken);
            if (agency is null)
            {
                return Result<Model>.NotFound();
            }

            return agency with { BusinessNumber = agency.BusinessNumber is { Length: 10 } d ? BusinessNumber.Format(d) : agency.BusinessNumber };
        }
    }
}
