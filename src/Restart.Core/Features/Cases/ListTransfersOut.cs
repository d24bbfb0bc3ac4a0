using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// The cases an office moved to another one, newest first: the record it keeps of them. Only the number, the
/// date, where to and why — the person's data went with the case.
/// </summary>
public static class ListTransfersOut
{
    public const int Shown = 20;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<IReadOnlyList<Item>>>;

    public sealed record Item(string Number, DateTime At, string ToOffice, TransferReason Reason, string? By);

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases) : IRequestHandler<Query, Result<IReadOnlyList<Item>>>
    {
        public async Task<Result<IReadOnlyList<Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<IReadOnlyList<Item>>.Forbidden();
            }

            return await (
                from t in db.CaseTransfers.AsNoTracking()
                join c in db.Cases on t.CaseId equals c.Id
                join o in db.RegionalOffices on t.ToOfficeId equals o.Id
                where t.FromOfficeId == staff.OfficeId
                orderby t.Id descending
                select new Item(c.Number!, t.At, o.Name, t.Reason, db.Users.Where(u => u.Id == t.ByUserId).Select(u => u.DisplayName).FirstOrDefault()))
                .Take(Shown).ToListAsync(cancellationToken);
        }
    }
}
