using Microsoft.AspNetCore.WebUtilities;
using Restart.Core.Common;

namespace Restart.Web.Hosting;

/// <summary>
/// What the shared pager needs: the position, and the current path and filters to keep in its links —
/// but not one-off flags such as a success banner or an integrity check.
/// </summary>
public sealed record PagerModel(int Page, int PageCount, string Path, IReadOnlyDictionary<string, string?> Filters)
{
    public static PagerModel For<T>(Paged<T> paged, HttpRequest request) =>
        new(paged.Page, paged.PageCount, request.Path,
            request.Query.Where(q => q.Key is not ("page" or "verify" or "created" or "saved")).ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));

    public string Url(int page) =>
        QueryHelpers.AddQueryString(Path, Filters.Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}

/// <summary>The pager of a list read by position (<see cref="Slice{T}"/>): towards the newest, or further back.</summary>
public sealed record SlicePagerModel(long? Newer, long? Older, string Path, IReadOnlyDictionary<string, string?> Filters)
{
    public static SlicePagerModel For<T>(Slice<T> slice, HttpRequest request) =>
        new(slice.Newer, slice.Older, request.Path,
            request.Query.Where(q => q.Key is not ("before" or "after" or "verify")).ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));

    public string Newest => QueryHelpers.AddQueryString(Path, Filters);

    public string Url(string cursor, long id) =>
        QueryHelpers.AddQueryString(Path, Filters.Append(new(cursor, id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}

/// <summary>The pager of a list read by position in a sort of its own (the case queue): back to the first page, one page back, one forward.</summary>
public sealed record CursorPagerModel(string? Previous, string? Next, string Path, IReadOnlyDictionary<string, string?> Filters)
{
    public static CursorPagerModel For(string? previous, string? next, HttpRequest request) =>
        new(previous, next, request.Path,
            request.Query.Where(q => q.Key is not ("before" or "after" or "done")).ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));

    public string First => QueryHelpers.AddQueryString(Path, Filters);

    public string Url(string direction, string cursor) => QueryHelpers.AddQueryString(Path, Filters.Append(new(direction, cursor)));
}
