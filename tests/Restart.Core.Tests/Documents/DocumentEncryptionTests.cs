using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Keys;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Documents;

public sealed class DocumentEncryptionTests
{
    /// <summary>What a scanned 폐업사실증명원 may show: a resident registration number.</summary>
    private static readonly byte[] Certificate = [.. Pdf, .. "주민등록번호 680517-1234567 MARKER-PLAINTEXT"u8];

    [Fact]
    public async Task An_uploaded_document_is_stored_encrypted_and_read_back_as_uploaded()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);

        (await host.SendAsync(new ApplyDocuments.Upload { FileName = "폐업사실증명원.pdf", Content = Certificate })).Succeeded.ShouldBeTrue();

        await using var db = host.Database.NewContext();
        var storedName = await db.CaseDocuments.Select(d => d.StoredName).SingleAsync(TestContext.Current.CancellationToken);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(host.Database.DocumentsFolder, storedName), TestContext.Current.CancellationToken);
        onDisk.ShouldNotBe(Certificate);
        Contains(onDisk, "MARKER-PLAINTEXT"u8).ShouldBeFalse();
        Contains(onDisk, Encoding.UTF8.GetBytes("680517-1234567")).ShouldBeFalse();
        Contains(onDisk, "%PDF-"u8).ShouldBeFalse();
        DocumentStore.KeyIdOf(onDisk).ShouldBe(host.Database.Keys.Documents.ActiveKeyId);
        (await ReadAsync(host.Database.DocumentsFolder, host.Database.Keys.Documents, storedName)).ShouldBe(Certificate);
    }

    [Fact]
    public async Task After_a_rotation_new_files_use_the_new_key_and_old_files_still_open()
    {
        var folder = Path.Combine(Path.GetTempPath(), "restart-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var before = KeyRing.Generate("documents", "d1");
            var oldName = await new DocumentStore(folder, before).SaveAsync(Certificate, TestContext.Current.CancellationToken);
            var rotated = before.With("d2", RandomNumberGenerator.GetBytes(KeyRing.KeyBytes));
            var store = new DocumentStore(folder, rotated);

            var newName = await store.SaveAsync(Certificate, TestContext.Current.CancellationToken);

            DocumentStore.KeyIdOf(await File.ReadAllBytesAsync(Path.Combine(folder, newName), TestContext.Current.CancellationToken)).ShouldBe("d2");
            (await ReadAsync(folder, rotated, oldName)).ShouldBe(Certificate, "the retired key still opens what it encrypted");
            (await ReadAsync(folder, rotated, newName)).ShouldBe(Certificate);
            Should.Throw<CryptographicException>(() => new DocumentStore(folder, KeyRing.Generate("documents", "d2")).Open(oldName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_stored_before_encryption_still_opens_and_re_encryption_moves_every_file_to_the_active_key()
    {
        var folder = Path.Combine(Path.GetTempPath(), "restart-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            var legacyName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            await File.WriteAllBytesAsync(Path.Combine(folder, legacyName), Certificate, TestContext.Current.CancellationToken);
            var before = KeyRing.Generate("documents", "d1");
            var oldName = await new DocumentStore(folder, before).SaveAsync(Pdf, TestContext.Current.CancellationToken);
            var newKey = RandomNumberGenerator.GetBytes(KeyRing.KeyBytes);
            var store = new DocumentStore(folder, before.With("d2", newKey));
            (await ReadAsync(store, legacyName)).ShouldBe(Certificate, "read as it was stored");

            (await store.ReencryptAsync(TestContext.Current.CancellationToken)).ShouldBe(2);

            foreach (var name in new[] { legacyName, oldName })
            {
                DocumentStore.KeyIdOf(await File.ReadAllBytesAsync(Path.Combine(folder, name), TestContext.Current.CancellationToken)).ShouldBe("d2");
            }

            var onlyNewKey = new DocumentStore(folder, new KeyRing("documents", new Dictionary<string, byte[]> { ["d2"] = newKey }, "d2"));
            (await ReadAsync(onlyNewKey, legacyName)).ShouldBe(Certificate);
            (await ReadAsync(onlyNewKey, oldName)).ShouldBe(Pdf);
            (await store.ReencryptAsync(TestContext.Current.CancellationToken)).ShouldBe(0, "nothing left under another key");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<byte[]> ReadAsync(string folder, KeyRing keys, string storedName) => ReadAsync(new DocumentStore(folder, keys), storedName);

    private static async Task<byte[]> ReadAsync(DocumentStore store, string storedName)
    {
        await using var stream = store.Open(storedName);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    }

    private static bool Contains(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle) >= 0;
}
