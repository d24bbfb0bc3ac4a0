using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// The filtered queue's rows for the manager's CSV file (the page writes it): the columns the screen shows and
/// no more, with the reason for the export recorded in the access log.
/// </summary>
public static class ExportCaseQueue
{
    /// <summary>A file larger than this is refused: narrow the filter instead (the export is of work at hand, not of the register).</summary>
    public const int MaxRows = 10_000;

    [SentBy(Roles.RegionalManager)]
    public sealed class Query : GetCaseQueue.Filter, IQuery<Result<IReadOnlyList<GetCaseQueue.Item>>>, IPersonalDataRequest
    {
        public string? Why { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Export;
        string IPersonalDataRequest.Subject => "case-queue";
        string? IPersonalDataRequest.Reason => Why?.Trim();
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(x => x.Why).Cascade(CascadeMode.Stop)
            .Must(w => !string.IsNullOrWhiteSpace(w)).WithMessage(_ => Text.Get("Export.ReasonRequired"))
            .MaximumLength(150).WithMessage(_ => Text.Format("Text.TooLong", 150));
    }

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, TimeProvider clock) : IRequestHandler<Query, Result<IReadOnlyList<GetCaseQueue.Item>>>
    {
        public async Task<Result<IReadOnlyList<GetCaseQueue.Item>>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<IReadOnlyList<GetCaseQueue.Item>>.Forbidden();
            }

            var filtered = GetCaseQueue.Filtered(db, request, staff, clock);
            var rows = await GetCaseQueue.Project(db, GetCaseQueue.Ordered(filtered, request.Sort, null, false)).Take(MaxRows + 1).ToListAsync(cancellationToken);
            if (rows.Count > MaxRows)
            {
                return Result<IReadOnlyList<GetCaseQueue.Item>>.Invalid("", Text.Format("Export.TooMany", MaxRows));
            }

            return rows;
        }
    }
}
