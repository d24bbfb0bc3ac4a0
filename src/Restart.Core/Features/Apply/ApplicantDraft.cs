using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>Finds, or starts, the signed-in applicant's one draft; refuses when a submitted case is still active.</summary>
internal static class ApplicantDraft
{
    public static Task<bool> HasActiveCaseAsync(RestartDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Cases.WhereActive().AnyAsync(c => c.ApplicantUserId == userId, cancellationToken);

    public static Task<Case?> FindAsync(RestartDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Cases.Include(c => c.DesiredOccupations).Include(c => c.DesiredRegions)
            .SingleOrDefaultAsync(c => c.ApplicantUserId == userId && c.Status == CaseStatus.Draft, cancellationToken);

    public static async Task<Case> FindOrStartAsync(RestartDbContext db, string userId, DateTime now, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, userId, cancellationToken) is { } draft)
        {
            return draft;
        }

        draft = new Case { ApplicantUserId = userId, CreatedAt = now, UpdatedAt = now };
        db.Cases.Add(draft);
        return draft;
    }

    public static Task<bool> HasOptionalConsentAsync(RestartDbContext db, string userId, CancellationToken cancellationToken) =>
        Consents.IsGrantedAsync(db, userId, ConsentItem.Optional, cancellationToken);
}

internal static class Consents
{
    public static async Task<bool> IsGrantedAsync(RestartDbContext db, string userId, ConsentItem item, CancellationToken cancellationToken) =>
        await db.Consents.Where(c => c.UserId == userId && c.Item == item).OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted)
            .FirstOrDefaultAsync(cancellationToken) ?? false;
}
