using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Documents;

/// <summary>A case's uploaded files: how many it may hold, and how a new one is stored and named.</summary>
internal static class CaseFiles
{
    public const int MaxPerCase = 20;
    private const int MaxNameLength = 200;

    public static async Task<bool> IsFullAsync(RestartDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        await db.CaseDocuments.CountAsync(d => d.CaseId == caseId, cancellationToken) >= MaxPerCase;

    /// <summary>The name as the person's device gave it, without folders, shortened (keeping the extension) to fit.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            return "document";
        }

        if (name.Length <= MaxNameLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        extension = extension.Length <= 10 ? extension : "";
        return name[..(MaxNameLength - extension.Length)] + extension;
    }

    /// <summary>
    /// Writes the file now, so the row that names it never commits without it, and deletes it again
    /// if the row does not commit (a failed result, a conflict, a retry or an exception).
    /// </summary>
    public static async Task<CaseDocument> StoreAsync(DocumentStore store, AfterCommit afterCommit, Guid caseId, DocumentKind kind, string fileName, byte[] content,
        string userId, TimeProvider clock, Guid? supplementRequestId, CancellationToken cancellationToken)
    {
        var storedName = await store.SaveAsync(content, cancellationToken);
        afterCommit.UndoUnlessCommitted(() => store.Delete(storedName));
        return new CaseDocument
        {
            CaseId = caseId,
            Kind = kind,
            FileName = CleanName(fileName),
            StoredName = storedName,
            ContentType = DocumentStore.Sniff(content)!,
            Length = content.Length,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = userId,
            SupplementRequestId = supplementRequestId,
        };
    }
}
