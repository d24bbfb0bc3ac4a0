using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Offers;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Offers;

public sealed class ListOpenJobsTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Only_open_posts_of_verified_companies_are_listed_soonest_deadline_first(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var verified = await OfferTestData.CompanyAsync(host, verified: true);
        var unverified = await OfferTestData.CompanyAsync(host, verified: false, "미인증상사");
        await OfferTestData.JobAsync(host, verified, "주방 보조", 9);
        await OfferTestData.JobAsync(host, verified, "오늘 마감 조리사", 0);
        await OfferTestData.JobAsync(host, verified, "어제 마감", -1);
        await OfferTestData.JobAsync(host, verified, "초안", 3, j => j.Status = OfferStatus.Draft);
        await OfferTestData.JobAsync(host, verified, "마감됨", 3, j => j.Status = OfferStatus.Closed);
        await OfferTestData.JobAsync(host, unverified, "미인증 기업 공고", 3);

        var list = (await host.SendAsync(new ListOpenJobs.Query())).Value;

        list.Jobs.Items.Select(j => j.Title).ShouldBe(["오늘 마감 조리사", "주방 보조"]);
        list.Jobs.TotalCount.ShouldBe(2);
        var row = list.Jobs.Items[0];
        (row.Company, row.Sido, row.Sigungu, row.Occupation).ShouldBe(("성수푸드", "서울특별시", "성동구", "한식 조리사"));
        (row.WageKind, row.WageAmount, row.WeeklyHours).ShouldBe((WageKind.Monthly, 2_500_000, 40));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Region_occupation_wage_type_deadline_and_flags_each_narrow_the_list(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var company = await OfferTestData.CompanyAsync(host, verified: true);
        await OfferTestData.JobAsync(host, company, "성동 조리사", 3);
        await OfferTestData.JobAsync(host, company, "장안구 청소원", 5, j =>
        {
            (j.SidoCode, j.SigunguCode, j.OccupationCode) = ("41", "41111", "5611");
            (j.WageKind, j.WageAmount, j.WeeklyHours, j.MonthlyWage) = (WageKind.Hourly, 10_320, 20, 1_078_000);
            (j.EmploymentType, j.MiddleAgedWelcome) = (EmploymentType.PartTime, true);
        });
        await OfferTestData.JobAsync(host, company, "강남 지게차", 30, j =>
        {
            (j.SigunguCode, j.OccupationCode, j.MonthlyWage, j.WageAmount, j.TrainingProvided) = ("11680", "6230", 3_200_000, 3_200_000, true);
        });

        async Task<string[]> Titles(ListOpenJobs.Query q) => [.. (await host.SendAsync(q)).Value.Jobs.Items.Select(j => j.Title)];

        (await Titles(new() { Sido = "11" })).ShouldBe(["성동 조리사", "강남 지게차"]);
        (await Titles(new() { Sigungu = "11680" })).ShouldBe(["강남 지게차"]);
        (await Titles(new() { Sigungu = "41110" })).ShouldBe(["장안구 청소원"], "수원시 takes in its 일반구");
        (await Titles(new() { Occupation = "5" })).ShouldBe(["성동 조리사", "장안구 청소원"]);
        (await Titles(new() { Occupation = "53" })).ShouldBe(["성동 조리사"]);
        (await Titles(new() { MinWage = 2_000_000 })).ShouldBe(["성동 조리사", "강남 지게차"], "an hourly wage is compared by its monthly equivalent");
        (await Titles(new() { Type = EmploymentType.PartTime })).ShouldBe(["장안구 청소원"]);
        (await Titles(new() { Within = 7 })).ShouldBe(["성동 조리사", "장안구 청소원"]);
        (await Titles(new() { MiddleAged = true })).ShouldBe(["장안구 청소원"]);
        (await Titles(new() { Training = true })).ShouldBe(["강남 지게차"]);
        (await Titles(new() { Sido = "11", MinWage = 3_000_000, Training = true })).ShouldBe(["강남 지게차"]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Unusable_filter_values_are_left_out_with_a_message_and_the_other_filters_still_apply(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var company = await OfferTestData.CompanyAsync(host, verified: true);
        await OfferTestData.JobAsync(host, company, "조리사", 3);
        await OfferTestData.JobAsync(host, company, "교육 제공 조리사", 4, j => j.TrainingProvided = true);

        var result = await host.SendAsync(new ListOpenJobs.Query
        {
            Sido = "XX",
            Sigungu = "99999",
            Occupation = "531",
            MinWage = -100,
            Within = 9999,
            Type = (EmploymentType)0,
            Training = true,
            Page = -4,
        });

        result.Succeeded.ShouldBeTrue();
        result.Value.Jobs.Items.Select(j => j.Title).ShouldBe(["교육 제공 조리사"]);
        result.Value.Ignored.Select(e => e.Field).ShouldBe(["Sido", "Sigungu", "Occupation", "MinWage", "Within", "Type"], ignoreOrder: true);
        result.Value.Ignored.Single(e => e.Field == "MinWage").Message.ShouldStartWith("최저 임금 조건은 0 이상으로");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_long_list_is_read_twenty_at_a_time(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var company = await OfferTestData.CompanyAsync(host, verified: true);
        for (var i = 0; i < 21; i++)
        {
            await OfferTestData.JobAsync(host, company, $"공고 {i:D2}", i);
        }

        var second = (await host.SendAsync(new ListOpenJobs.Query { Page = 2 })).Value.Jobs;

        second.Items.Select(j => j.Title).ShouldBe(["공고 20"]);
        (second.TotalCount, second.PageCount).ShouldBe((21, 2));
    }
}
