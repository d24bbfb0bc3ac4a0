namespace Restart.Core.Common;

/// <summary>Mails about an account. The web host builds the links and delivers them (SMTP or a pickup folder).</summary>
public interface IAccountEmails
{
    Task SendInvitationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken);

    Task SendPasswordResetAsync(string email, string userId, string token, CancellationToken cancellationToken);

    /// <summary>To a new account's address: the link that finishes registering.</summary>
    Task SendRegistrationConfirmationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken);

    /// <summary>To the owner of an address someone tried to register again: sign in, or reset the password.</summary>
    Task SendRegistrationAttemptAsync(string email, CancellationToken cancellationToken);
}
