using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>The user accounts of one agency or company, for the staff who manage it. Names and e-mail addresses of people: logged.</summary>
public static class ListOrganizationAccounts
{
    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Paged<Item>>>, IPersonalDataRequest
    {
        public Guid? AgencyId { get; set; }
        public Guid? CompanyId { get; set; }
        public int Page { get; set; } = 1;

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => AgencyId is { } a ? $"accounts:agency:{a}" : $"accounts:company:{CompanyId}";
    }

    public sealed record Item(string Id, string DisplayName, string? Email, DateTime CreatedAt);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            IQueryable<ApplicationUser> users;
            if (request.AgencyId is { } agencyId)
            {
                if (!await OrganizationScope.Agencies(db, user).AnyAsync(a => a.Id == agencyId, cancellationToken))
                {
                    return Result<Paged<Item>>.NotFound();
                }

                users = db.Users.Where(u => u.AgencyId == agencyId);
            }
            else if (request.CompanyId is { } companyId)
            {
                if (!await OrganizationScope.Companies(db, user).AnyAsync(c => c.Id == companyId, cancellationToken))
                {
                    return Result<Paged<Item>>.NotFound();
                }

                users = db.Users.Where(u => u.CompanyId == companyId);
            }
            else
            {
                return Result<Paged<Item>>.NotFound();
            }

            return await users.AsNoTracking()
                .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .Select(u => new Item(u.Id, u.DisplayName, u.Email, u.CreatedAt))
                .ToPagedAsync(request.Page, cancellationToken, 50);
        }
    }
}
