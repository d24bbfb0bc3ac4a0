using Restart.Core.Keys;

namespace Restart.Web.Hosting;

/// <summary>
/// The keys kept outside the database (ADR 0022, docs/operations.md): read from configuration (a secrets
/// file, environment variables) when the operator sets them, otherwise from key files in the keys folder,
/// made on the first start — enough for one instance on one machine, never for several.
/// </summary>
public static class KeyHosting
{
    public static RestartKeys ReadKeys(IConfiguration configuration, string dataFolder)
    {
        var folder = KeysFolder(configuration, dataFolder);
        var checkpoints = configuration.GetSection("Keys:Checkpoints");
        var signingFile = Path.GetFullPath(checkpoints["SigningKeyFile"] is { Length: > 0 } s ? s : "checkpoint-signing.pem", folder);
        var signing = KeyFiles.ReadOrCreateSigningKey(signingFile);
        var trusted = checkpoints.GetSection("TrustedPublicKeyFiles").GetChildren()
            .Where(c => c.Value is { Length: > 0 })
            .Select(c => KeyFiles.ReadPublicKey(Path.GetFullPath(c.Value!, folder)))
            .Prepend(signing)
            .ToList();
        var checkpointFolder = Path.GetFullPath(checkpoints["Folder"] is { Length: > 0 } c ? c : "access-log-checkpoints", dataFolder);
        return new RestartKeys(
            ReadRing(configuration, "AccessLog", "access-log", folder),
            ReadRing(configuration, "Documents", "documents", folder),
            new CheckpointSettings(checkpointFolder, signing, trusted));
    }

    /// <summary>"Keys:Folder": where key files are kept when no key is configured; "keys" in the data folder by default.</summary>
    public static string KeysFolder(IConfiguration configuration, string dataFolder) =>
        Path.GetFullPath(configuration["Keys:Folder"] is { Length: > 0 } f ? f : "keys", dataFolder);

    /// <summary>
    /// "Keys:{name}:Keys:{id}" = base64 of 32 random bytes, several for rotation, and "Keys:{name}:ActiveKeyId";
    /// without them, the file "{keys folder}/{file}.keys".
    /// </summary>
    public static KeyRing ReadRing(IConfiguration configuration, string name, string file, string folder)
    {
        var section = configuration.GetSection($"Keys:{name}");
        var configured = section.GetSection("Keys").GetChildren().Where(k => k.Value is { Length: > 0 }).ToDictionary(k => k.Key, k => FromBase64(name, k.Key, k.Value!));
        if (configured.Count > 0)
        {
            return new KeyRing(file, configured, section["ActiveKeyId"] is { Length: > 0 } active
                ? active
                : throw new InvalidOperationException($"Keys:{name}:ActiveKeyId must name one of the configured {file} keys."));
        }

        var path = Path.Combine(folder, file + ".keys");
        Serilog.Log.Information("The {Purpose} keys are read from {Path} (none configured under Keys:{Name}); several instances must share configured keys instead", file, path, name);
        return KeyFiles.ReadOrCreateRing(path, file);
    }

    private static byte[] FromBase64(string name, string id, string value)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Keys:{name}:Keys:{id} is not base64 (32 random bytes: `openssl rand -base64 32`).");
        }
    }
}
