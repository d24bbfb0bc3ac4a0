using System.Security.Cryptography;
using System.Text;

namespace Restart.Core.Keys;

/// <summary>
/// Keys kept in files outside the database, for a deployment that configures none (a trial, a developer's
/// machine): made on first use, readable by the portal's account only. A ring's file holds one key a line,
/// "id base64", the last line the active one; rotating is adding a line (docs/operations.md).
/// </summary>
public static class KeyFiles
{
    public static KeyRing ReadOrCreateRing(string path, string purpose)
    {
        if (!File.Exists(path))
        {
            var id = "k" + DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            WriteSecret(path, $"# {purpose} keys: one \"id base64\" a line, the last one active. Keep a copy apart from the database's backups.\n{id} {Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyRing.KeyBytes))}\n");
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? active = null;
        foreach (var line in File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new InvalidOperationException($"{path}: a key line is \"id base64\".");
            }

            keys[parts[0]] = Convert.FromBase64String(parts[1]);
            active = parts[0];
        }

        return new KeyRing(purpose, keys, active ?? throw new InvalidOperationException($"{path} holds no key."));
    }

    /// <summary>An ECDSA P-256 private key from a PEM file (PKCS#8), made on first use.</summary>
    public static ECDsa ReadOrCreateSigningKey(string path)
    {
        if (!File.Exists(path))
        {
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            WriteSecret(path, created.ExportPkcs8PrivateKeyPem() + "\n");
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    /// <summary>A public key (or a private one, whose public half is used) from a PEM file.</summary>
    public static ECDsa ReadPublicKey(string path)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    private static void WriteSecret(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance on the same folder made it first: read theirs.
        }
    }
}
