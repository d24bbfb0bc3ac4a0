using Restart.Core.Common;

namespace Restart.Web.Hosting;

/// <summary>Account mails: settings from "Email", the pickup folder inside the data folder, links from the configured public address.</summary>
public static class MailHosting
{
    public static WebApplicationBuilder AddRestartMail(this WebApplicationBuilder builder)
    {
        var (configuration, environment) = (builder.Configuration, builder.Environment);
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration["Email:PublicBaseUrl"]))
        {
            throw new InvalidOperationException("Email:PublicBaseUrl must be set outside Development: mailed links must not take their host from the request.");
        }

        builder.Services.Configure<EmailSettings>(configuration.GetSection("Email"));
        builder.Services.PostConfigure<EmailSettings>(e =>
        {
            if (e.PickupDirectory is { } pickup)
            {
                e.PickupDirectory = Path.GetFullPath(pickup, DataHosting.DataFolder(configuration, environment));
            }
        });
        builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        builder.Services.AddScoped<IAccountEmails, AccountEmails>();
        builder.AddRestartOutbox();
        return builder;
    }
}
