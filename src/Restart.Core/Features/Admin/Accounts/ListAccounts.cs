using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.Accounts;

public static class ListAccounts
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IPersonalDataRequest
    {
        public string? Role { get; set; }
        public string? Search { get; set; }
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "accounts";
    }

    public sealed record Item(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
        string? Organization, DateTime CreatedAt, bool LockedOut);

    internal sealed class Handler(RestartDbContext db, TimeProvider clock, IMemoryCache cache) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrEmpty(request.Role))
            {
                var roleId = db.Roles.Where(r => r.Name == request.Role).Select(r => r.Id);
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
            }

            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var term = request.Search.Trim();
                var upper = term.ToUpperInvariant();
                users = users.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.Contains(term));
            }

            // Newest first, walking the (CreatedAt, Id) index backwards. The page's role ids come from the user
            // roles' own key (UserId first) and are named from the handful of roles: joining the names in the
            // projection made the database gather every user's roles on each view.
            var page = await users
                .OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.Id)
                .Select(u => new
                {
                    u.Id,
                    u.Email,
                    u.DisplayName,
                    RoleIds = db.UserRoles.Where(ur => ur.UserId == u.Id).Select(ur => ur.RoleId).ToList(),
                    Organization = u.RegionalOffice != null ? u.RegionalOffice.Name
                        : u.Agency != null ? u.Agency.Name
                        : u.Company != null ? u.Company.Name
                        : null,
                    u.CreatedAt,
                    u.LockoutEnd,
                })
                .ToPagedAsync(request.Page, cancellationToken);

            // The six roles are created at start-up and never renamed.
            var roleNames = (await cache.GetOrCreateAsync(nameof(ListAccounts), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
                return db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? r.Id, cancellationToken);
            }))!;
            return new Paged<Item>(
                [.. page.Items.Select(u => new Item(u.Id, u.Email ?? "", u.DisplayName, [.. u.RoleIds.Select(id => roleNames.GetValueOrDefault(id, id)).Order(StringComparer.Ordinal)],
                    u.Organization, u.CreatedAt, u.LockoutEnd > now))],
                page.Page, page.PageSize, page.TotalCount);
        }
    }
}
