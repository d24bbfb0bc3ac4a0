using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data;

/// <summary>
/// Sends what the outbox holds (ADR 0016). Each mail is first claimed with a conditional update, so that of
/// several instances exactly one sends it; a failure is retried later with a growing pause, and a mail is
/// never dropped. The log names the mail by its id and kind only: no address, no name.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    /// <summary>How long a claim holds: longer than any one send takes, short enough that a crashed instance's mail goes soon after.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan[] Pauses =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    private static readonly CultureInfo Korean = new("ko-KR");
    private static readonly CultureInfo English = new("en-US");

    /// <summary>Sends up to <paramref name="batch"/> due mails; answers how many were due, so the caller goes on while there are more.</summary>
    public async Task<int> DispatchDueAsync(int batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IMailSender>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.Attempts, Kind = (NoticeKind?)m.Notice!.Kind, m.Notice.Arguments, m.AccountMail, m.Recipient,
                Email = db.Users.Where(u => u.Id == m.Notice.UserId).Select(u => u.Email).FirstOrDefault(),
            })
            .Take(batch).ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            var until = now + ClaimFor;
            var claimed = await db.Outbox
                .Where(m => m.Id == mail.Id && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var kind = mail.AccountMail?.ToString() ?? mail.Kind.ToString()!;
            try
            {
                if (mail.AccountMail is { } account)
                {
                    await SendAccountMailAsync(scope.ServiceProvider, account, mail.Recipient, cancellationToken);
                }
                else
                {
                    if (mail.Email is null || mail.Kind is not { } noticeKind)
                    {
                        throw new InvalidOperationException("The recipient has no address.");
                    }

                    await sender.SendAsync(mail.Email, Subject(noticeKind), Body(noticeKind, mail.Arguments), cancellationToken);
                }

                // An account mail's address goes once it is handled: the outbox keeps no address nobody has an account for.
                var sent = clock.GetUtcNow().UtcDateTime;
                await db.Outbox.Where(m => m.Id == mail.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, sent).SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                        .SetProperty(m => m.Attempts, mail.Attempts + 1).SetProperty(m => m.Recipient, (string?)null), cancellationToken);
                LogSent(logger, mail.Id, kind);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var next = clock.GetUtcNow().UtcDateTime + Pauses[Math.Min(mail.Attempts, Pauses.Length - 1)];
                var error = e.GetType().Name;
                await db.Outbox.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.Attempts, mail.Attempts + 1)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, error), CancellationToken.None);
                LogFailed(logger, mail.Id, kind, mail.Attempts + 1, error, next);
            }
        }

        return due.Count;
    }

    /// <summary>
    /// The account is looked up now, not when the mail was queued: a reset asked for an address nobody has, or a
    /// registration confirmed meanwhile, sends nothing. Tokens are made here and never stored.
    /// </summary>
    private static async Task SendAccountMailAsync(IServiceProvider services, AccountMailKind kind, string? address, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var emails = services.GetRequiredService<IAccountEmails>();
        if (string.IsNullOrEmpty(address) || await users.FindByEmailAsync(address) is not { Email: { } email } user)
        {
            return;
        }

        switch (kind)
        {
            case AccountMailKind.PasswordReset:
                await emails.SendPasswordResetAsync(email, user.Id, await users.GeneratePasswordResetTokenAsync(user), cancellationToken);
                break;
            case AccountMailKind.RegistrationAttempt:
                await emails.SendRegistrationAttemptAsync(email, cancellationToken);
                break;
            case AccountMailKind.ConfirmRegistration when !user.EmailConfirmed:
                await emails.SendRegistrationConfirmationAsync(email, user.DisplayName, user.Id, await users.GenerateEmailConfirmationTokenAsync(user), cancellationToken);
                break;
        }
    }

    /// <summary>Korean first, English after, as the account mails: the person's language is not stored.</summary>
    private static string Subject(NoticeKind kind) =>
        $"{In(Korean, () => Text.Get($"Notice.{kind}.Subject"))} / {In(English, () => Text.Get($"Notice.{kind}.Subject"))}";

    private static string Body(NoticeKind kind, string? arguments) =>
        In(Korean, () => CaseEventText.Describe(kind, arguments) + "\n\n" + Text.Get("Notice.Footer")) + "\n\n----\n\n"
        + In(English, () => CaseEventText.Describe(kind, arguments) + "\n\n" + Text.Get("Notice.Footer"));

    private static string In(CultureInfo culture, Func<string> text)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return text();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox mail {MailId} ({Kind}) sent")]
    private static partial void LogSent(ILogger logger, long mailId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox mail {MailId} ({Kind}) failed on attempt {Attempt} ({Error}); next attempt at {NextAttempt:o}")]
    private static partial void LogFailed(ILogger logger, long mailId, string kind, int attempt, string error, DateTime nextAttempt);
}
