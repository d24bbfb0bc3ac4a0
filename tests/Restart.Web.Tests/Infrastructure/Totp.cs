using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>
/// What an authenticator app shows (RFC 6238): HMAC-SHA1 over the 30-second step, six digits, from the Base32 key.
/// The portal accepts the codes of two steps either side, so a code made just before a step ends still works.
/// Shared by the Web and the Browser tests.
/// </summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset? at = null) =>
        CodeAt(Base32(base32Key), (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30);

    /// <summary>Six digits the portal will not take now: none of the codes of the steps it accepts.</summary>
    public static string WrongCode(string base32Key)
    {
        var key = Base32(base32Key);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var accepted = Enumerable.Range(-3, 7).Select(i => CodeAt(key, step + i)).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
    }

    private static string CodeAt(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=' or '-')))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
