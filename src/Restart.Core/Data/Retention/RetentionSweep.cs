using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Restart.Core.Common;
using Restart.Core.Documents;
using Restart.Core.Domain;

namespace Restart.Core.Data.Retention;

/// <summary>
/// The daily retention run (ADR 0025): destroys what has been kept long enough, finishes deletion requests whose
/// duty has ended, and sweeps uploaded files no row names. Run by a scheduled job on every instance, like the other
/// jobs (ADR 0013): each person or case is destroyed in a transaction of its own that first checks it is still
/// there, and its record is unique, so two instances at once destroy each thing once and a run cut short is finished
/// by the next. Works in batches; answers what it did.
/// </summary>
public sealed partial class RetentionSweep(RestartDbContext db, PersonalDataDestruction destruction, DocumentStore store, RetentionSettings settings,
    TimeProvider clock, ILogger<RetentionSweep> logger)
{
    public sealed record Summary(int People, int Cases, int Drafts, int Requests, int OrphanFiles)
    {
        public bool NothingDone => People + Cases + Drafts + Requests + OrphanFiles == 0;
    }

    public async Task<Summary> RunAsync(CancellationToken cancellationToken)
    {
        var requests = await FinishHeldRequestsAsync(cancellationToken);
        var unconfirmed = await DestroyUnconfirmedAccountsAsync(cancellationToken);
        var drafts = await DestroyDraftsAsync(cancellationToken);
        var (people, cases) = await DestroyExpiredCasesAsync(cancellationToken);
        var orphans = await SweepOrphanFilesAsync(cancellationToken);
        var summary = new Summary(people + unconfirmed, cases, drafts, requests, orphans);
        LogRun(logger, summary.People, summary.Cases, summary.Drafts, summary.Requests, summary.OrphanFiles);
        return summary;
    }

    /// <summary>Approved requests held by a duty whose last day has passed: destroyed now, unless another duty holds them still.</summary>
    private async Task<int> FinishHeldRequestsAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var held = await db.DeletionRequests.AsNoTracking()
            .Where(r => r.Status == DeletionRequestStatus.Held && r.UserId != null && (r.HeldUntil == null || r.HeldUntil < today))
            .OrderBy(r => r.HeldUntil).Select(r => r.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in held)
        {
            done += await InTransactionAsync(async () =>
            {
                var request = await db.DeletionRequests.SingleOrDefaultAsync(r => r.Id == id && r.Status == DeletionRequestStatus.Held && r.UserId != null, cancellationToken);
                if (request is null)
                {
                    return (0, []);
                }

                if (await destruction.DutyOfAsync(request.UserId!, cancellationToken) is { } duty)
                {
                    // A case still running, or closed later than the one that held it: the request waits for that.
                    request.Hold(duty.Kind, duty.Until, "", clock.GetUtcNow().UtcDateTime);
                    return (0, []);
                }

                var files = await destruction.DestroyPersonAsync(request.UserId!, DestructionCause.DeletionRequest, null, request.Id, cancellationToken);
                request.Complete(null, clock.GetUtcNow().UtcDateTime);
                return (1, files ?? []);
            }, cancellationToken);
        }

        return done;
    }

    private async Task<int> DestroyUnconfirmedAccountsAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-settings.UnconfirmedAccountDays);
        var applicantRole = await db.Roles.Where(r => r.Name == Roles.Applicant).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var done = 0;
        while (true)
        {
            // Only applicants' own registrations: an invited staff or partner account waits for its administrator.
            var ids = await db.Users.AsNoTracking()
                .Where(u => !u.EmailConfirmed && u.CreatedAt <= before && u.Id != PersonalDataDestruction.DestroyedPersonId
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == applicantRole)
                    && !db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId != applicantRole)
                    && !db.Cases.Any(c => c.ApplicantUserId == u.Id && c.Status != CaseStatus.Draft))
                .OrderBy(u => u.CreatedAt).Select(u => u.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
            var batch = 0;
            foreach (var id in ids)
            {
                batch += await InTransactionAsync(async () =>
                {
                    var files = await destruction.DestroyPersonAsync(id, DestructionCause.RetentionPeriod, RetentionSettings.UnconfirmedAccountRule, null, cancellationToken);
                    return files is null ? (0, []) : (1, files);
                }, cancellationToken);
            }

            done += batch;
            if (ids.Count < settings.BatchSize || batch == 0)
            {
                return done;
            }
        }
    }

    private async Task<int> DestroyDraftsAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-settings.DraftDays);
        var done = 0;
        while (true)
        {
            var ids = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Draft && c.UpdatedAt <= before)
                .OrderBy(c => c.UpdatedAt).Select(c => c.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
            var batch = 0;
            foreach (var id in ids)
            {
                batch += await InTransactionAsync(async () =>
                {
                    var files = await destruction.DestroyDraftAsync(id, cancellationToken);
                    return files is null ? (0, []) : (1, files);
                }, cancellationToken);
            }

            done += batch;
            if (ids.Count < settings.BatchSize || batch == 0)
            {
                return done;
            }
        }
    }

    /// <summary>
    /// Cases past their period. A person with nothing else kept goes whole (account included); a person with a newer
    /// case still kept loses only the old case's data.
    /// </summary>
    private async Task<(int People, int Cases)> DestroyExpiredCasesAsync(CancellationToken cancellationToken)
    {
        var people = 0;
        var cases = 0;
        while (true)
        {
            var owners = await destruction.PastRetention().AsNoTracking().Select(c => c.ApplicantUserId).Distinct()
                .OrderBy(u => u).Take(settings.BatchSize).ToListAsync(cancellationToken);
            var batch = 0;
            foreach (var owner in owners)
            {
                var wholePerson = false;
                var caseCount = 0;
                var done = await InTransactionAsync(async () =>
                {
                    var expired = await destruction.PastRetention().Where(c => c.ApplicantUserId == owner)
                        .Select(c => new { c.Id, c.Status, c.Closure, HasPlan = db.CasePlans.Any(p => p.CaseId == c.Id) }).ToListAsync(cancellationToken);
                    if (expired.Count == 0)
                    {
                        return (0, []);
                    }

                    var expiredIds = expired.Select(e => e.Id).ToList();
                    var keepsOthers = await db.Cases.AnyAsync(c => c.ApplicantUserId == owner && c.Status != CaseStatus.Draft && c.DestroyedAt == null
                        && !expiredIds.Contains(c.Id), cancellationToken);
                    if (!keepsOthers)
                    {
                        var rule = expired.All(e => PersonalDataDestruction.IsRejected(e.Status, e.Closure, e.HasPlan))
                            ? RetentionSettings.RejectedApplicationRule : RetentionSettings.ClosedCaseRule;
                        var files = await destruction.DestroyPersonAsync(owner, DestructionCause.RetentionPeriod, rule, null, cancellationToken);
                        wholePerson = true;
                        return files is null ? (0, []) : (1, files);
                    }

                    var all = new List<string>();
                    caseCount = 0;
                    foreach (var e in expired)
                    {
                        var files = await destruction.DestroyCaseAsync(e.Id,
                            PersonalDataDestruction.IsRejected(e.Status, e.Closure, e.HasPlan) ? RetentionSettings.RejectedApplicationRule : RetentionSettings.ClosedCaseRule,
                            cancellationToken);
                        if (files is not null)
                        {
                            all.AddRange(files);
                            caseCount++;
                        }
                    }

                    return (caseCount > 0 ? 1 : 0, all);
                }, cancellationToken);
                if (done > 0)
                {
                    people += wholePerson ? 1 : 0;
                    cases += wholePerson ? 0 : caseCount;
                }

                batch += done;
            }

            if (owners.Count < settings.BatchSize || batch == 0)
            {
                return (people, cases);
            }
        }
    }

    /// <summary>Files in the document folder that no row names, once old enough that no upload can still be committing them.</summary>
    private async Task<int> SweepOrphanFilesAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(store.Root))
        {
            return 0;
        }

        var before = clock.GetUtcNow().UtcDateTime.AddHours(-settings.OrphanFileHours);
        var swept = 0;
        foreach (var chunk in Directory.EnumerateFiles(store.Root).Where(p => File.GetLastWriteTimeUtc(p) <= before).Select(Path.GetFileName).Chunk(Math.Max(settings.BatchSize, 1)))
        {
            var names = chunk.OfType<string>().ToList();
            var named = await db.CaseDocuments.Where(d => names.Contains(d.StoredName)).Select(d => d.StoredName).ToListAsync(cancellationToken);
            foreach (var name in names.Except(named, StringComparer.Ordinal))
            {
                try
                {
                    store.Delete(name);
                    swept++;
                }
                catch (IOException e)
                {
                    LogSweepFailed(logger, e);
                }
            }
        }

        if (swept > 0)
        {
            db.DestructionRecords.Add(new DestructionRecord
            {
                At = clock.GetUtcNow().UtcDateTime, Kind = DestructionKind.OrphanFiles, Cause = DestructionCause.Orphaned, Count = swept,
            });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return swept;
    }

    /// <summary>
    /// One unit in a transaction of its own; its files are deleted only after the commit (a file deleted for a
    /// rollback would leave a row naming nothing; one left by a crash after the commit is swept as an orphan).
    /// Another instance destroying the same thing at once makes this one's record collide: it rolls back and counts 0.
    /// </summary>
    private async Task<int> InTransactionAsync(Func<Task<(int Done, IReadOnlyList<string> Files)>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var (done, files) = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (Database.IsUniqueViolation(e) || e is DbUpdateConcurrencyException)
            {
                await transaction.RollbackAsync(cancellationToken);
                return (0, (IReadOnlyList<string>)[]);
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        });
        db.ChangeTracker.Clear();
        foreach (var file in files)
        {
            try
            {
                store.Delete(file);
            }
            catch (IOException e)
            {
                LogSweepFailed(logger, e);
            }
        }

        return done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run: {People} people, {Cases} cases, {Drafts} drafts destroyed; {Requests} deletion requests finished; {OrphanFiles} orphan files swept")]
    private static partial void LogRun(ILogger logger, int people, int cases, int drafts, int requests, int orphanFiles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A stored file could not be deleted; the next run tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
