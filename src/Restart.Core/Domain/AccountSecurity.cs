namespace Restart.Core.Domain;

/// <summary>
/// One signed-in browser (ADR 0021). The sign-in cookie carries its id; a log-out ends it, and a cookie of an
/// ended session opens nothing any more, even a copy taken before the log-out.
/// </summary>
public class AccountSession
{
    public Guid Id { get; init; }
    public required string UserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? EndedAt { get; set; }
}

/// <summary>
/// Wrong passwords typed for one account, counted per what was typed (an e-mail address, hashed) whether or not an
/// account has it, so the answer never tells whether it exists (ADR 0021). After a few failures each further
/// attempt waits twice as long as the one before.
/// </summary>
public class PasswordThrottle
{
    /// <summary>The purpose and the account as typed, hashed (SHA-256, hex): no address is stored.</summary>
    public required string Key { get; init; }
    public int Failures { get; set; }
    public DateTime LastFailureAt { get; set; }
    /// <summary>No password is checked for this key before this instant.</summary>
    public DateTime? WaitUntil { get; set; }
}

/// <summary>A mail about an account, sent from the outbox (its address resolved and its link made only when it is sent).</summary>
public enum AccountMailKind
{
    /// <summary>Someone asked for a reset link for the address; nothing is sent if no account has it.</summary>
    PasswordReset = 1,
    /// <summary>Someone tried to register with an address that already has an account: its owner is told.</summary>
    RegistrationAttempt = 2,
    /// <summary>A new account's owner confirms the address (and so finishes registering).</summary>
    ConfirmRegistration = 3,
}
