namespace Restart.Core.Common;

/// <summary>Mails about an account. The web host builds the links and delivers them (SMTP or a pickup folder).</summary>
public interface IAccountEmails
{
    Task SendInvitationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken);

    Task SendPasswordResetAsync(string email, string userId, string token, CancellationToken cancellationToken);
}
