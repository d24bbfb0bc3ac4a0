using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.Accounts;

/// <summary>The organisations an administrator can attach a new account to.</summary>
public static class GetAccountFormOptions
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Options>>;

    public sealed record Option(Guid Id, string Name);

    public sealed record Options(IReadOnlyList<Option> Offices, IReadOnlyList<Option> Agencies, IReadOnlyList<Option> Companies);

    internal sealed class Handler(RestartDbContext db) : IRequestHandler<Query, Result<Options>>
    {
        public async Task<Result<Options>> Handle(Query request, CancellationToken cancellationToken) =>
            new Options(
                await db.RegionalOffices.OrderBy(o => o.Name).Select(o => new Option(o.Id, o.Name)).ToListAsync(cancellationToken),
                await db.Agencies.OrderBy(a => a.Name).Select(a => new Option(a.Id, a.Name)).ToListAsync(cancellationToken),
                await db.Companies.OrderBy(c => c.Name).Select(c => new Option(c.Id, c.Name)).ToListAsync(cancellationToken));
    }
}
