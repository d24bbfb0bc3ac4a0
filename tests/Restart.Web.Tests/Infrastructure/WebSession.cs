using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

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

    public async Task<Page> LoginAsync(string email, string password)
    {
        var login = await GetAsync("/Account/Login");
        return await SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    internal static async Task<Page> ReadAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, await Parser.ParseDocumentAsync(html), url);
    }

    public void Dispose() => client.Dispose();
}
