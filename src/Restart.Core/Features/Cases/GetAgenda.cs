using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>A counselor's day (/Staff/Agenda): today's appointments, overdue action items, supplement deadlines passed, follow-ups due.</summary>
public static class GetAgenda
{
    /// <summary>Each list shows at most this many, the most pressing first.</summary>
    public const int ListSize = 50;

    /// <summary>Follow-ups due within this many days are listed.</summary>
    public const int FollowUpHorizonDays = 7;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>, IPersonalDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => "agenda";
    }

    public sealed record Appointment(Guid CaseId, string Number, string Name, DateTime At, CounselingMode Mode);

    public sealed record OpenItem(Guid CaseId, Guid ItemId, string Number, string Name, string Description, ActionOwner Owner, DateOnly DueOn);

    public sealed record LateSupplement(Guid CaseId, string Number, string Name, DateOnly Deadline);

    public sealed record DueFollowUp(Guid CaseId, string Number, string Name, int Month, DateOnly DueOn);

    public sealed record Model(DateOnly Today, IReadOnlyList<Appointment> Appointments, IReadOnlyList<OpenItem> OverdueItems,
        IReadOnlyList<LateSupplement> LateSupplements, IReadOnlyList<DueFollowUp> FollowUps);

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Model>.Forbidden();
            }

            var today = clock.Today();
            var dayStart = KoreanTime.FromKorean(today.ToDateTime(TimeOnly.MinValue));
            var dayEnd = dayStart.AddDays(1);
            // The cases this person works: assigned to them, in their office.
            var mine = db.Cases.AsNoTracking().Where(c => c.AssignedCounselorId == staff.UserId && c.RegionalOfficeId == staff.OfficeId);

            var appointments = await (
                from s in db.CounselingSessions.AsNoTracking()
                join c in db.Cases on s.CaseId equals c.Id
                where s.AuthorUserId == staff.UserId && s.NextAppointmentAt >= dayStart && s.NextAppointmentAt < dayEnd && c.RegionalOfficeId == staff.OfficeId
                orderby s.NextAppointmentAt
                select new Appointment(c.Id, c.Number!, db.ApplicantProfiles.Where(p => p.UserId == c.ApplicantUserId).Select(p => p.Name).FirstOrDefault() ?? "", s.NextAppointmentAt!.Value, s.Mode))
                .Take(ListSize).ToListAsync(cancellationToken);
            var overdue = await (
                from i in db.CaseActionItems.AsNoTracking()
                join c in mine on i.CaseId equals c.Id
                where i.DoneOn == null && i.DueOn < today
                orderby i.DueOn
                select new OpenItem(c.Id, i.Id, c.Number!, db.ApplicantProfiles.Where(p => p.UserId == c.ApplicantUserId).Select(p => p.Name).FirstOrDefault() ?? "", i.Description, i.Owner, i.DueOn))
                .Take(ListSize).ToListAsync(cancellationToken);
            var supplements = await (
                from s in db.SupplementRequests.AsNoTracking()
                join c in db.Cases on s.CaseId equals c.Id
                where s.AnsweredAt == null && s.Deadline < today && c.Status == CaseStatus.SupplementRequested && c.RegionalOfficeId == staff.OfficeId
                    && (s.RequestedByUserId == staff.UserId || c.AssignedCounselorId == staff.UserId)
                orderby s.Deadline
                select new LateSupplement(c.Id, c.Number!, db.ApplicantProfiles.Where(p => p.UserId == c.ApplicantUserId).Select(p => p.Name).FirstOrDefault() ?? "", s.Deadline))
                .Take(ListSize).ToListAsync(cancellationToken);
            var horizon = today.AddDays(FollowUpHorizonDays);
            var followUps = await (
                from f in db.CaseFollowUps.AsNoTracking()
                join c in mine on f.CaseId equals c.Id
                where f.RecordedAt == null && f.DueOn <= horizon
                orderby f.DueOn
                select new DueFollowUp(c.Id, c.Number!, db.ApplicantProfiles.Where(p => p.UserId == c.ApplicantUserId).Select(p => p.Name).FirstOrDefault() ?? "", f.Month, f.DueOn))
                .Take(ListSize).ToListAsync(cancellationToken);
            return new Model(today, appointments, overdue, supplements, followUps);
        }
    }
}
