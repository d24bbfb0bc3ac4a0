using Microsoft.EntityFrameworkCore;

namespace Restart.Core.Common;

/// <summary>One page of a list. Every list in the portal is paged.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
    public bool HasNext => Page < PageCount;
}

/// <summary>
/// One page of a list too long to count on every view (the access log), read by position instead of by
/// page number (keyset paging): the rows after <see cref="Older"/> or before <see cref="Newer"/> by id.
/// Each cursor is null when there is nothing further that way.
/// </summary>
public sealed record Slice<T>(IReadOnlyList<T> Items, long? Newer, long? Older);

public static class PagingExtensions
{
    public const int DefaultPageSize = 20;

    /// <summary>Counts, then reads one page. A page number past the end shows the last page.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, pageSize, total);
    }

    /// <summary>As <see cref="ToPagedAsync{T}(IQueryable{T}, int, CancellationToken, int)"/>, counting <paramref name="counted"/>: the same rows without the joins the page needs for display.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T, TCounted>(this IQueryable<T> query, IQueryable<TCounted> counted, int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var total = await counted.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, pageSize, total);
    }
}
