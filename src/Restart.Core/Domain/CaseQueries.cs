using Microsoft.EntityFrameworkCore;

namespace Restart.Core.Domain;

/// <summary>The applicant's one draft and whether a submitted case still holds their place, written once for every use case.</summary>
public static class CaseQueries
{
    public static Task<bool> HasActiveCaseAsync(this IQueryable<Case> cases, string userId, CancellationToken cancellationToken) =>
        cases.WhereActive().AnyAsync(c => c.ApplicantUserId == userId, cancellationToken);

    public static Task<Case?> FindDraftAsync(this IQueryable<Case> cases, string userId, CancellationToken cancellationToken) =>
        cases.Include(c => c.DesiredOccupations).Include(c => c.DesiredRegions)
            .SingleOrDefaultAsync(c => c.ApplicantUserId == userId && c.Status == CaseStatus.Draft, cancellationToken);

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
