using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Keys;

namespace Restart.Core.Data;

/// <summary>
/// Records one request in the personal-data access log. The entry is committed, through the
/// <see cref="AccessLogAppender"/>'s own context, before this returns: an entry is kept even when the
/// request's own work is rolled back or refused, and no page is sent before its entry is durable.
/// </summary>
public sealed class AccessLogWriter(AccessLogAppender appender, ICurrentUser user, TimeProvider clock, AccessLogSubject subject)
{
    public Task WriteAsync(string requestSubject, PersonalDataAction action, string operation, string outcome, CancellationToken cancellationToken, string? reason = null) =>
        appender.AppendAsync(
            new AccessLogAppender.Entry(
                AccessLogChain.Truncate(clock.GetUtcNow().UtcDateTime),
                Bounded(user.UserId, 450),
                Bounded(user.IpAddress, 45),
                Bounded(subject.Value ?? requestSubject, 200) ?? "",
                action,
                Bounded(operation, 100) ?? "",
                Bounded(outcome, 20) ?? "",
                Bounded(reason, 200)),
            cancellationToken);

    /// <summary>
    /// A value as the column can hold it: some come from what a visitor typed (an anonymous reset-password
    /// post names any "user id"), and an entry must never fail for its input — PostgreSQL and SQL Server
    /// refuse an over-long value where SQLite would keep it. Control and format characters become '?'.
    /// </summary>
    internal static string? Bounded(string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        return HiddenCharacters.Replace(value.Length > maxLength ? value[..(maxLength - 1)] + "…" : value, _ => "?");
    }
}

/// <summary>Lets a handler name whose data it touched when the request alone cannot (e.g. a new account's id).</summary>
public sealed class AccessLogSubject
{
    public string? Value { get; private set; }

    public void Set(string value) => Value = value;
}

/// <summary>
/// How entries are sealed (ADR 0007, 0022). Since 2026-12 each entry's hash is an HMAC-SHA256 under a key
/// kept outside the database, named by the entry's <see cref="AccessLogEntry.KeyId"/>: whoever can write the
/// table but has not the key cannot recompute the chain after editing an entry. Entries written before keep
/// their plain SHA-256 (no key id); the first keyed entry seals them, as its HMAC covers their last hash.
/// </summary>
public static class AccessLogChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hash what both engines store.</summary>
    public static DateTime Truncate(DateTime at) => new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    public static AccessLogEntry Seal(KeyRing keys, string previousHash, DateTime at, string? actor, string? ip, string subject,
        PersonalDataAction action, string operation, string outcome, string? reason = null) => new()
        {
            At = at,
            ActorUserId = actor,
            IpAddress = ip,
            Subject = subject,
            Action = action,
            Operation = operation,
            Outcome = outcome,
            Reason = reason,
            PreviousHash = previousHash,
            KeyId = keys.ActiveKeyId,
            Hash = HmacOf(keys.ActiveKey, keys.ActiveKeyId, previousHash, at, actor, ip, subject, action, operation, outcome, reason),
        };

    /// <summary>Whether the entry follows <paramref name="expectedPrevious"/> and its hash is what its key (or, before keys, plain SHA-256) gives.</summary>
    public static bool IsIntact(KeyRing keys, AccessLogEntry e, string expectedPrevious)
    {
        if (e.PreviousHash != expectedPrevious)
        {
            return false;
        }

        if (e.KeyId is null)
        {
            return e.Hash == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                TextOf(e.PreviousHash, e.At, e.ActorUserId, e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome, e.Reason))));
        }

        return keys.TryGet(e.KeyId, out var key)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(e.Hash),
                Encoding.ASCII.GetBytes(HmacOf(key, e.KeyId, e.PreviousHash, e.At, e.ActorUserId, e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome, e.Reason)));
    }

    private static string HmacOf(byte[] key, string keyId, string previous, DateTime at, string? actor, string? ip, string subject,
        PersonalDataAction action, string operation, string outcome, string? reason) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(
            "hmac-sha256/1\u001f" + keyId + '\u001f' + TextOf(previous, at, actor, ip, subject, action, operation, outcome, reason))));

    private static string TextOf(string previous, DateTime at, string? actor, string? ip, string subject,
        PersonalDataAction action, string operation, string outcome, string? reason)
    {
        var text = string.Join('\u001f', previous, at.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            actor ?? "", ip ?? "", subject, ((int)action).ToString(CultureInfo.InvariantCulture), operation, outcome);
        // Entries written before reasons existed hash as they did; a reason, when there is one, is sealed too.
        if (reason is not null)
        {
            text += '\u001f' + reason;
        }

        return text;
    }
}
