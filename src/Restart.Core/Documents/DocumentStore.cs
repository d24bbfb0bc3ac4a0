using System.Security.Cryptography;
using System.Text;
using Restart.Core.Keys;

namespace Restart.Core.Documents;

/// <summary>
/// Where uploaded files live: a folder outside wwwroot, each file under a random name nobody can guess, encrypted
/// with AES-256-GCM (PIPA Art. 24(3): a proof of closure can show a 주민등록번호). A file starts with a header naming
/// the key that encrypted it, so a rotated key keeps old files readable; files stored before encryption (no
/// header) are read as they are until <see cref="ReencryptAsync"/> rewrites them under the active key (ADR 0022).
/// </summary>
public sealed class DocumentStore(string root, KeyRing keys)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Magic = "RDE1"u8.ToArray();

    public string Root { get; } = root;

    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(Path.Combine(Root, name), Encrypt(name, content), cancellationToken);
        return name;
    }

    /// <summary>The file's original bytes; throws <see cref="FileNotFoundException"/> when the row outlived its file.</summary>
    public Stream Open(string storedName)
    {
        var name = Path.GetFileName(storedName);
        var stored = File.ReadAllBytes(Path.Combine(Root, name));
        return new MemoryStream(Decrypt(name, stored), writable: false);
    }

    public void Delete(string storedName) => File.Delete(Path.Combine(Root, Path.GetFileName(storedName)));

    /// <summary>
    /// Rewrites every file not under the active key (stored before encryption, or under a retired key) with the
    /// active key, each through a temporary file and an atomic rename; returns how many were rewritten. After it,
    /// a retired key may be dropped from the configuration.
    /// </summary>
    public async Task<int> ReencryptAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var rewritten = 0;
        foreach (var path in Directory.EnumerateFiles(Root).Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(path);
            var stored = await File.ReadAllBytesAsync(path, cancellationToken);
            if (KeyIdOf(stored) == keys.ActiveKeyId)
            {
                continue;
            }

            var temporary = path + ".tmp";
            await File.WriteAllBytesAsync(temporary, Encrypt(name, Decrypt(name, stored)), cancellationToken);
            File.Move(temporary, path, overwrite: true);
            rewritten++;
        }

        return rewritten;
    }

    /// <summary>The id of the key a stored file was encrypted with; null for a file stored before encryption.</summary>
    public static string? KeyIdOf(ReadOnlySpan<byte> stored) =>
        stored.Length > Magic.Length + 1 && stored.StartsWith(Magic) && stored.Length >= Magic.Length + 1 + stored[Magic.Length]
            ? Encoding.ASCII.GetString(stored.Slice(Magic.Length + 1, stored[Magic.Length]))
            : null;

    // Layout: "RDE1", key id length, key id (ASCII), nonce (12), tag (16), ciphertext. The header and the stored
    // name are authenticated too, so a file cannot be passed off under another name or key id.
    private byte[] Encrypt(string name, byte[] content)
    {
        var keyId = Encoding.ASCII.GetBytes(keys.ActiveKeyId);
        var header = Magic.Concat([(byte)keyId.Length]).Concat(keyId).ToArray();
        var output = new byte[header.Length + NonceBytes + TagBytes + content.Length];
        header.CopyTo(output, 0);
        var nonce = output.AsSpan(header.Length, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.ActiveKey, TagBytes);
        aes.Encrypt(nonce, content, output.AsSpan(header.Length + NonceBytes + TagBytes), output.AsSpan(header.Length + NonceBytes, TagBytes), Associated(header, name));
        return output;
    }

    private byte[] Decrypt(string name, byte[] stored)
    {
        if (KeyIdOf(stored) is not { } keyId)
        {
            return stored;
        }

        if (!keys.TryGet(keyId, out var key))
        {
            throw new CryptographicException($"Document {name} is encrypted with key '{keyId}', which is not configured (Keys:Documents).");
        }

        var headerLength = Magic.Length + 1 + keyId.Length;
        var content = new byte[stored.Length - headerLength - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(stored.AsSpan(headerLength, NonceBytes), stored.AsSpan(headerLength + NonceBytes + TagBytes), stored.AsSpan(headerLength + NonceBytes, TagBytes),
            content, Associated(stored.AsSpan(0, headerLength).ToArray(), name));
        return content;
    }

    private static byte[] Associated(byte[] header, string name) => [.. header, .. Encoding.ASCII.GetBytes(name)];

    /// <summary>The type a file really is, from its first bytes; null for anything but PDF, JPEG and PNG.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;
}
