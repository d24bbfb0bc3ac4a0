using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Restart.Core.Common;

namespace Restart.Web.Hosting;

/// <summary>Configuration section "Email".</summary>
public sealed class EmailSettings
{
    public string From { get; set; } = "no-reply@restart.local";
    /// <summary>When set, mails are written there as .eml files instead of being sent (development, tests).</summary>
    public string? PickupDirectory { get; set; }
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpSsl { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
}

/// <summary>Account mails in Korean with an English copy below, with links built from the current request's host.</summary>
public sealed class AccountEmails(IOptions<EmailSettings> options, LinkGenerator links, IHttpContextAccessor accessor) : IAccountEmails
{
    public Task SendInvitationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email,
            "[재기 지원 포털] 계정이 만들어졌습니다 / Your Restart account",
            $"{displayName}님, 재기 지원 포털 계정이 만들어졌습니다.\n아래 링크에서 비밀번호를 정한 뒤 로그인해 주세요.\n\n{Link(userId, token)}\n\n" +
            $"An account has been created for you on the Restart portal. Set your password at the link above, then log in.",
            cancellationToken);

    public Task SendPasswordResetAsync(string email, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email,
            "[재기 지원 포털] 비밀번호 재설정 / Reset your password",
            $"비밀번호 재설정을 요청하셨습니다. 아래 링크에서 새 비밀번호를 정해 주세요.\n요청하지 않으셨다면 이 메일을 무시하셔도 됩니다.\n\n{Link(userId, token)}\n\n" +
            "You asked to reset your password. Set a new one at the link above; if you did not ask, ignore this mail.",
            cancellationToken);

    private string Link(string userId, string token) =>
        links.GetUriByPage(accessor.HttpContext!, "/Account/ResetPassword", handler: null, values: new { userId, token })
        ?? throw new InvalidOperationException("The reset page has no route.");

    private async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, to, subject, body)
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        using var client = new SmtpClient();
        if (!string.IsNullOrEmpty(settings.PickupDirectory))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = Path.GetFullPath(settings.PickupDirectory);
        }
        else
        {
            client.Host = settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost or Email:PickupDirectory must be set.");
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.SmtpSsl;
            if (!string.IsNullOrEmpty(settings.SmtpUser))
            {
                client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
