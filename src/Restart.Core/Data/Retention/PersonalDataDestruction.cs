using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data.Retention;

/// <summary>
/// Destroys a person's data, or one case's, for the retention job and for an approved deletion request alike (ADR 0025).
/// What identifies the person goes — account, profile, consents, notices and mails, uploaded files, free-text notes,
/// the former business's name and number — and what the programme's statistics count stays: the case rows with their
/// status, dates, office, track and outcome codes, and the timeline's codes, moved to one shared placeholder account
/// so that nothing leads back to the person. Each destruction writes one <see cref="DestructionRecord"/>.
/// Runs inside the caller's transaction; the caller deletes the returned files once it has committed.
/// </summary>
public sealed class PersonalDataDestruction(RestartDbContext db, RetentionSettings settings, TimeProvider clock)
{
    /// <summary>The account every destroyed person's statistics rows belong to: no password, no role, locked for good.</summary>
    public const string DestroyedPersonId = "00000000-0000-0000-0000-00000000dead";

    public sealed record Duty(RetentionDuty Kind, DateOnly? Until)
    {
        /// <summary>The duty in the reader's words: which one, and until when.</summary>
        public string Explain() => Text.Format($"RetentionDuty.{Kind}", Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>What still obliges the portal to keep the person's data, with the last day it holds; null when nothing does.</summary>
    public async Task<Duty?> DutyOfAsync(string userId, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => c.ApplicantUserId == userId && c.Status != CaseStatus.Draft && c.DestroyedAt == null)
            .Select(c => new { c.Status, c.Closure, c.StatusChangedAt, HasPlan = db.CasePlans.Any(p => p.CaseId == c.Id) })
            .ToListAsync(cancellationToken);
        if (cases.Any(c => CaseLifecycle.IsActive(c.Status)))
        {
            return new Duty(RetentionDuty.CaseInProgress, null);
        }

        if (await db.Referrals.AnyAsync(r => r.ApplicantUserId == userId && ReferralLifecycle.Active.Contains(r.Status), cancellationToken))
        {
            return new Duty(RetentionDuty.ReferralInProgress, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Duty? latest = null;
        foreach (var c in cases)
        {
            var rejected = IsRejected(c.Status, c.Closure, c.HasPlan);
            var keptUntil = c.StatusChangedAt.AddYears(rejected ? settings.RejectedApplicationYears : settings.ClosedCaseYears);
            if (keptUntil <= now)
            {
                continue;
            }

            // The last day the duty holds, in Korean dates: the data goes the day after.
            var until = DateOnly.FromDateTime(KoreanTime.ToKorean(keptUntil)).AddDays(-1);
            if (latest?.Until is not { } day || until > day)
            {
                latest = new Duty(rejected ? RetentionDuty.RejectedApplicationRecords : RetentionDuty.ClosedCaseRecords, until);
            }
        }

        return latest;
    }

    /// <summary>A refusal, or a withdrawal before any plan was agreed: kept for the shorter period.</summary>
    public static bool IsRejected(CaseStatus status, CaseClosure? closure, bool hasPlan) =>
        status == CaseStatus.Ineligible || (status == CaseStatus.Closed && closure == CaseClosure.Withdrawn && !hasPlan);

    /// <summary>Submitted cases whose retention period has ended and whose data is still there.</summary>
    public IQueryable<Case> PastRetention()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closedBefore = now.AddYears(-settings.ClosedCaseYears);
        var rejectedBefore = now.AddYears(-settings.RejectedApplicationYears);
        return db.Cases.Where(c => c.DestroyedAt == null && c.ApplicantUserId != DestroyedPersonId
            && ((c.Status == CaseStatus.Ineligible && c.StatusChangedAt <= rejectedBefore)
                || (c.Status == CaseStatus.Closed && c.Closure == CaseClosure.Withdrawn && !db.CasePlans.Any(p => p.CaseId == c.Id) && c.StatusChangedAt <= rejectedBefore)
                || (c.Status == CaseStatus.Closed && !(c.Closure == CaseClosure.Withdrawn && !db.CasePlans.Any(p => p.CaseId == c.Id)) && c.StatusChangedAt <= closedBefore)));
    }

    /// <summary>
    /// Removes the person: every case of theirs (drafts whole, the others made anonymous), their notices and unsent
    /// mails, their deletion requests' words, and their account with its profile, consents and sessions. Answers the
    /// stored files to delete after the commit, or null when the person was already gone (a second run, another instance).
    /// </summary>
    public async Task<IReadOnlyList<string>?> DestroyPersonAsync(string userId, DestructionCause cause, string? rule, Guid? requestId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.Id != DestroyedPersonId)
            .Select(u => new { u.Email }).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        await EnsurePlaceholderAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.ApplicantUserId == userId)
            .OrderBy(c => c.SubmittedAt).Select(c => new { c.Id, c.Status, c.Number }).ToListAsync(cancellationToken);
        var files = new List<string>();
        foreach (var c in cases)
        {
            files.AddRange(c.Status == CaseStatus.Draft ? await RemoveDraftAsync(c.Id, cancellationToken) : await ScrubCaseAsync(c.Id, userId, cancellationToken));
        }

        await db.Notices.Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (account.Email is { } email)
        {
            await db.Outbox.Where(m => m.SentAt == null && m.Recipient == email).ExecuteDeleteAsync(cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.DeletionRequests.Where(r => r.UserId == userId && r.Id != requestId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (string?)null).SetProperty(r => r.Reason, (string?)null), cancellationToken);
        // Profile, consents, sessions, roles and tokens go with the account (ON DELETE CASCADE).
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        var latestNumber = cases.LastOrDefault(c => c.Number is not null)?.Number;
        db.DestructionRecords.Add(new DestructionRecord
        {
            At = now,
            Kind = DestructionKind.Person,
            Cause = cause,
            SubjectHash = Hash(latestNumber ?? userId),
            Rule = rule,
            DeletionRequestId = requestId,
            Count = cases.Count,
        });
        return files;
    }

    /// <summary>One submitted case made anonymous while its owner stays (they have a newer case still kept).</summary>
    public async Task<IReadOnlyList<string>?> DestroyCaseAsync(Guid caseId, string rule, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId && x.DestroyedAt == null).Select(x => new { x.ApplicantUserId, x.Number })
            .SingleOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        await EnsurePlaceholderAsync(cancellationToken);
        var files = await ScrubCaseAsync(caseId, c.ApplicantUserId, cancellationToken);
        db.DestructionRecords.Add(new DestructionRecord
        {
            At = clock.GetUtcNow().UtcDateTime, Kind = DestructionKind.Case, Cause = DestructionCause.RetentionPeriod,
            SubjectHash = Hash(c.Number ?? caseId.ToString()), Rule = rule, Count = 1,
        });
        return files;
    }

    /// <summary>An application never submitted, removed whole; its owner keeps their account.</summary>
    public async Task<IReadOnlyList<string>?> DestroyDraftAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId && c.Status == CaseStatus.Draft, cancellationToken))
        {
            return null;
        }

        var files = await RemoveDraftAsync(caseId, cancellationToken);
        db.DestructionRecords.Add(new DestructionRecord
        {
            At = clock.GetUtcNow().UtcDateTime, Kind = DestructionKind.Draft, Cause = DestructionCause.RetentionPeriod,
            SubjectHash = Hash(caseId.ToString()), Rule = RetentionSettings.DraftRule, Count = 1,
        });
        return files;
    }

    /// <summary>SHA-256 in hex: shows which case was destroyed to someone who holds its number, and tells nobody else anything.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private async Task<List<string>> RemoveDraftAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var files = await db.CaseDocuments.Where(d => d.CaseId == caseId).Select(d => d.StoredName).ToListAsync(cancellationToken);
        await db.CaseDocuments.Where(d => d.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        // Events, wishes and notices go with the case (ON DELETE CASCADE).
        await db.Cases.Where(c => c.Id == caseId).ExecuteDeleteAsync(cancellationToken);
        return files;
    }

    /// <summary>Keeps the rows the statistics count and empties everything else that says who the person was.</summary>
    private async Task<List<string>> ScrubCaseAsync(Guid caseId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = Guid.NewGuid();
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ApplicantUserId, DestroyedPersonId)
            .SetProperty(c => c.BusinessName, (string?)null)
            .SetProperty(c => c.BusinessNumber, (string?)null)
            .SetProperty(c => c.OpenedOn, (DateOnly?)null)
            .SetProperty(c => c.ClosedOn, (DateOnly?)null)
            .SetProperty(c => c.RegularEmployees, (int?)null)
            .SetProperty(c => c.LeasedPremises, (bool?)null)
            .SetProperty(c => c.ClosureReasonDetail, (string?)null)
            .SetProperty(c => c.CertificatesAndSkills, (string?)null)
            .SetProperty(c => c.CareerHistory, (string?)null)
            .SetProperty(c => c.PlacedEmployer, (string?)null)
            .SetProperty(c => c.PlacementEvidenceId, (Guid?)null)
            .SetProperty(c => c.FoundedBusinessNumber, (string?)null)
            .SetProperty(c => c.DestroyedAt, now)
            .SetProperty(c => c.Version, version), cancellationToken);
        var files = await db.CaseDocuments.Where(d => d.CaseId == caseId).Select(d => d.StoredName).ToListAsync(cancellationToken);
        await db.CaseDocuments.Where(d => d.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.SupplementRequests.Where(r => r.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.Notices.Where(n => n.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await db.CaseEvents.Where(e => e.CaseId == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Note, (string?)null).SetProperty(e => e.ReasonArguments, (string?)null).SetProperty(e => e.Reason, ""), cancellationToken);
        await db.CaseEvents.Where(e => e.CaseId == caseId && e.ActorUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorUserId, DestroyedPersonId), cancellationToken);
        await db.CasePlans.Where(p => p.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Goals, ""), cancellationToken);
        await db.CaseActionItems.Where(a => a.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Description, ""), cancellationToken);
        await db.CounselingSessions.Where(x => x.CaseId == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Notes, "").SetProperty(x => x.NeedsFound, (string?)null).SetProperty(x => x.IntakeOnSite, (string?)null)
            .SetProperty(x => x.NextAppointmentAt, (DateTime?)null), cancellationToken);
        await db.CaseFollowUps.Where(f => f.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Note, (string?)null), cancellationToken);
        await db.CaseTransfers.Where(t => t.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Note, (string?)null), cancellationToken);
        await db.ReferralSteps.Where(x => db.Referrals.Any(r => r.Id == x.ReferralId && r.CaseId == caseId)).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Reason, (string?)null), cancellationToken);
        await db.ReferralSteps.Where(x => x.ByUserId == userId && db.Referrals.Any(r => r.Id == x.ReferralId && r.CaseId == caseId))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ByUserId, DestroyedPersonId), cancellationToken);
        await db.Referrals.Where(r => r.CaseId == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.ApplicantUserId, DestroyedPersonId).SetProperty(r => r.Reason, (string?)null), cancellationToken);
        return files;
    }

    /// <summary>The placeholder account, made the first time anyone is destroyed; another instance making it at once loses its transaction and retries next run.</summary>
    private async Task EnsurePlaceholderAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Id == DestroyedPersonId, cancellationToken))
        {
            return;
        }

        const string name = "destroyed-person@restart.invalid";
        db.Users.Add(new ApplicationUser
        {
            Id = DestroyedPersonId,
            UserName = name,
            NormalizedUserName = name.ToUpperInvariant(),
            DisplayName = "(파기된 개인정보)",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
            LockoutEnd = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
