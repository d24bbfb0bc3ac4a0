using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// Queues a mail about an account in the outbox, in the command's own transaction. Who it goes to is settled only
/// when it is sent (ADR 0021): the request that queued it did the same work whether or not an account has the
/// address, and no reset or confirmation token is ever stored.
/// </summary>
public sealed class AccountMails(RestartDbContext db, AfterCommit afterCommit, OutboxSignal signal, TimeProvider clock)
{
    public void Queue(AccountMailKind kind, string email)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMail { AccountMail = kind, Recipient = email.Trim(), CreatedAt = now, NextAttemptAt = now });
        afterCommit.Add(signal.Nudge);
    }
}
