using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// What a partner agency sees of referrals: one rule for the list, the detail, the answers and the home page,
/// so that none of them shows a person the others would hide.
/// </summary>
public static class PartnerReferrals
{
    /// <summary>
    /// The referrals to <paramref name="agencyId"/> that staff have made (not matching's mere suggestions) of people
    /// whose latest third-party consent (제3자 제공) is a yes. The consent is read in the same query, one
    /// correlated subquery on the (UserId, Item, Id) index per row, so a withdrawal hides the person at once.
    /// </summary>
    public static IQueryable<Referral> SeenBy(this IQueryable<Referral> referrals, RestartDbContext db, Guid agencyId) =>
        referrals.Where(r => r.AgencyId == agencyId && r.Status != ReferralStatus.Suggested
            && db.Consents.Where(c => c.UserId == r.ApplicantUserId && c.Item == ConsentItem.ThirdParty)
                .OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted).FirstOrDefault() == true);
}
