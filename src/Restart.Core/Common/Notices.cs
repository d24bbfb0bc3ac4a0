using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>Delivers a mail (SMTP, or a pickup folder in development). The web host provides it.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>Wakes the outbox dispatcher when a command has committed mails, so they leave at once rather than at its next round.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Nudge()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one round sends everything that is due.
        }
    }

    /// <summary>Waits for a nudge or for <paramref name="interval"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => _pending.WaitAsync(interval, cancellationToken);
}

/// <summary>
/// Tells a person about their case: a notice on their home page and a mail through the outbox, both written in
/// the command's own transaction (so a rolled-back change tells nobody) and the mail sent after the commit.
/// </summary>
public sealed class Notices(RestartDbContext db, AfterCommit afterCommit, OutboxSignal signal, TimeProvider clock)
{
    public void Tell(string userId, Guid? caseId, NoticeKind kind, IReadOnlyList<string>? arguments = null, string? dedupKey = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = new Notice
        {
            UserId = userId,
            CaseId = caseId,
            Kind = kind,
            Arguments = arguments is { Count: > 0 } ? CaseEventText.Arguments(arguments) : null,
            CreatedAt = now,
        };
        db.Notices.Add(notice);
        db.Outbox.Add(new OutboxMail { Notice = notice, CreatedAt = now, NextAttemptAt = now, DedupKey = dedupKey });
        afterCommit.Add(signal.Nudge);
    }
}
