using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>How wrong passwords slow down further attempts (ADR 0021; docs/operations.md).</summary>
public sealed class PasswordThrottleSettings
{
    /// <summary>Wrong passwords for one account before each further attempt has to wait.</summary>
    public int FailuresBeforeDelay { get; set; } = 5;

    /// <summary>The longest wait between two attempts, however many failures.</summary>
    public TimeSpan LongestDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this are forgotten: the count starts again.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>
/// A per-account progressive delay instead of a lockout: after <see cref="PasswordThrottleSettings.FailuresBeforeDelay"/>
/// wrong passwords each further attempt must wait 2, 4, 8 … seconds (at most the longest delay), and no password is
/// checked before then. Nobody can lock another person out for long, and guessing becomes slow. The account is what
/// was typed, hashed, whether or not an account has it, so the answer never tells whether it exists. Written in its own
/// context, so a failure counts even when the command that checked the password rolls back (commands call it once their
/// transaction has ended, AfterCommit.AfterTransaction, as SQLite would make it wait for that transaction); shared by
/// every instance through the database.
/// </summary>
public sealed class PasswordAttempts(DbContextOptions<RestartDbContext> options, TimeProvider clock, PasswordThrottleSettings settings)
{
    public const string LogIn = "log-in";
    public const string ChangePassword = "change-password";
    public const string TwoFactor = "two-factor";

    /// <summary>When the next attempt may be made, or null when it may be made now.</summary>
    public async Task<DateTime?> WaitUntilAsync(string purpose, string account, CancellationToken cancellationToken)
    {
        await using var db = new RestartDbContext(options);
        var key = Key(purpose, account);
        var until = await db.PasswordThrottles.Where(t => t.Key == key).Select(t => t.WaitUntil).FirstOrDefaultAsync(cancellationToken);
        return until is { } at && at > clock.GetUtcNow().UtcDateTime ? at : null;
    }

    /// <summary>Counts a wrong password (or any failed attempt) and sets how long the next one must wait.</summary>
    public async Task FailedAsync(string purpose, string account, CancellationToken cancellationToken)
    {
        var key = Key(purpose, account);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            await using var db = new RestartDbContext(options);
            var row = await db.PasswordThrottles.FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
            if (row is null)
            {
                row = new PasswordThrottle { Key = key };
                db.PasswordThrottles.Add(row);
            }

            row.Failures = now - row.LastFailureAt > settings.ForgetAfter ? 1 : row.Failures + 1;
            row.LastFailureAt = now;
            row.WaitUntil = row.Failures < settings.FailuresBeforeDelay ? null : now + Delay(row.Failures);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && Database.IsUniqueViolation(e))
            {
                // Another attempt for the same account counted its first failure at the same moment: count on top of it.
            }
        }
    }

    /// <summary>The right password: the count starts again.</summary>
    public async Task SucceededAsync(string purpose, string account, CancellationToken cancellationToken)
    {
        await using var db = new RestartDbContext(options);
        var key = Key(purpose, account);
        await db.PasswordThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>2 seconds after the last allowed failure, doubling with each further one, at most the longest delay.</summary>
    private TimeSpan Delay(int failures)
    {
        var exponent = Math.Min(failures - settings.FailuresBeforeDelay + 1, 30);
        var seconds = Math.Pow(2, exponent);
        return seconds >= settings.LongestDelay.TotalSeconds ? settings.LongestDelay : TimeSpan.FromSeconds(seconds);
    }

    private static string Key(string purpose, string account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + account.Trim().ToUpperInvariant())));
}
