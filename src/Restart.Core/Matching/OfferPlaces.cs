namespace Restart.Core.Matching;

/// <summary>
/// Places left in a programme and openings left in a job post. The offers keep the count themselves
/// (<c>Programme.PlacesTaken</c>, <c>JobPost.OpeningsTaken</c>, kept on every save of a referral: ADR 0019),
/// so matching reads the same figure the partner's and employer's pages show.
/// </summary>
public static class OfferPlaces
{
    /// <summary>Places or openings an offer still has.</summary>
    public static int Left(int capacityOrOpenings, int takenOrFilled) => Math.Max(0, capacityOrOpenings - takenOrFilled);
}
