using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Domain.Eligibility;

namespace Restart.Core.Features.Cases;

/// <summary>
/// One case as staff of its office see it: the person, the former business, documents, the pre-check,
/// consents, timeline, counseling, plan and follow-ups, and what this staff member may do now. Opening it is
/// recorded in the personal-data access log.
/// </summary>
public static class GetCase
{
    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>, IPersonalDataRequest
    {
        public Guid Id { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => $"case:{Id}";
    }

    public sealed record Person(string Name, DateOnly BirthDate, int Age, string Phone, string? Email, string Region);

    public sealed record Business(string? Name, string? Number, string? Industry, string? Region, DateOnly? OpenedOn, ClosureState? ClosureState,
        DateOnly? ClosedOn, int? RegularEmployees, ClosureReason? ClosureReason, string? ClosureReasonDetail, bool? LeasedPremises);

    public sealed record Wishes(Track? Track, IReadOnlyList<string> Occupations, IReadOnlyList<string> Regions, int? MonthlyWage, int? WeeklyHours,
        string? CertificatesAndSkills, string? CareerHistory);

    public sealed record TimelineItem(long Id, DateTime At, CaseStatus From, CaseStatus To, string Reason, string? Note, string? Actor);

    public sealed record DocumentItem(Guid Id, DocumentKind Kind, string FileName, string ContentType, long Length, DateTime UploadedAt);

    public sealed record Consent(ConsentItem Item, bool Granted, DateTime At);

    public sealed record Session(Guid Id, DateTime HeldAt, CounselingMode Mode, CounselingTopics Topics, string Notes, DateTime? NextAppointmentAt,
        string Author, bool Editable, Guid Version, DateTime? EditedAt, Guid? CorrectsSessionId,
        string? VisitSigunguCode, string? VisitRegion, BusinessStage? BusinessStage, string? NeedsFound, string? IntakeOnSite);

    public sealed record ActionItem(Guid Id, Guid? SessionId, string Description, ActionOwner Owner, DateOnly DueOn, DateOnly? DoneOn);

    public sealed record Plan(Track Track, string Goals, DateTime AgreedAt, string AgreedBy);

    public sealed record FollowUp(int Month, DateOnly DueOn, DateTime? RecordedAt, bool? StillWorking, int? MonthlyWage, bool? NeedsMoreHelp, string? Note);

    public sealed record Supplement(string Message, DateOnly Deadline, DateTime RequestedAt, DateTime? AnsweredAt, string? Answer);

    public sealed record Outcome(string? Employer, DateOnly? PlacedOn, int? MonthlyWage, Guid? EvidenceId, string? FoundedBusinessNumber, DateOnly? FoundedOn);

    public sealed record Model(
        Guid Id,
        string Number,
        CaseStatus Status,
        CaseClosure? Closure,
        IneligibleReason? IneligibleReason,
        Guid Version,
        long LastEventId,
        DateTime SubmittedAt,
        DateTime StatusChangedAt,
        string? Counselor,
        Person Person,
        Business Business,
        Wishes Wishes,
        Outcome Outcome,
        IReadOnlyList<DocumentItem> Documents,
        IReadOnlyList<RuleOutcome> PreCheck,
        IReadOnlyList<Consent> Consents,
        IReadOnlyList<TimelineItem> Timeline,
        IReadOnlyList<Session> Sessions,
        Plan? AgreedPlan,
        IReadOnlyList<ActionItem> ActionItems,
        IReadOnlyList<FollowUp> FollowUps,
        IReadOnlyList<Supplement> Supplements,
        IReadOnlyList<CaseAction> Actions,
        IReadOnlyList<Choice> Counselors,
        IReadOnlyList<Choice> Offices)
    {
        public bool Allows(CaseAction action) => Actions.Contains(action);
    }

    /// <summary>An option of an action's form: a counselor to assign, an office to transfer to.</summary>
    public sealed record Choice(string Id, string Name);

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, AccessLogSubject subject, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Model>.Forbidden();
            }

            var theCase = await db.Cases.AsNoTracking().Include(c => c.DesiredOccupations).Include(c => c.DesiredRegions).AsSplitQuery()
                .SingleOrDefaultAsync(c => c.Id == request.Id && c.Status != CaseStatus.Draft, cancellationToken);
            // Another office's case answers as if there were none.
            if (theCase is null || !CaseWork.Sees(staff, theCase.RegionalOfficeId))
            {
                return Result<Model>.NotFound();
            }

            subject.Set(theCase.ApplicantUserId);
            var today = clock.Today();
            var now = clock.GetUtcNow().UtcDateTime;
            var person = await (
                from p in db.ApplicantProfiles.AsNoTracking()
                where p.UserId == theCase.ApplicantUserId
                select new
                {
                    p.Name,
                    p.BirthDate,
                    p.Phone,
                    Email = db.Users.Where(u => u.Id == p.UserId).Select(u => u.Email).FirstOrDefault(),
                    p.SigunguCode,
                })
                .SingleAsync(cancellationToken);
            var home = await CaseReading.RegionNamesAsync(db, [person.SigunguCode], cancellationToken);
            var industry = await db.IndustryAsync(theCase.IndustryCode, cancellationToken);
            var names = await CaseReading.NamesAsync(db, theCase, cancellationToken);
            var reading = await CaseReading.ReadAsync(db, theCase.Id, staff.UserId, now, cancellationToken);
            // The latest decision per item (without ROW_NUMBER: the (UserId, Item, Id) index answers each).
            var applicant = theCase.ApplicantUserId;
            var consents = await db.Consents.AsNoTracking()
                .Where(c => c.UserId == applicant && c.Id == db.Consents.Where(d => d.UserId == applicant && d.Item == c.Item).Max(d => d.Id))
                .OrderBy(c => c.Item).Select(c => new Consent(c.Item, c.Granted, c.At)).ToListAsync(cancellationToken);

            var actions = CaseWork.Available(staff, theCase.Status, theCase.RegionalOfficeId, theCase.AssignedCounselorId, reading.Plan is not null);
            return new Model(
                theCase.Id,
                theCase.Number!,
                theCase.Status,
                theCase.Closure,
                theCase.IneligibleReason,
                theCase.Version,
                reading.Timeline.Count > 0 ? reading.Timeline[^1].Id : 0,
                theCase.SubmittedAt!.Value,
                theCase.StatusChangedAt,
                names.Counselor,
                new Person(person.Name, person.BirthDate, PreCheck.AgeOn(person.BirthDate, today), person.Phone, person.Email, home.GetValueOrDefault(person.SigunguCode, person.SigunguCode)),
                new Business(theCase.BusinessName, theCase.BusinessNumber is { } n ? BusinessNumber.Format(n) : null,
                    industry is null ? theCase.IndustryCode : $"{theCase.IndustryCode} {industry.NameKo}", names.BusinessRegion, theCase.OpenedOn,
                    theCase.ClosureState, theCase.ClosedOn, theCase.RegularEmployees, theCase.ClosureReason, theCase.ClosureReasonDetail, theCase.LeasedPremises),
                new Wishes(theCase.Track, names.Occupations, names.Regions, theCase.DesiredMonthlyWage, theCase.DesiredWeeklyHours,
                    theCase.CertificatesAndSkills, theCase.CareerHistory),
                new Outcome(theCase.PlacedEmployer, theCase.PlacedOn, theCase.PlacedMonthlyWage, theCase.PlacementEvidenceId,
                    theCase.FoundedBusinessNumber is { } f ? BusinessNumber.Format(f) : null, theCase.FoundedOn),
                reading.Documents,
                await db.EvaluateAsync(theCase, person.BirthDate, industry, today, cancellationToken),
                consents,
                reading.Timeline,
                reading.Sessions,
                reading.Plan,
                reading.ActionItems,
                reading.FollowUps,
                reading.Supplements,
                actions,
                actions.Contains(CaseAction.Assign) ? await CounselorsAsync(staff.OfficeId, cancellationToken) : [],
                actions.Contains(CaseAction.Transfer)
                    ? [.. (await db.RegionalOffices.AsNoTracking().Where(o => o.Id != staff.OfficeId).OrderBy(o => o.Code)
                        .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken)).Select(o => new Choice(o.Id.ToString(), o.Name))]
                    : []);
        }

        private Task<List<Choice>> CounselorsAsync(Guid officeId, CancellationToken cancellationToken) =>
            StaffCases.CounselorsOf(db, officeId).Select(u => new Choice(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }
}
