using Microsoft.EntityFrameworkCore;

namespace Restart.Core.Domain;

/// <summary>The applicant's one draft and whether a submitted case still holds their place, written once for every use case.</summary>
public static class CaseQueries
{
    /// <summary>The person's draft (at most one: a filtered unique index), as a query to project or load.</summary>
    public static IQueryable<Case> DraftOf(this IQueryable<Case> cases, string? userId) =>
        cases.Where(c => c.ApplicantUserId == userId && c.Status == CaseStatus.Draft);

    private static readonly CaseStatus[] Active = [.. Enum.GetValues<CaseStatus>().Where(CaseLifecycle.IsActive)];

    /// <summary>
    /// <see cref="CaseLifecycle.WhereActive"/> with the active statuses spelled out, for an index that has the status after an
    /// equality (the office): each status is one key range, so the active cases are read and the closed ones skipped.
    /// </summary>
    public static IQueryable<Case> WhereActiveByStatus(this IQueryable<Case> cases) => cases.Where(c => EF.Constant(Active).Contains(c.Status));

    public static Task<bool> HasActiveCaseAsync(this IQueryable<Case> cases, string userId, CancellationToken cancellationToken) =>
        cases.WhereActive().AnyAsync(c => c.ApplicantUserId == userId, cancellationToken);

    /// <summary>The draft alone; the wishes step, which edits its occupations and regions, includes them itself.</summary>
    public static Task<Case?> FindDraftAsync(this IQueryable<Case> cases, string userId, CancellationToken cancellationToken) =>
        cases.DraftOf(userId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The person's draft, or a new one added to <paramref name="cases"/>.</summary>
    public static async Task<Case> FindOrStartDraftAsync(this DbSet<Case> cases, string userId, DateTime now, CancellationToken cancellationToken)
    {
        if (await cases.FindDraftAsync(userId, cancellationToken) is { } draft)
        {
            return draft;
        }

        draft = new Case { ApplicantUserId = userId, CreatedAt = now, UpdatedAt = now };
        cases.Add(draft);
        return draft;
    }
}
