using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Offers;

/// <summary>Agencies, companies, programmes and job posts written straight into the database, on a fixed day in Korea.</summary>
internal static class OfferTestData
{
    /// <summary>The day the tests run on: 2026-12-01 in Korea (noon).</summary>
    internal static readonly DateOnly Today = new(2026, 12, 1);

    internal static void FixClock(CoreHost host) => host.Clock.Now = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    internal static async Task<Guid> AgencyAsync(CoreHost host, string name = "서울강남고용복지플러스센터")
    {
        var agency = new Agency
        {
            Name = name,
            Kind = AgencyKind.EmploymentWelfareCenter,
            SidoCode = "11",
            Phone = "02-3468-4794",
            Website = "https://www.work24.go.kr",
            ContactName = "담당자 홍길동",
            ContactEmail = "hong@agency.test",
            ContactPhone = "010-9999-8888",
            CreatedAt = DateTime.UtcNow,
        };
        await using var db = host.Database.NewContext();
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return agency.Id;
    }

    internal static async Task<Guid> CompanyAsync(CoreHost host, bool verified, string name = "성수푸드", string sigungu = "11200")
    {
        var company = new Company
        {
            Name = name,
            SigunguCode = sigungu,
            IndustryCode = "56111",
            ContactName = "인사담당 김철수",
            ContactEmail = "hr@company.test",
            IsAgreementCompany = true,
            VerifiedAt = verified ? DateTime.UtcNow : null,
            CreatedAt = DateTime.UtcNow,
        };
        await using var db = host.Database.NewContext();
        db.Companies.Add(company);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return company.Id;
    }

    /// <summary>An open programme whose application closes <paramref name="closesIn"/> days from <see cref="Today"/>, serving <paramref name="sidos"/> (none: nationwide).</summary>
    internal static async Task<Guid> ProgrammeAsync(CoreHost host, Guid agencyId, string title, int closesIn, Action<Programme>? shape = null, params string[] sidos)
    {
        var programme = new Programme
        {
            AgencyId = agencyId,
            Title = title,
            Description = title + " 안내",
            Kind = ProgrammeKind.Training,
            Track = Track.ReEmployment,
            ApplyFrom = Today.AddDays(-30),
            ApplyUntil = Today.AddDays(closesIn),
            Capacity = 20,
            Status = OfferStatus.Open,
            CreatedAt = DateTime.UtcNow,
        };
        programme.Regions.AddRange(sidos.Select(s => new ProgrammeRegion { ProgrammeId = programme.Id, SidoCode = s }));
        shape?.Invoke(programme);
        await using var db = host.Database.NewContext();
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return programme.Id;
    }

    /// <summary>An open post (한식 조리사 in 성동구, 월 250만 원) closing <paramref name="closesIn"/> days from <see cref="Today"/>.</summary>
    internal static async Task<Guid> JobAsync(CoreHost host, Guid companyId, string title, int closesIn, Action<JobPost>? shape = null)
    {
        var job = new JobPost
        {
            CompanyId = companyId,
            Title = title,
            Description = title + " 업무",
            OccupationCode = "5312",
            SidoCode = "11",
            SigunguCode = "11200",
            WageKind = WageKind.Monthly,
            WageAmount = 2_500_000,
            MonthlyWage = 2_500_000,
            WeeklyHours = 40,
            OpensOn = Today.AddDays(-10),
            ClosesOn = Today.AddDays(closesIn),
            Status = OfferStatus.Open,
            CreatedAt = DateTime.UtcNow,
        };
        shape?.Invoke(job);
        await using var db = host.Database.NewContext();
        db.JobPosts.Add(job);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return job.Id;
    }
}
