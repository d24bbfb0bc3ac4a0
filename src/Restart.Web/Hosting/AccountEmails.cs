using System.Globalization;
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

    /// <summary>
    /// The portal's public address (e.g. https://restart.example.kr) that mailed links start with. Required
    /// outside Development: a link built from the request's Host header could be pointed at another site.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// Account mails, Korean first with the English text below (the recipient's language is not known yet),
/// from resources; links start with <see cref="EmailSettings.PublicBaseUrl"/>.
/// </summary>
public sealed class AccountEmails(IOptions<EmailSettings> options, LinkGenerator links, IHttpContextAccessor accessor, IMailSender mail,
    Microsoft.AspNetCore.Hosting.Server.IServer server) : IAccountEmails
{
    private static readonly CultureInfo Korean = new("ko-KR");
    private static readonly CultureInfo English = new("en-US");

    public Task SendInvitationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email, "Mail.Invitation", Link("/Account/ResetPassword", userId, token), displayName, cancellationToken);

    public Task SendPasswordResetAsync(string email, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email, "Mail.Reset", Link("/Account/ResetPassword", userId, token), "", cancellationToken);

    public Task SendRegistrationConfirmationAsync(string email, string displayName, string userId, string token, CancellationToken cancellationToken) =>
        SendAsync(email, "Mail.Confirm", Link("/Account/ConfirmRegistration", userId, token), displayName, cancellationToken);

    public Task SendRegistrationAttemptAsync(string email, CancellationToken cancellationToken) =>
        SendAsync(email, "Mail.RegisterAttempt", BaseUrl() + (links.GetPathByPage("/Account/ForgotPassword") ?? "/Account/ForgotPassword"), "", cancellationToken);

    private string Link(string page, string userId, string token) =>
        BaseUrl() + (links.GetPathByPage(page, handler: null, values: new { userId, token }) ?? throw new InvalidOperationException($"{page} has no route."));

    /// <summary>
    /// The configured public address; in Development without one, the request's or (for a mail the outbox sends in the
    /// background) the address the server listens on.
    /// </summary>
    private string BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } baseUrl)
        {
            return baseUrl.TrimEnd('/');
        }

        if (accessor.HttpContext?.Request is { } request)
        {
            return $"{request.Scheme}://{request.Host}";
        }

        var address = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }

    private Task SendAsync(string to, string key, string link, string name, CancellationToken cancellationToken)
    {
        var subject = $"{SharedResource.Get(key + ".Subject", Korean)} / {SharedResource.Get(key + ".Subject", English)}";
        var body = string.Format(Korean, SharedResource.Get(key + ".Body", Korean), name, link) + "\n\n----\n\n"
            + string.Format(English, SharedResource.Get(key + ".Body", English), name, link);
        return mail.SendAsync(to, subject, body, cancellationToken);
    }
}

/// <summary>Delivers a mail over SMTP, or into the pickup folder when one is set (development, tests).</summary>
public sealed class SmtpMailSender(IOptions<EmailSettings> options) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
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
