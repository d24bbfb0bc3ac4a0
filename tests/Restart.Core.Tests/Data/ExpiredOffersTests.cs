using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Tests.Features.Employer;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

public sealed class ExpiredOffersTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Open_posts_and_programmes_close_the_day_after_their_deadline_once_even_with_two_instances(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        host.Clock.Now = EmployerTestData.Now;
        var today = EmployerTestData.Today;
        var companyId = await EmployerTestData.AddCompanyAsync(host);
        var ct = TestContext.Current.CancellationToken;
        var agency = new Agency { Name = "테스트기관", SidoCode = "11", CreatedAt = EmployerTestData.Now.UtcDateTime };
        await using (var db = host.Database.NewContext())
        {
            db.Agencies.Add(agency);
            // More expired posts than one batch, so the job goes round more than once.
            for (var i = 0; i < ExpiredOffers.BatchSize + 3; i++)
            {
                db.JobPosts.Add(Post(companyId, $"지난 {i}", today.AddDays(-1 - (i % 3)), OfferStatus.Open));
            }

            db.JobPosts.AddRange(Post(companyId, "오늘 마감", today, OfferStatus.Open), Post(companyId, "작성 중", today.AddDays(-9), OfferStatus.Draft));
            db.Programmes.AddRange(Programme(agency.Id, "지난 과정", today.AddDays(-1)), Programme(agency.Id, "오늘까지", today));
            await db.SaveChangesAsync(ct);
        }

        await using var second = await CoreHost.StartOnAsync(host.Database, cancellationToken: ct);
        second.Clock.Now = EmployerTestData.Now;
        var runs = await Task.WhenAll(CloseAsync(host), CloseAsync(second));
        var rerun = await CloseAsync(host);

        runs.Sum(r => r.JobPosts).ShouldBe(ExpiredOffers.BatchSize + 3, "each expired post closed once, whichever instance did it");
        runs.Sum(r => r.Programmes).ShouldBe(1);
        rerun.ShouldBe(new ExpiredOffers.Closed(0, 0));
        await using var check = host.Database.NewContext();
        (await check.JobPosts.Where(j => j.Status == OfferStatus.Open).Select(j => j.Title).ToListAsync(ct)).ShouldBe(["오늘 마감"]);
        (await check.JobPosts.Where(j => j.Title == "작성 중").Select(j => j.Status).SingleAsync(ct)).ShouldBe(OfferStatus.Draft, "a draft is not published, so not closed");
        (await check.JobPosts.Where(j => j.Status == OfferStatus.Closed).AllAsync(j => j.ClosedAt != null, ct)).ShouldBeTrue();
        (await check.Programmes.Where(p => p.Status == OfferStatus.Open).Select(p => p.Title).ToListAsync(ct)).ShouldBe(["오늘까지"]);
        (await check.Programmes.Where(p => p.Title == "지난 과정").Select(p => p.ClosedAt).SingleAsync(ct)).ShouldNotBeNull();
    }

    private static Task<ExpiredOffers.Closed> CloseAsync(CoreHost host) =>
        host.InScopeAsync(p => p.GetRequiredService<ExpiredOffers>().CloseAsync(TestContext.Current.CancellationToken));

    private static JobPost Post(Guid companyId, string title, DateOnly closesOn, OfferStatus status) => new()
    {
        CompanyId = companyId,
        Title = title,
        OccupationCode = "5312",
        SidoCode = "11",
        SigunguCode = "11680",
        WageAmount = 2_600_000,
        MonthlyWage = 2_600_000,
        WeeklyHours = 40,
        Description = "설명",
        OpensOn = closesOn.AddDays(-30),
        ClosesOn = closesOn,
        Status = status,
        CreatedAt = EmployerTestData.Now.UtcDateTime,
    };

    private static Programme Programme(Guid agencyId, string title, DateOnly applyUntil) => new()
    {
        AgencyId = agencyId,
        Title = title,
        Description = "설명",
        ApplyFrom = applyUntil.AddDays(-30),
        ApplyUntil = applyUntil,
        Capacity = 10,
        Status = OfferStatus.Open,
        CreatedAt = EmployerTestData.Now.UtcDateTime,
    };
}
