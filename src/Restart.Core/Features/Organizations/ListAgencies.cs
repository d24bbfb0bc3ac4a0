using MediatR;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>The partner agencies a manager works with (or, for an administrator, all of them), by name.</summary>
public static class ListAgencies
{
    public const int PageSize = 50;

    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Paged<Item>>>
    {
        public string? Search { get; set; }
        public int Page { get; set; } = 1;
    }

    public sealed record Item(Guid Id, string Name, AgencyKind Kind, string Sido, string? Phone, int Accounts);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var agencies = OrganizationScope.Agencies(db, user);
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var term = request.Search.Trim();
                agencies = agencies.Where(a => a.Name.Contains(term));
            }

            return await agencies
                .OrderBy(a => a.Name).ThenBy(a => a.Id)
                .Select(a => new Item(
                    a.Id,
                    a.Name,
                    a.Kind,
                    db.Sidos.Where(s => s.Code == a.SidoCode).Select(s => s.Name).First(),
                    a.Phone,
                    db.Users.Count(u => u.AgencyId == a.Id)))
                .ToPagedAsync(request.Page, cancellationToken, PageSize);
        }
    }
}
