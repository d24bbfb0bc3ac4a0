using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data;

/// <summary>
/// Reminds an applicant of a document request whose deadline is two days away (or nearer, if a run was
/// missed). Run by a scheduled job on every instance; each reminder exists once, whoever queues it, by its
/// outbox key.
/// </summary>
public sealed class SupplementReminders(RestartDbContext db, Notices notices, AfterCommit afterCommit, TimeProvider clock)
{
    public const int DaysBefore = 2;

    public static string KeyOf(Guid requestId) => $"supplement-reminder:{requestId:N}";

    /// <summary>Queues the reminders due today; answers how many.</summary>
    public async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var until = today.AddDays(DaysBefore);
        var due = await (
            from s in db.SupplementRequests.AsNoTracking()
            join c in db.Cases on s.CaseId equals c.Id
            where s.AnsweredAt == null && c.Status == CaseStatus.SupplementRequested && s.Deadline >= today && s.Deadline <= until
            select new { s.Id, s.CaseId, s.Deadline, c.ApplicantUserId })
            .ToListAsync(cancellationToken);
        var keys = due.Select(d => KeyOf(d.Id)).ToList();
        var queued = await db.Outbox.Where(m => m.DedupKey != null && keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken);
        var fresh = due.Where(d => !queued.Contains(KeyOf(d.Id))).ToList();
        foreach (var d in fresh)
        {
            notices.Tell(d.ApplicantUserId, d.CaseId, NoticeKind.SupplementDeadlineNear,
                [d.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], KeyOf(d.Id));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
        {
            // Another instance queued the same reminders a moment before: they go once, from there.
            db.ChangeTracker.Clear();
            afterCommit.Clear();
            return 0;
        }

        await afterCommit.RunAsync();
        return fresh.Count;
    }
}
