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

    /// <summary>
    /// The name as the person's device gave it, without folders and without control or format characters
    /// (a right-to-left override can make "closure‮fdp.hta" display as "closureath.pdf"), shortened to fit,
    /// and ending in the extension of the type its content was found to be, whatever the name claimed: the
    /// name is what a counselor's computer uses to choose the program that opens the download.
    /// </summary>
    public static string CleanName(string fileName, string contentType)
    {
        var extension = contentType switch
        {
            "application/pdf" => ".pdf",
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            _ => throw new ArgumentException($"Not a stored type: {contentType}", nameof(contentType)),
        };
        var visible = HiddenCharacters.Replace(fileName, _ => "");
        var name = Path.GetFileName(visible.Replace('\\', '/')).Trim();
        var given = Path.GetExtension(name);
        var keepsItsOwn = given.Equals(extension, StringComparison.OrdinalIgnoreCase)
            || (extension == ".jpg" && given.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));
        if (keepsItsOwn)
        {
            extension = given;
        }

        var stem = Path.GetFileNameWithoutExtension(name).Trim().TrimEnd('.');
        if (stem.Length == 0)
        {
            stem = "document";
        }

        return (stem.Length + extension.Length <= MaxNameLength ? stem : stem[..(MaxNameLength - extension.Length)]) + extension;
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
        var contentType = DocumentStore.Sniff(content)!;
        return new CaseDocument
        {
            CaseId = caseId,
            Kind = kind,
            FileName = CleanName(fileName, contentType),
            StoredName = storedName,
            ContentType = contentType,
            Length = content.Length,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = userId,
            SupplementRequestId = supplementRequestId,
        };
    }
}
