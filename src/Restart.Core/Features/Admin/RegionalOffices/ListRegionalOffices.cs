using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.RegionalOffices;

public static class ListRegionalOffices
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Paged<Item>>>
    {
        public int Page { get; set; } = 1;
    }

    public sealed record Item(Guid Id, string Code, string Name, string? Phone, IReadOnlyList<string> Regions, int StaffCount);

    internal sealed class Handler(RestartDbContext db) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken) =>
            await db.RegionalOffices.AsNoTracking()
                .OrderBy(o => o.Name)
                .Select(o => new Item(
                    o.Id,
                    o.Code,
                    o.Name,
                    o.Phone,
                    o.Coverage.Join(db.Sidos, c => c.SidoCode, s => s.Code, (_, s) => s.Name).ToList(),
                    db.Users.Count(u => u.RegionalOfficeId == o.Id)))
                .ToPagedAsync(request.Page, cancellationToken);
    }
}
