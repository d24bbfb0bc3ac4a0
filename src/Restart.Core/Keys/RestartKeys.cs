using System.Security.Cryptography;

namespace Restart.Core.Keys;

/// <summary>The keys Core works with, all kept outside the database (ADR 0022).</summary>
/// <param name="AccessLog">HMAC-SHA256 keys that seal the access log's chain.</param>
/// <param name="Documents">AES-256-GCM keys that encrypt uploaded documents at rest.</param>
/// <param name="Checkpoints">Where signed checkpoints of the chain go, and the keys that sign and check them.</param>
public sealed record RestartKeys(KeyRing AccessLog, KeyRing Documents, CheckpointSettings Checkpoints)
{
    /// <summary>Fresh keys that live as long as the process, and checkpoints in <paramref name="checkpointFolder"/>: for tests and tools.</summary>
    public static RestartKeys Ephemeral(string checkpointFolder)
    {
        var signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new(KeyRing.Generate("access-log"), KeyRing.Generate("documents"), new CheckpointSettings(checkpointFolder, signing, [signing]));
    }
}

/// <summary>
/// Signed checkpoints of the access log: a folder the database's writers cannot change, the ECDSA P-256 key
/// that signs new ones, and every public key whose checkpoints are trusted (the signing key's and older ones).
/// </summary>
public sealed record CheckpointSettings(string Folder, ECDsa SigningKey, IReadOnlyList<ECDsa> TrustedKeys)
{
    /// <summary>A short name for a key: the start of the SHA-256 of its public key, stored with each checkpoint.</summary>
    public static string KeyIdOf(ECDsa key) =>
        Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
}
