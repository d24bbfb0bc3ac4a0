using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Network;

/// <summary>A council written straight into the database: agencies, their membership and programmes.</summary>
internal static class NetworkTestData
{
    internal static async Task<Guid> MemberAsync(CoreHost host, string office, string name, AgencyKind kind = AgencyKind.JobFoundation, string sido = "11")
    {
        var officeId = await TestData.OfficeIdAsync(host, office);
        await using var db = host.Database.NewContext();
        var agency = new Agency
        {
            Name = name, Kind = kind, SidoCode = sido, Summary = name + " 소개", Phone = "02-123-4567", Website = "https://example.org",
            ContactName = "담당 " + name, ContactEmail = "contact@example.org", ContactPhone = "010-2222-3333", CreatedAt = DateTime.UtcNow,
        };
        agency.Regions.Add(new AgencyRegion { AgencyId = agency.Id, SidoCode = sido });
        db.Agencies.Add(agency);
        db.CouncilMembers.Add(new CouncilMember { RegionalOfficeId = officeId, AgencyId = agency.Id, JoinedOn = new DateOnly(2026, 1, 5) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return agency.Id;
    }

    internal static async Task<Guid> ProgrammeAsync(CoreHost host, Guid agencyId, string title, OfferStatus status = OfferStatus.Open, int daysLeft = 30)
    {
        await using var db = host.Database.NewContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var programme = new Programme
        {
            AgencyId = agencyId, Title = title, Kind = ProgrammeKind.Training, Track = Track.ReEmployment, Description = title,
            ApplyFrom = today.AddDays(-10), ApplyUntil = today.AddDays(daysLeft), Capacity = 20, Status = status, CreatedAt = DateTime.UtcNow,
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return programme.Id;
    }
}
