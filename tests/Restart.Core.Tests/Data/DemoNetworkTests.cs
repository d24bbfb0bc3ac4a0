using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

/// <summary>What a newcomer signing in to the demo sees of the regional network (issue 9).</summary>
public sealed class DemoNetworkTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_Seoul_and_Gyeonggi_North_councils_have_their_members_pilots_and_verified_employers(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, demoData: true);
        await using var db = host.Database.NewContext();
        var ct = TestContext.Current.CancellationToken;

        foreach (var code in new[] { "SEOUL", "GYEONGGI-NORTH" })
        {
            var office = await db.RegionalOffices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(ct);
            var members = await db.CouncilMembers.Where(m => m.RegionalOfficeId == office).Select(m => m.Agency!.Kind).ToListAsync(ct);
            members.Count.ShouldBeInRange(8, 12, code);
            members.Distinct().Count().ShouldBeGreaterThanOrEqualTo(6, $"{code}: a council gathers agencies of many kinds");
            var pilots = await db.PilotProjects.Where(p => p.RegionalOfficeId == office)
                .Select(p => new { Members = p.Members.Count, Programmes = db.Programmes.Count(g => g.PilotProjectId == p.Id) }).ToListAsync(ct);
            pilots.ShouldNotBeEmpty(code);
            pilots.ShouldAllBe(p => p.Members >= 2 && p.Programmes >= 1);

            var area = db.SigungusOf(office);
            var employers = await db.Companies.Where(c => c.VerifiedAt != null && area.Contains(c.SigunguCode)
                && db.JobPosts.Any(j => j.CompanyId == c.Id && j.Status == OfferStatus.Open)).CountAsync(ct);
            employers.ShouldBeGreaterThanOrEqualTo(10, $"{code}: verified companies with open posts");
        }

        (await db.Companies.CountAsync(c => c.VerifiedAt != null && db.JobPosts.Any(j => j.CompanyId == c.Id && j.Status == OfferStatus.Open), ct)).ShouldBeGreaterThanOrEqualTo(10);
        (await db.JobPosts.AnyAsync(j => j.CompanyId == db.Companies.Where(c => c.VerifiedAt == null).Select(c => c.Id).First() && j.Status == OfferStatus.Open, ct))
            .ShouldBeFalse("an unverified company's posts stay drafts");
        (await db.Programmes.Where(p => p.Kind == ProgrammeKind.CompanyLinkedTraining).AllAsync(p => p.PartnerCompanyId != null, ct)).ShouldBeTrue();
        (await db.Agencies.AllAsync(a => a.BusinessNumber != null, ct)).ShouldBeTrue();
        (await db.Agencies.Select(a => a.BusinessNumber!).ToListAsync(ct)).ShouldAllBe(n => BusinessNumber.IsValid(n));
        (await db.Referrals.CountAsync(ct)).ShouldBeGreaterThan(0, "the demo partner and employer have referrals to answer");
    }
}
