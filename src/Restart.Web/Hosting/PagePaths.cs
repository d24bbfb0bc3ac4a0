using System.Collections.Concurrent;

namespace Restart.Web.Hosting;

/// <summary>
/// The paths of the pages the layout links to on every view. An <c>asp-page</c> link asks the router once per link
/// per view (a dozen a page, each with its route values and tag builder); these paths do not change while the
/// portal runs, so each is found by the router once and then only prefixed with the request's path base.
/// </summary>
public sealed class PagePaths(LinkGenerator links)
{
    private readonly ConcurrentDictionary<string, string> paths = new(StringComparer.Ordinal);

    /// <summary>The path of a page by its name ("/Staff/Cases/Index"), as <c>asp-page</c> would write it.</summary>
    public string Of(HttpContext context, string page)
    {
        var path = paths.GetOrAdd(page, static (name, links) =>
            links.GetPathByPage(name) ?? throw new InvalidOperationException($"No route leads to the page {name}."), links);
        return context.Request.PathBase is { HasValue: true } pathBase ? pathBase + path : path;
    }
}
