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

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, AccessLogSubject subject, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result.Forbidden();
            }

            var found = await (
                from i in db.CaseActionItems
                join c in db.Cases on i.CaseId equals c.Id
                where i.Id == request.ItemId && c.Id == request.CaseId
                select new { Item = i, c.Status, c.RegionalOfficeId, c.AssignedCounselorId, c.ApplicantUserId })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null || !CaseWork.Sees(staff, found.RegionalOfficeId))
            {
                return Result.NotFound();
            }

            subject.Set(found.ApplicantUserId);
            if (!CaseWork.Works(staff, found.Status, found.RegionalOfficeId, found.AssignedCounselorId))
            {
                return Result.Forbidden();
            }

            found.Item.DoneOn ??= clock.Today();
            return Result.Ok();
        }
    }
}
