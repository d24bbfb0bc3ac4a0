using Microsoft.EntityFrameworkCore;

namespace Restart.Core.Data;

/// <summary>
/// Which office serves a place. An office covers whole 시·도 (<c>RegionalOfficeCoverage</c>), except the
/// 시·군·구 another office takes out of it (<c>RegionalOfficeDistrict</c>: 경기북부 takes 고양, 의정부, 파주 … out of 경기).
/// </summary>
public static class OfficeAreas
{
    /// <summary>The office that takes the cases of a person living in <paramref name="sigunguCode"/>.</summary>
    public static async Task<Guid> OfficeForAsync(this RestartDbContext db, string sigunguCode, CancellationToken cancellationToken)
    {
        var district = await db.RegionalOfficeDistricts.Where(d => d.SigunguCode == sigunguCode).Select(d => (Guid?)d.RegionalOfficeId)
            .SingleOrDefaultAsync(cancellationToken);
        if (district is { } taken)
        {
            return taken;
        }

        var sido = sigunguCode[..2];
        return await db.RegionalOfficeCoverage.Where(c => c.SidoCode == sido).Select(c => c.RegionalOfficeId).SingleAsync(cancellationToken);
    }

    /// <summary>The 시·군·구 codes an office serves, as a query to compose with others.</summary>
    public static IQueryable<string> SigungusOf(this RestartDbContext db, Guid officeId) =>
        db.Sigungus.Where(s =>
                db.RegionalOfficeDistricts.Any(d => d.RegionalOfficeId == officeId && d.SigunguCode == s.Code)
                || (db.RegionalOfficeCoverage.Any(c => c.RegionalOfficeId == officeId && c.SidoCode == s.SidoCode)
                    && !db.RegionalOfficeDistricts.Any(d => d.SigunguCode == s.Code)))
            .Select(s => s.Code);
}
