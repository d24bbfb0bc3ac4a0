using MediatR;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Reports;

/// <summary>
/// One table of an office's report for a file, or all of them for a workbook (the page writes the CSV or Excel file): the same figures as the dashboard, the
/// same "&lt;5" cells, with the reason for the export recorded in the access log (ADR 0026 §3).
/// </summary>
public static class ExportOfficeReport
{
    public enum Table
    {
        Weeks = 1,
        Funnel = 2,
        ByTrack = 3,
        ByDistrict = 4,
        Partners = 5,
        Caseloads = 6,
        Durations = 7,
        Rates = 8,
        OutreachByCounselor = 9,
        OutreachByDistrict = 10,
        Programmes = 11,
    }

    [SentBy(Roles.RegionalManager, Roles.Administrator)]
    public sealed class Query : ReportExportRequest<Table>, IQuery<Result<GetOfficeReport.Model>>
    {
        public Guid? OfficeId { get; set; }

        protected override string Report => $"office-report:{OfficeId?.ToString() ?? "own"}";
    }

    public sealed class Validator : ReportExportValidator<Query, Table>;

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<GetOfficeReport.Model>>
    {
        public Task<Result<GetOfficeReport.Model>> Handle(Query request, CancellationToken cancellationToken) =>
            new GetOfficeReport.Counter(db, user, clock).CountAsync(request, request.OfficeId, cancellationToken);
    }
}
