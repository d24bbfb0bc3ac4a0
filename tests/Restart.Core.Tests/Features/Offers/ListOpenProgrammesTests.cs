using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Offers;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Offers;

public sealed class ListOpenProgrammesTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Only_programmes_still_open_for_application_are_listed_soonest_deadline_first(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        await OfferTestData.ProgrammeAsync(host, agency, "열흘 남음", 10);
        await OfferTestData.ProgrammeAsync(host, agency, "오늘 마감", 0);
        await OfferTestData.ProgrammeAsync(host, agency, "사흘 남음", 3);
        await OfferTestData.ProgrammeAsync(host, agency, "어제 마감", -1);
        await OfferTestData.ProgrammeAsync(host, agency, "초안", 5, p => p.Status = OfferStatus.Draft);
        await OfferTestData.ProgrammeAsync(host, agency, "종료", 5, p => p.Status = OfferStatus.Closed);

        var list = (await host.SendAsync(new ListOpenProgrammes.Query())).Value;

        list.Programmes.Items.Select(p => p.Title).ShouldBe(["오늘 마감", "사흘 남음", "열흘 남음"]);
        list.Programmes.TotalCount.ShouldBe(3);
        list.Ignored.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_nationwide_programme_is_listed_in_every_region_and_a_regional_one_only_in_its_own(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        await OfferTestData.ProgrammeAsync(host, agency, "전국 과정", 1);
        await OfferTestData.ProgrammeAsync(host, agency, "서울·경기 과정", 2, null, "11", "41");
        await OfferTestData.ProgrammeAsync(host, agency, "부산 과정", 3, null, "26");

        var seoul = (await host.SendAsync(new ListOpenProgrammes.Query { Sido = "11" })).Value.Programmes.Items;
        var busan = (await host.SendAsync(new ListOpenProgrammes.Query { Sido = "26" })).Value.Programmes.Items;
        var jeju = (await host.SendAsync(new ListOpenProgrammes.Query { Sido = "50" })).Value.Programmes.Items;

        seoul.Select(p => p.Title).ShouldBe(["전국 과정", "서울·경기 과정"]);
        busan.Select(p => p.Title).ShouldBe(["전국 과정", "부산 과정"]);
        jeju.Select(p => p.Title).ShouldBe(["전국 과정"]);
        seoul[0].Regions.ShouldBeEmpty("no region is shown as 전국");
        seoul[1].Regions.ShouldBe(["서울특별시", "경기도"]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Kind_track_and_deadline_filters_narrow_the_list(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        await OfferTestData.ProgrammeAsync(host, agency, "재취업 훈련", 5);
        await OfferTestData.ProgrammeAsync(host, agency, "점포 융자", 20, p =>
        {
            p.Kind = ProgrammeKind.Loan;
            p.Track = Track.ReFounding;
            (p.LoanLimit, p.InterestRate, p.LoanTermMonths) = (100_000_000, 1.0m, 60);
        });
        await OfferTestData.ProgrammeAsync(host, agency, "공통 훈련", 40, p => p.Track = Track.Both);

        async Task<string[]> Titles(ListOpenProgrammes.Query q) => [.. (await host.SendAsync(q)).Value.Programmes.Items.Select(p => p.Title)];

        (await Titles(new() { Kind = ProgrammeKind.Training })).ShouldBe(["재취업 훈련", "공통 훈련"]);
        (await Titles(new() { Track = Track.ReFounding })).ShouldBe(["점포 융자", "공통 훈련"], "a programme for both tracks serves either");
        (await Titles(new() { Within = 7 })).ShouldBe(["재취업 훈련"]);
        (await Titles(new() { Within = 20, Kind = ProgrammeKind.Loan })).ShouldBe(["점포 융자"]);
        var loan = (await host.SendAsync(new ListOpenProgrammes.Query { Kind = ProgrammeKind.Loan })).Value.Programmes.Items.Single();
        loan.Benefit.ShouldBe(new ListOpenProgrammes.Benefit(null, 100_000_000, 1.0m, 60));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Unusable_filter_values_are_left_out_with_a_message_and_the_other_filters_still_apply(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        await OfferTestData.ProgrammeAsync(host, agency, "훈련", 5);
        await OfferTestData.ProgrammeAsync(host, agency, "융자", 6, p => p.Kind = ProgrammeKind.Loan);

        var result = await host.SendAsync(new ListOpenProgrammes.Query { Sido = "99'; --", Kind = ProgrammeKind.Loan, Within = -3, Track = (Track)42, Page = 0 });

        result.Succeeded.ShouldBeTrue();
        result.Value.Programmes.Items.Select(p => p.Title).ShouldBe(["융자"]);
        result.Value.Programmes.Page.ShouldBe(1);
        result.Value.Ignored.Select(e => e.Field).ShouldBe(["Track", "Within", "Sido"], ignoreOrder: true);
        result.Value.Ignored.ShouldAllBe(e => e.Message.Contains("이 조건은 빼고"));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_long_list_is_read_twenty_at_a_time_and_a_page_past_the_end_shows_the_last(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        for (var i = 0; i < 23; i++)
        {
            await OfferTestData.ProgrammeAsync(host, agency, $"과정 {i:D2}", i);
        }

        var first = (await host.SendAsync(new ListOpenProgrammes.Query())).Value.Programmes;
        var second = (await host.SendAsync(new ListOpenProgrammes.Query { Page = 2 })).Value.Programmes;
        var beyond = (await host.SendAsync(new ListOpenProgrammes.Query { Page = 99 })).Value.Programmes;

        first.Items.Count.ShouldBe(20);
        first.TotalCount.ShouldBe(23);
        second.Items.Select(p => p.Title).ShouldBe(["과정 20", "과정 21", "과정 22"]);
        beyond.Page.ShouldBe(2);
    }
}
