using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Restart.Core.Keys;

/// <summary>
/// The secret keys of one purpose (the access log's HMAC, the documents' AES-GCM, the data-protection key
/// ring's AES-GCM), kept outside the database: each has an id that is stored beside what it sealed, one is
/// active for new work, and the others are kept so that what they sealed is still read (rotation, ADR 0022).
/// </summary>
public sealed partial class KeyRing
{
    public const int KeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    public KeyRing(string purpose, IReadOnlyDictionary<string, byte[]> keys, string activeKeyId)
    {
        Purpose = purpose;
        foreach (var (id, key) in keys)
        {
            if (!IsValidId(id))
            {
                throw new InvalidOperationException($"The {purpose} key id '{id}' is not 1–32 letters, digits, '.', '_' or '-'.");
            }

            if (key.Length != KeyBytes)
            {
                throw new InvalidOperationException($"The {purpose} key '{id}' has {key.Length} bytes; it needs {KeyBytes} (base64 of 32 random bytes).");
            }
        }

        _keys = keys.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        if (!_keys.ContainsKey(activeKeyId))
        {
            throw new InvalidOperationException($"The active {purpose} key '{activeKeyId}' is not among its keys ({string.Join(", ", _keys.Keys)}).");
        }

        ActiveKeyId = activeKeyId;
    }

    public string Purpose { get; }

    /// <summary>The key new work is sealed with.</summary>
    public string ActiveKeyId { get; }

    public byte[] ActiveKey => _keys[ActiveKeyId];

    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    public bool TryGet(string keyId, out byte[] key) => _keys.TryGetValue(keyId, out key!);

    public static bool IsValidId(string id) => KeyIdPattern().IsMatch(id);

    /// <summary>A ring of one fresh key, for a host that keeps nothing (tests, tools).</summary>
    public static KeyRing Generate(string purpose, string keyId = "k1") =>
        new(purpose, new Dictionary<string, byte[]> { [keyId] = RandomNumberGenerator.GetBytes(KeyBytes) }, keyId);

    /// <summary>This ring with one more key, made the active one (what a rotation does).</summary>
    public KeyRing With(string keyId, byte[] key) =>
        new(Purpose, new Dictionary<string, byte[]>(_keys) { [keyId] = key }, keyId);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,32}$")]
    private static partial Regex KeyIdPattern();
}
