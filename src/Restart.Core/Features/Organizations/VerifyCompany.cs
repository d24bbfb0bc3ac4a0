using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>
/// Staff record that they checked a company exists and is who it says (사업자등록 상태, a call to the
/// contact): from then on its job posts may be published. Recorded in the application log with who did it;
/// the access log is for people's data, and a company is not a person.
/// </summary>
public static partial class VerifyCompany
{
    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result>
    {
        public Guid Id { get; set; }
    }

    internal sealed partial class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock, AfterCommit afterCommit, ILogger<Command> logger)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var company = await OrganizationScope.Companies(db, user).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
            if (company is null)
            {
                return Result.NotFound();
            }

            // Verifying twice (a double click, two staff at once) keeps the first verification.
            if (company.IsVerified)
            {
                return Result.Ok();
            }

            company.VerifiedAt = clock.GetUtcNow().UtcDateTime;
            company.VerifiedByUserId = user.UserId;
            var (companyId, userId) = (company.Id, user.UserId);
            afterCommit.Add(() => LogVerified(logger, companyId, userId));
            return Result.Ok();
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} verified by {UserId}")]
        private static partial void LogVerified(ILogger logger, Guid companyId, string? userId);
    }
}
