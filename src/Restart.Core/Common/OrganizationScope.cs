using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// The organisations a staff member manages: an administrator all of them; a regional manager the agencies
/// of their office's council or based in a 시·도 the office covers, and the companies located in those 시·도.
/// Anything else is, for them, not there (404), like another office's case.
/// </summary>
public static class OrganizationScope
{
    public static bool SeesAll(ICurrentUser user) => user.IsInRole(Roles.Administrator);

    /// <summary>The office of a regional manager; null for anyone else.</summary>
    public static Guid? ManagerOffice(ICurrentUser user) =>
        user.IsInRole(Roles.RegionalManager) ? user.RegionalOfficeId : null;

    public static IQueryable<Agency> Agencies(RestartDbContext db, ICurrentUser user)
    {
        if (SeesAll(user))
        {
            return db.Agencies;
        }

        if (ManagerOffice(user) is not { } office)
        {
            return db.Agencies.Where(_ => false);
        }

        var sidos = db.RegionalOfficeCoverage.Where(c => c.RegionalOfficeId == office).Select(c => c.SidoCode);
        return db.Agencies.Where(a => sidos.Contains(a.SidoCode) || db.CouncilMembers.Any(m => m.RegionalOfficeId == office && m.AgencyId == a.Id));
    }

    public static IQueryable<Company> Companies(RestartDbContext db, ICurrentUser user)
    {
        if (SeesAll(user))
        {
            return db.Companies;
        }

        if (ManagerOffice(user) is not { } office)
        {
            return db.Companies.Where(_ => false);
        }

        // Along the index on the company's 시·군·구: the office's 시·군·구 first, then their companies.
        var districts = Districts(db, office);
        return db.Companies.Where(c => districts.Contains(c.SigunguCode));
    }

    /// <summary>Whether the sender may place a company in <paramref name="sigunguCode"/>: anywhere for an administrator, in their office's 시·도 for a manager.</summary>
    public static async Task<bool> CoversDistrictAsync(RestartDbContext db, ICurrentUser user, string? sigunguCode, CancellationToken cancellationToken) =>
        SeesAll(user) || (ManagerOffice(user) is { } office && await Districts(db, office).AnyAsync(code => code == sigunguCode, cancellationToken));

    private static IQueryable<string> Districts(RestartDbContext db, Guid office)
    {
        var sidos = db.RegionalOfficeCoverage.Where(c => c.RegionalOfficeId == office).Select(c => c.SidoCode);
        return db.Sigungus.Where(s => sidos.Contains(s.SidoCode)).Select(s => s.Code);
    }
}
