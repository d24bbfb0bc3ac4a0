using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Restart.Core.Domain;

namespace Restart.Core.Data;

/// <summary>An offer had no place left for a referral being saved: the save is undone and the sender told (ADR 0019).</summary>
public sealed class OfferFullException(Guid offerId) : Exception($"Offer {offerId} has no place left.")
{
    public Guid OfferId { get; } = offerId;
}

/// <summary>
/// Keeps <see cref="Programme.PlacesTaken"/> and <see cref="JobPost.OpeningsTaken"/> equal to the referrals that hold a
/// place, on every save of the context, whoever moved the referral (staff, a partner, an employer, the applicant):
/// one conditional <c>UPDATE … SET Taken = Taken + n WHERE Id = @id AND Taken + n &lt;= Capacity</c> per offer, in the
/// save's transaction. The row's update is atomic on every engine (the second writer waits for the first and
/// re-reads the row), so two referrals for the last place cannot both succeed; the loser's save throws
/// <see cref="OfferFullException"/>, which the unit of work turns into a message.
/// </summary>
internal static class PlaceCounters
{
    internal sealed record Change(Guid? ProgrammeId, Guid? JobPostId, int Delta);

    /// <summary>The change in places each offer sees from the tracked referrals, offers left unchanged omitted.</summary>
    internal static List<Change> Pending(ChangeTracker tracker) =>
        [.. tracker.Entries<Referral>()
            .Select(e => (e.Entity.ProgrammeId, e.Entity.JobPostId, Delta: Holds(e, current: true) - Holds(e, current: false)))
            .Where(c => c.Delta != 0)
            .GroupBy(c => (c.ProgrammeId, c.JobPostId))
            .Select(g => new Change(g.Key.ProgrammeId, g.Key.JobPostId, g.Sum(c => c.Delta)))
            .Where(c => c.Delta != 0)];

    private static int Holds(EntityEntry<Referral> entry, bool current) => entry.State switch
    {
        EntityState.Added => current && ReferralLifecycle.HoldsAPlace(entry.Entity.Status) ? 1 : 0,
        EntityState.Deleted => !current && ReferralLifecycle.HoldsAPlace(entry.Property(r => r.Status).OriginalValue) ? 1 : 0,
        EntityState.Modified => ReferralLifecycle.HoldsAPlace(current ? entry.Entity.Status : entry.Property(r => r.Status).OriginalValue) ? 1 : 0,
        _ => 0,
    };

    /// <summary>Applies the changes: takes only where room is left (else throws), gives back never below zero.</summary>
    internal static async Task ApplyAsync(RestartDbContext db, IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        foreach (var (programmeId, jobPostId, delta) in changes)
        {
            var touched = (programmeId, jobPostId) switch
            {
                ({ } id, _) when delta > 0 => await db.Programmes.Where(p => p.Id == id && p.PlacesTaken + delta <= p.Capacity)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.PlacesTaken, p => p.PlacesTaken + delta), cancellationToken),
                ({ } id, _) => await db.Programmes.Where(p => p.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.PlacesTaken, p => p.PlacesTaken + delta < 0 ? 0 : p.PlacesTaken + delta), cancellationToken),
                (_, { } id) when delta > 0 => await db.JobPosts.Where(j => j.Id == id && j.OpeningsTaken + delta <= j.Openings)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.OpeningsTaken, j => j.OpeningsTaken + delta), cancellationToken),
                (_, { } id) => await db.JobPosts.Where(j => j.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.OpeningsTaken, j => j.OpeningsTaken + delta < 0 ? 0 : j.OpeningsTaken + delta), cancellationToken),
                _ => 1,
            };
            if (touched == 0 && delta > 0)
            {
                throw new OfferFullException(programmeId ?? jobPostId!.Value);
            }
        }
    }
}
