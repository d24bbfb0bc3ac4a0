using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>One employer as staff manage it, with whether and by whom it was verified.</summary>
public static class GetCompany
{
    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public Guid Id { get; set; }
    }

    public sealed record Model(
        Guid Id, string Name, string? BusinessNumber, string Region, string? Industry, string? Phone,
        string? ContactName, string? ContactEmail, bool IsAgreementCompany, DateTime? VerifiedAt, string? VerifiedBy);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var company = await OrganizationScope.Companies(db, user).AsNoTracking()
                .Where(c => c.Id == request.Id)
                .Select(c => new Model(
                    c.Id, c.Name, c.BusinessNumber,
                    db.Sigungus.Where(s => s.Code == c.SigunguCode)
                        .Select(s => db.Sidos.Where(d => d.Code == s.SidoCode).Select(d => d.Name).First() + " " + s.Name).First(),
                    c.IndustryCode == null ? null : c.IndustryCode + " " + db.Industries
                        .Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code == c.IndustryCode).Select(i => i.NameKo).FirstOrDefault(),
                    c.Phone, c.ContactName, c.ContactEmail, c.IsAgreementCompany, c.VerifiedAt,
                    db.Users.Where(u => u.Id == c.VerifiedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
                .SingleOrDefaultAsync(cancellationToken);
            if (company is null)
            {
                return Result<Model>.NotFound();
            }

            return company with { BusinessNumber = company.BusinessNumber is { Length: 10 } d ? BusinessNumber.Format(d) : company.BusinessNumber };
        }
    }
}
