using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>The user accounts of one agency or company, for the staff who manage it. Names and e-mail addresses of people: logged.</summary>
public static class ListOrganizationAccounts
{
    public enum Organization
    {
        Agency,
        Company,
    }

    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IPersonalDataRequest
    {
        public Organization Of { get; set; }
        public Guid Id { get; set; }
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => $"accounts:{Of.ToString().ToLowerInvariant()}:{Id}";
    }

    public sealed record Item(string Id, string DisplayName, string? Email, DateTime CreatedAt);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var inScope = request.Of == Organization.Agency
                ? await OrganizationScope.Agencies(db, user).AnyAsync(a => a.Id == request.Id, cancellationToken)
                : await OrganizationScope.Companies(db, user).AnyAsync(c => c.Id == request.Id, cancellationToken);
            if (!inScope)
            {
                return Result<Paged<Item>>.NotFound();
            }

            var users = request.Of == Organization.Agency
                ? db.Users.Where(u => u.AgencyId == request.Id)
                : db.Users.Where(u => u.CompanyId == request.Id);
            return await users.AsNoTracking()
                .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .Select(u => new Item(u.Id, u.DisplayName, u.Email, u.CreatedAt))
                .ToPagedAsync(request.Page, cancellationToken, 50);
        }
    }
}
