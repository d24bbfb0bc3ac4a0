using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;

namespace Restart.Core.Documents;

/// <summary>How much one account may keep in uploaded documents, over all its applications (the <c>Documents:Quota</c> section).</summary>
public sealed class DocumentQuotaOptions
{
    public const string Section = "Documents:Quota";

    /// <summary>Documents held at once: three applications' worth at the per-case cap.</summary>
    public int MaxFiles { get; set; } = 3 * CaseFiles.MaxPerCase;

    /// <summary>Bytes held at once (200 MB).</summary>
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;
}

/// <summary>
/// The per-account quota (ADR 0024). It counts the documents the account's cases hold now — every case, withdrawn ones
/// too, so a new application does not start a fresh allowance, and a removed document gives its room back whoever
/// removed it. The count and the insert do not race: the check first takes the account's row lock (a write that
/// changes nothing), so a second upload of the same account waits until the first commits or rolls back and then
/// counts what it left. The lock is the engines' own row lock (PostgreSQL, SQL Server) or SQLite's single writer.
/// </summary>
internal static class DocumentQuota
{
    /// <summary>Null when <paramref name="length"/> more bytes in one more file fit; otherwise the message for the upload field.</summary>
    public static async Task<string?> RefusalAsync(RestartDbContext db, DocumentQuotaOptions quota, string userId, long length, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The quota is checked inside the command's transaction, which holds the account's lock until the document is saved.");
        }

        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), cancellationToken);
        var held = db.CaseDocuments.Where(d => db.Cases.Any(c => c.Id == d.CaseId && c.ApplicantUserId == userId));
        var files = await held.CountAsync(cancellationToken);
        var bytes = await held.SumAsync(d => (long?)d.Length, cancellationToken) ?? 0;
        return files + 1 <= quota.MaxFiles && bytes + length <= quota.MaxBytes
            ? null
            : Text.Format("Document.QuotaReached", quota.MaxFiles, Megabytes(quota.MaxBytes), files, Megabytes(bytes));
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}
