using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// A staff action on one case. It carries the <see cref="Version"/> and the last timeline entry the page
/// showed, so that when someone else changed the case meanwhile the sender is told what changed instead of
/// overwriting it.
/// </summary>
public abstract class CaseCommand : ICommand<Result>, IPersonalDataRequest
{
    public Guid CaseId { get; set; }
    public Guid Version { get; set; }
    public long SeenEventId { get; set; }
    public string? Note { get; set; }

    PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    string IPersonalDataRequest.Subject => $"case:{CaseId}";
}

/// <summary>The rules every case action's form shares: a note of bounded length.</summary>
public abstract class CaseCommandValidator<T> : AbstractValidator<T> where T : CaseCommand
{
    protected CaseCommandValidator() =>
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage(_ => Text.Format("Text.TooLong", 1000));
}

/// <summary>A case a staff member may work, as <see cref="StaffCases.WorkAsync"/> found it.</summary>
public sealed record CaseAccess(Guid Id, string ApplicantUserId, StaffMember Staff);

/// <summary>A case opened for an action, or why it may not be.</summary>
public sealed record OpenedCase(Case? Case, StaffMember Staff, Result? Refusal);

/// <summary>
/// Opens a case for a staff action: another office's case is not found (not even its existence shows), a
/// case changed since the page was read is a conflict that says what changed, and an action the case's
/// status or the sender's role does not allow is refused (ADR 0015).
/// </summary>
public sealed class StaffCases(RestartDbContext db, ICurrentUser user, AccessLogSubject subject, AfterCommit afterCommit, IMemoryCache cache)
{
    /// <summary>
    /// The cache key of the queue's counts per status for an office and a counselor filter. It carries the office's
    /// generation, which a change of one of its cases moves on, so every filter's counts are dropped at once.
    /// </summary>
    public object CountsKey(Guid officeId, string? counselor) =>
        ("CaseQueueCounts", officeId, counselor ?? "", cache.Get<int>(("CaseQueueGeneration", officeId)));

    /// <summary>The counselors of an office, by name: the ones a case can be given to.</summary>
    public static IQueryable<ApplicationUser> CounselorsOf(RestartDbContext db, Guid officeId) =>
        db.Users.AsNoTracking()
            .Where(u => u.RegionalOfficeId == officeId && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Counselor)))
            .OrderBy(u => u.DisplayName);

    public StaffMember? Staff => user is { UserId: { } id, RegionalOfficeId: { } office }
        ? new StaffMember(id, office, user.IsInRole(Roles.RegionalManager))
        : null;

    public async Task<OpenedCase> OpenAsync(CaseCommand command, CaseAction action, CancellationToken cancellationToken)
    {
        if (Staff is not { } staff)
        {
            return new(null, new StaffMember("", Guid.Empty, false), Result.Forbidden());
        }

        var theCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == command.CaseId && c.Status != CaseStatus.Draft, cancellationToken);
        if (theCase is null || !CaseWork.Sees(staff, theCase.RegionalOfficeId))
        {
            return new(null, staff, Result.NotFound());
        }

        subject.Set(theCase.ApplicantUserId);
        if (theCase.Version != command.Version)
        {
            return new(null, staff, Result.Conflict(await ChangesSinceAsync(theCase.Id, command.SeenEventId, cancellationToken)));
        }

        var hasPlan = action == CaseAction.StartService && await db.CasePlans.AnyAsync(p => p.CaseId == theCase.Id, cancellationToken);
        if (!CaseWork.Allows(action, staff, theCase.Status, theCase.RegionalOfficeId, theCase.AssignedCounselorId, hasPlan))
        {
            return new(null, staff, Refusal(action, staff, theCase.Status, theCase.RegionalOfficeId, theCase.AssignedCounselorId));
        }

        // The queue's counts change with the case's status.
        CountsChange(staff.OfficeId);
        return new(theCase, staff, null);
    }

    /// <summary>
    /// Checks a staff member's work on a case that does not change the case itself (a counseling record, an
    /// action item done), so carries no version: the same answers as <see cref="OpenAsync"/> — not found for
    /// another office, refused when it is not theirs, said when it is not for now. With no
    /// <paramref name="action"/>, working the case at all is enough.
    /// </summary>
    public async Task<(CaseAccess? Access, Result? Refusal)> WorkAsync(Guid caseId, CaseAction? action, CancellationToken cancellationToken)
    {
        if (Staff is not { } staff)
        {
            return (null, Result.Forbidden());
        }

        var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.Status != CaseStatus.Draft)
            .Select(c => new { c.Id, c.Status, c.RegionalOfficeId, c.AssignedCounselorId, c.ApplicantUserId }).SingleOrDefaultAsync(cancellationToken);
        if (found is null || !CaseWork.Sees(staff, found.RegionalOfficeId))
        {
            return (null, Result.NotFound());
        }

        subject.Set(found.ApplicantUserId);
        var allowed = action is { } a
            ? CaseWork.Allows(a, staff, found.Status, found.RegionalOfficeId, found.AssignedCounselorId)
            : CaseWork.Works(staff, found.Status, found.RegionalOfficeId, found.AssignedCounselorId);
        return allowed
            ? (new CaseAccess(found.Id, found.ApplicantUserId, staff), null)
            : (null, Refusal(action, staff, found.Status, found.RegionalOfficeId, found.AssignedCounselorId));
    }

    /// <summary>Not theirs to do (a counselor assigning, or working a colleague's case) is refused; theirs but not now is said.</summary>
    private static Result Refusal(CaseAction? action, StaffMember staff, CaseStatus status, Guid? officeId, string? assignedCounselorId)
    {
        var theirs = action is CaseAction.Assign or CaseAction.Transfer
            ? staff.IsManager
            : CaseWork.Works(staff, status, officeId, assignedCounselorId);
        return theirs ? Result.Invalid("", Text.Get("Case.NotNow")) : Result.Forbidden();
    }

    /// <summary>Drops an office's queue counts once the command commits.</summary>
    public void CountsChange(Guid officeId) => afterCommit.Add(() =>
    {
        var generation = ("CaseQueueGeneration", officeId);
        lock (Generations)
        {
            cache.Set(generation, cache.Get<int>(generation) + 1);
        }
    });

    private static readonly object Generations = new();

    /// <summary>Opens the case and does <paramref name="act"/>, which answers whether the case allowed it.</summary>
    public async Task<Result> ActAsync(CaseCommand command, CaseAction action, Func<Case, StaffMember, bool> act, CancellationToken cancellationToken)
    {
        var (theCase, staff, refusal) = await OpenAsync(command, action, cancellationToken);
        return refusal ?? (act(theCase!, staff) ? Result.Ok() : Result.Invalid("", Text.Get("Case.NotNow")));
    }

    /// <summary>What others did to the case after the entry the sender last saw, one line each, in the sender's language.</summary>
    private async Task<string> ChangesSinceAsync(Guid caseId, long seenEventId, CancellationToken cancellationToken)
    {
        var events = await (
            from e in db.CaseEvents.AsNoTracking()
            where e.CaseId == caseId && e.Id > seenEventId
            orderby e.Id
            select new { e.At, e.ReasonCode, e.ReasonArguments, e.Reason, Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .Take(10).ToListAsync(cancellationToken);
        var lines = events.Select(e => $"{KoreanTime.ToKorean(e.At):yyyy-MM-dd HH:mm} {e.Actor}: {CaseEventText.Describe(e.ReasonCode, e.ReasonArguments, e.Reason)}");
        // A change that left no timeline entry (the details, say) still tells the sender to look again.
        return Text.Format("Case.ChangedMeanwhile", events.Count == 0 ? Text.Get("Case.ChangedDetails") : string.Join(" / ", lines));
    }
}
