using System.Security.Cryptography;

namespace Restart.Core.Documents;

/// <summary>Where uploaded files live: a folder outside wwwroot, each file under a random name nobody can guess.</summary>
public sealed class DocumentStore(string root)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public string Root { get; } = root;

    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(Path.Combine(Root, name), content, cancellationToken);
        return name;
    }

    public Stream Open(string storedName) =>
        new FileStream(Path.Combine(Root, Path.GetFileName(storedName)), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string storedName) => File.Delete(Path.Combine(Root, Path.GetFileName(storedName)));

    /// <summary>The type a file really is, from its first bytes; null for anything but PDF, JPEG and PNG.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;
}
