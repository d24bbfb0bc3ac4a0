using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>
/// One person's browser without JavaScript: it keeps cookies, reads pages with AngleSharp, and posts
/// forms the way a browser would — with every field the form holds, antiforgery token included.
/// </summary>
public sealed class WebSession(HttpClient client, RestartWebFactory? factory = null) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    /// <summary>The portal this browser talks to, when made by <see cref="RestartWebFactory.NewSession"/>: its mails can be read.</summary>
    public RestartWebFactory? Factory => factory;

    public sealed record Page(HttpResponseMessage Response, IHtmlDocument Document, string Url)
    {
        public HttpStatusCode Status => Response.StatusCode;
        public string? Location => Response.Headers.Location?.OriginalString;
        public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";
        public string FieldError(string field) => Text($"span[data-valmsg-for='{field}']");
        public string? Value(string name) => (Document.QuerySelector($"[name='{name}']") as IHtmlInputElement)?.Value;
        public string Summary => Text(".validation-summary-errors");
    }

    public async Task<Page> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        return await ReadAsync(response, url);
    }

    /// <summary>GETs the url and follows redirects (as a browser does) until a page answers.</summary>
    public async Task<Page> OpenAsync(string url)
    {
        var page = await GetAsync(url);
        for (var hops = 0; page.Location is { } next && hops < 5; hops++)
        {
            page = await GetAsync(next);
        }

        return page;
    }

    /// <summary>Fills the form (the first one, or the one matched by selector) on the page and posts it, without following the redirect.</summary>
    public async Task<Page> SubmitAsync(Page page, IReadOnlyDictionary<string, string> values, string formSelector = "main form")
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked && !values.ContainsKey(box.Name!):
                    fields.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !values.ContainsKey(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !values.ContainsKey(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !values.ContainsKey(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        return await ReadAsync(response, action);
    }

    /// <summary>
    /// Signs in as a person would, with the authenticator's code where the account has one (read from the portal's
    /// database, as the person's phone holds it; the demo key for a portal of another process) and setting the app up
    /// where a role requires it and it is not yet: the answer is the last step's, a redirect to the home or the
    /// return address when all went well. <see cref="PasswordOnlyAsync"/> stops after the password.
    /// </summary>
    public async Task<Page> LoginAsync(string email, string password)
    {
        var posted = await PasswordOnlyAsync(email, password);
        return await PassTwoFactorAsync(posted, email);
    }

    /// <summary>Posts the log-in form and stops at its answer: the code page or the enrolment, for those who need one.</summary>
    public async Task<Page> PasswordOnlyAsync(string email, string password)
    {
        var login = await GetAsync("/Account/Login");
        return await SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>The step after the password: the code page answered with the current code, or the enrolment finished.</summary>
    public async Task<Page> PassTwoFactorAsync(Page posted, string email)
    {
        if (posted.Location?.StartsWith("/Account/LoginWithCode", StringComparison.Ordinal) == true)
        {
            var codePage = await GetAsync(posted.Location);
            return await SubmitAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(await AuthenticatorKeyAsync(email)) });
        }

        if (posted.Location == "/Account/EnableAuthenticator")
        {
            var enrolment = await GetAsync(posted.Location);
            var done = await SubmitAsync(enrolment, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(KeyOn(enrolment)) });
            if (done.Document.QuerySelectorAll("#recovery-codes li").Length == 0)
            {
                throw new InvalidOperationException($"Setting up the authenticator of {email} failed: {done.FieldError("Input.Code")}");
            }

            // Signed in now: the log-in page sends a signed-in person to their home.
            return await GetAsync("/Account/Login");
        }

        return posted;
    }

    /// <summary>The shared key the enrolment page shows, as a person would type it into the app.</summary>
    public static string KeyOn(Page enrolment) =>
        enrolment.Document.QuerySelector("#shared-key")?.GetAttribute("data-key")?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
        ?? throw new InvalidOperationException($"No authenticator key on {enrolment.Url}: {enrolment.Text("main")}");

    /// <summary>The account's authenticator key: what the person's app holds.</summary>
    public async Task<string> AuthenticatorKeyAsync(string email)
    {
        if (factory is null)
        {
            return DemoDataSeeder.AuthenticatorKey;
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        return await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator.");
    }

    internal static async Task<Page> ReadAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, await Parser.ParseDocumentAsync(html), url);
    }

    public void Dispose() => client.Dispose();
}
