using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;
using Case = Restart.Core.Domain.Case;

namespace Restart.Core.Tests.Features.Reports;

/// <summary>Agencies, programmes, companies, posts and referrals walked along their steps, straight into the database, for the referral reports' known answers.</summary>
internal static class ReferralReportTestData
{
    /// <summary>10:00 in Seoul on 20 November 2026; the reports ask for November.</summary>
    internal static readonly DateTimeOffset Now = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    internal static readonly DateTime November = new(2026, 11, 5, 1, 0, 0, DateTimeKind.Utc);
    internal static readonly DateTime October = new(2026, 10, 20, 1, 0, 0, DateTimeKind.Utc);

    internal static async Task<Guid> AgencyAsync(CoreHost host, string name, params string[] councils)
    {
        await using var db = host.Database.NewContext();
        var agency = new Agency { Name = name, Kind = AgencyKind.EmploymentWelfareCenter, SidoCode = "11", CreatedAt = Now.UtcDateTime };
        db.Agencies.Add(agency);
        db.CouncilMembers.AddRange(councils.Select(c => new CouncilMember { RegionalOfficeId = TestData.OfficeOf(host, c), AgencyId = agency.Id, JoinedOn = new DateOnly(2025, 3, 1) }));
        await db.SaveChangesAsync();
        return agency.Id;
    }

    /// <summary>A programme applied for from <paramref name="applyFrom"/> for a month.</summary>
    internal static async Task<Guid> ProgrammeAsync(CoreHost host, Guid agencyId, string title, int capacity = 20, OfferStatus status = OfferStatus.Open,
        DateOnly? applyFrom = null, Guid? pilotId = null)
    {
        var from = applyFrom ?? new DateOnly(2026, 11, 1);
        await using var db = host.Database.NewContext();
        var programme = new Programme
        {
            AgencyId = agencyId, Title = title, Kind = ProgrammeKind.Training, Track = Track.ReEmployment, Description = "과정", Capacity = capacity,
            ApplyFrom = from, ApplyUntil = from.AddMonths(1), Status = status, CreatedAt = Now.UtcDateTime, PilotProjectId = pilotId,
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return programme.Id;
    }

    internal static async Task<Guid> CompanyAsync(CoreHost host, string name)
    {
        await using var db = host.Database.NewContext();
        var company = new Company { Name = name, SigunguCode = "11200", CreatedAt = Now.UtcDateTime, VerifiedAt = Now.UtcDateTime };
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company.Id;
    }

    internal static async Task<Guid> PostAsync(CoreHost host, Guid companyId, string title, OfferStatus status = OfferStatus.Open, DateOnly? opensOn = null)
    {
        var from = opensOn ?? new DateOnly(2026, 11, 1);
        await using var db = host.Database.NewContext();
        var post = new JobPost
        {
            CompanyId = companyId, Title = title, OccupationCode = "5312", SidoCode = "11", SigunguCode = "11200", WageAmount = 2_600_000, MonthlyWage = 2_600_000,
            WeeklyHours = 40, Openings = 30, Description = "주방", OpensOn = from, ClosesOn = from.AddMonths(1), Status = status, CreatedAt = Now.UtcDateTime,
        };
        db.JobPosts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    internal static async Task<Guid> PilotAsync(CoreHost host, string office, string title, int planned, DateOnly? endsOn = null)
    {
        await using var db = host.Database.NewContext();
        var pilot = new PilotProject
        {
            RegionalOfficeId = TestData.OfficeOf(host, office), Title = title, StartsOn = new DateOnly(2026, 3, 1), EndsOn = endsOn ?? new DateOnly(2026, 12, 31),
            TargetGroup = "폐업 소상공인", PlannedPlaces = planned, CreatedAt = Now.UtcDateTime,
        };
        db.PilotProjects.Add(pilot);
        await db.SaveChangesAsync();
        return pilot.Id;
    }

    /// <summary>
    /// <paramref name="count"/> people, each with a case of <paramref name="office"/>, referred at <paramref name="at"/> to the programme (of its agency) or the
    /// post (of its company) and moved along <paramref name="path"/> from Suggested.
    /// </summary>
    internal static async Task ReferralsAsync(CoreHost host, int count, DateTime at, ReferralStatus[] path, (Guid Agency, Guid Programme)? programme = null,
        (Guid Company, Guid Post)? post = null, string office = "SEOUL")
    {
        var officeId = TestData.OfficeOf(host, office);
        await using var db = host.Database.NewContext();
        for (var i = 0; i < count; i++)
        {
            var user = new ApplicationUser { UserName = $"rr-{Guid.NewGuid():N}@test.restart", DisplayName = "신청인", CreatedAt = at };
            db.Users.Add(user);
            var theCase = new Case { ApplicantUserId = user.Id, CreatedAt = at, UpdatedAt = at, Track = Track.ReEmployment };
            theCase.Submit($"2026-{Random.Shared.Next(100000, 999999):D6}", officeId, user.Id, at);
            db.Cases.Add(theCase);
            var referral = new Referral
            {
                CaseId = theCase.Id, ApplicantUserId = user.Id, RegionalOfficeId = officeId, CreatedAt = at, UpdatedAt = at, CreatedByUserId = user.Id,
                ProgrammeId = programme?.Programme, AgencyId = programme?.Agency, JobPostId = post?.Post, CompanyId = post?.Company,
            };
            foreach (var to in path)
            {
                referral.MoveTo(to, user.Id, at).ShouldBeTrue($"{to} for the test's set-up");
            }

            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync();
    }
}
