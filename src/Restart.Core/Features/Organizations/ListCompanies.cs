using MediatR;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>The employers in a manager's 시·도 (or, for an administrator, all of them), by name, with whether staff have verified them.</summary>
public static class ListCompanies
{
    public const int PageSize = 50;

    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Paged<Item>>>
    {
        public string? Search { get; set; }
        public int Page { get; set; } = 1;
    }

    public sealed record Item(Guid Id, string Name, string? BusinessNumber, string Region, bool IsAgreementCompany, bool Verified)
    {
        public string? BusinessNumberText => BusinessNumber is { Length: 10 } digits ? Domain.BusinessNumber.Format(digits) : BusinessNumber;
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Paged<Item>>>
    {
        public async Task<Result<Paged<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            var companies = OrganizationScope.Companies(db, user);
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var term = request.Search.Trim();
                companies = companies.Where(c => c.Name.Contains(term));
            }

            return await companies
                .OrderBy(c => c.Name).ThenBy(c => c.Id)
                .Select(c => new Item(
                    c.Id,
                    c.Name,
                    c.BusinessNumber,
                    db.Sigungus.Where(s => s.Code == c.SigunguCode)
                        .Select(s => db.Sidos.Where(d => d.Code == s.SidoCode).Select(d => d.Name).First() + " " + s.Name).First(),
                    c.IsAgreementCompany,
                    c.VerifiedAt != null))
                .ToPagedAsync(request.Page, cancellationToken, PageSize);
        }
    }
}
