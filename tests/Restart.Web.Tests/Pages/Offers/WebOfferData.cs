using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Offers;

/// <summary>An agency's programmes and a company's job posts written straight into the portal's database, each titled uniquely.</summary>
internal static class WebOfferData
{
    internal static DateOnly Today => TimeProvider.System.Today();

    internal static async Task<T> InDatabaseAsync<T>(RestartWebFactory factory, Func<RestartDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RestartDbContext>());
    }

    internal static Task<Guid> ProgrammeAsync(RestartWebFactory factory, string title, Action<Programme>? shape = null) => InDatabaseAsync(factory, async db =>
    {
        var agency = new Agency
        {
            Name = "웹테스트 고용센터",
            Kind = AgencyKind.EmploymentWelfareCenter,
            SidoCode = "11",
            Phone = "02-1234-5678",
            Website = "https://agency.example.kr",
            ContactName = "비공개담당자",
            ContactPhone = "010-5555-4444",
            CreatedAt = DateTime.UtcNow,
        };
        var programme = new Programme
        {
            AgencyId = agency.Id,
            Title = title,
            Description = "설명 " + title,
            Kind = ProgrammeKind.Training,
            Track = Track.ReEmployment,
            ApplyFrom = Today.AddDays(-5),
            ApplyUntil = Today.AddDays(20),
            Capacity = 10,
            BenefitAmount = 500_000,
            Status = OfferStatus.Open,
            CreatedAt = DateTime.UtcNow,
        };
        shape?.Invoke(programme);
        db.AddRange(agency, programme);
        await db.SaveChangesAsync();
        return programme.Id;
    });

    internal static Task<Guid> JobAsync(RestartWebFactory factory, string title, bool verified = true, Action<JobPost>? shape = null) => InDatabaseAsync(factory, async db =>
    {
        var company = new Company
        {
            Name = "웹테스트식당",
            SigunguCode = "11200",
            IndustryCode = "56111",
            ContactName = "비공개인사",
            ContactEmail = "hr@web.test",
            VerifiedAt = verified ? DateTime.UtcNow : null,
            CreatedAt = DateTime.UtcNow,
        };
        var job = new JobPost
        {
            CompanyId = company.Id,
            Title = title,
            Description = "업무 " + title,
            OccupationCode = "5312",
            SidoCode = "11",
            SigunguCode = "11200",
            WageKind = WageKind.Hourly,
            WageAmount = 12_000,
            WeeklyHours = 40,
            MonthlyWage = Wages.MonthlyEquivalent(WageKind.Hourly, 12_000, 40),
            OpensOn = Today.AddDays(-3),
            ClosesOn = Today.AddDays(15),
            MiddleAgedWelcome = true,
            Status = OfferStatus.Open,
            CreatedAt = DateTime.UtcNow,
        };
        job.Qualifications.Add(new JobPostQualification { JobPostId = job.Id, QualificationCode = "7910" });
        shape?.Invoke(job);
        db.AddRange(company, job);
        await db.SaveChangesAsync();
        return job.Id;
    });

    internal static Task RenameProgrammeAsync(RestartWebFactory factory, Guid id, string title) => InDatabaseAsync(factory, async db =>
        await db.Programmes.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, title)));
}
