using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Restart.Core.Common;
using Restart.Core.Domain;

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

public static class AccessLogChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hash what both engines store.</summary>
    public static DateTime Truncate(DateTime at) => new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    public static AccessLogEntry Seal(string previousHash, DateTime at, string? actor, string? ip, string subject,
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
            Hash = HashOf(previousHash, at, actor, ip, subject, action, operation, outcome, reason),
        };

    public static bool IsIntact(AccessLogEntry e, string expectedPrevious) =>
        e.PreviousHash == expectedPrevious &&
        e.Hash == HashOf(e.PreviousHash, e.At, e.ActorUserId, e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome, e.Reason);

    private static string HashOf(string previous, DateTime at, string? actor, string? ip, string subject,
        PersonalDataAction action, string operation, string outcome, string? reason)
    {
        var text = string.Join('\u001f', previous, at.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            actor ?? "", ip ?? "", subject, ((int)action).ToString(CultureInfo.InvariantCulture), operation, outcome);
        // Entries written before reasons existed hash as they did; a reason, when there is one, is sealed too.
        if (reason is not null)
        {
            text += '\u001f' + reason;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
