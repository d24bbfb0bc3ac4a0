using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>Marks an action item of a case done today (from the case page or the agenda).</summary>
public static class CompleteActionItem
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public Guid CaseId { get; set; }
        public Guid ItemId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => $"case:{CaseId}";
    }

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (_, refusal) = await staffCases.WorkAsync(request.CaseId, action: null, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var item = await db.CaseActionItems.SingleOrDefaultAsync(i => i.Id == request.ItemId && i.CaseId == request.CaseId, cancellationToken);
            if (item is null)
            {
                return Result.NotFound();
            }

            item.DoneOn ??= clock.Today();
            return Result.Ok();
        }
    }
}
