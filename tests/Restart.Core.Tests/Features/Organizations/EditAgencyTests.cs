using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Organizations;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Organizations.OrganizationsTestData;

namespace Restart.Core.Tests.Features.Organizations;

public sealed class EditAgencyTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_agency_a_manager_registers_joins_their_council_and_serves_the_regions_chosen(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ManagerOfAsync(host, "GYEONGGI");
        var command = Agency("경기도일자리재단 북부센터", "41");
        command.Regions = ["41", "11"];
        command.BusinessNumber = "2208100016";

        var created = await host.SendAsync(command);

        created.Succeeded.ShouldBeTrue(string.Join(", ", created.Errors.Select(e => e.Message)));
        var office = await TestData.OfficeIdAsync(host, "GYEONGGI");
        await using var db = host.Database.NewContext();
        var agency = await db.Agencies.Include(a => a.Regions).SingleAsync(a => a.Id == created.Value, TestContext.Current.CancellationToken);
        agency.BusinessNumber.ShouldBe("2208100016");
        agency.Regions.Select(r => r.SidoCode).Order().ShouldBe(["11", "41"]);
        (await db.CouncilMembers.Where(m => m.AgencyId == agency.Id).Select(m => m.RegionalOfficeId).ToListAsync(TestContext.Current.CancellationToken))
            .ShouldBe([office]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_administrator_chooses_the_councils_and_a_stale_edit_is_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var seoul = await TestData.OfficeIdAsync(host, "SEOUL");
        var gyeonggi = await TestData.OfficeIdAsync(host, "GYEONGGI");
        var command = Agency();
        command.Offices = [seoul, gyeonggi];
        var id = (await host.SendAsync(command)).Value;

        var first = (await host.SendAsync(new EditAgency.Query { Id = id })).Value.Data;
        var second = (await host.SendAsync(new EditAgency.Query { Id = id })).Value.Data;
        first.Offices.Order().ShouldBe(new[] { seoul, gyeonggi }.Order());
        first.Offices = [seoul];
        first.Regions = ["11", "41"];
        (await host.SendAsync(first)).Succeeded.ShouldBeTrue();
        second.Summary = "다른 설명";
        var stale = await host.SendAsync(second);

        stale.Status.ShouldBe(ResultStatus.Conflict);
        await using var db = host.Database.NewContext();
        (await db.CouncilMembers.Where(m => m.AgencyId == id).Select(m => m.RegionalOfficeId).ToListAsync(TestContext.Current.CancellationToken)).ShouldBe([seoul]);
        (await db.AgencyRegions.CountAsync(r => r.AgencyId == id, TestContext.Current.CancellationToken)).ShouldBe(2);
        (await db.Agencies.SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken)).Summary.ShouldBe("국민취업지원제도, 실업급여, 직업훈련 상담");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_wrong_check_digit_kind_phone_and_website_are_each_explained(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ManagerOfAsync(host, "SEOUL");
        var command = Agency();
        command.BusinessNumber = "220-81-00017";
        command.Kind = (AgencyKind)99;
        command.Phone = "전화";
        command.Website = "javascript:alert(1)";
        command.SidoCode = "99";

        var result = await host.SendAsync(command);

        result.Status.ShouldBe(ResultStatus.Invalid);
        result.Errors.ShouldContain(e => e.Field == "BusinessNumber" && e.Message.Contains("사업자등록번호가 올바르지 않습니다"));
        result.Errors.ShouldContain(e => e.Field == "Kind");
        result.Errors.ShouldContain(e => e.Field == "Phone");
        result.Errors.ShouldContain(e => e.Field == "Website");
        result.Errors.ShouldContain(e => e.Field == "SidoCode");
        await using var db = host.Database.NewContext();
        (await db.Agencies.AnyAsync(a => a.Name == command.Name, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_manager_of_another_office_neither_sees_nor_edits_the_agency(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ManagerOfAsync(host, "SEOUL");
        var id = (await host.SendAsync(Agency())).Value;
        var edit = (await host.SendAsync(new EditAgency.Query { Id = id })).Value.Data;

        await ManagerOfAsync(host, "BUSAN-ULSAN");
        edit.Name = "가로챈 이름";

        (await host.SendAsync(new EditAgency.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new GetAgency.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(edit)).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ListAgencies.Query { Search = "서울중부" })).Value.TotalCount.ShouldBe(0);

        var busan = await TestData.OfficeIdAsync(host, "BUSAN-ULSAN");
        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = busan);
        (await host.SendAsync(new ListAgencies.Query())).Status.ShouldBe(ResultStatus.Forbidden, "counselors do not manage organisations");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_manager_sees_council_members_based_elsewhere_and_agencies_based_in_their_region(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var seoul = await TestData.OfficeIdAsync(host, "SEOUL");
        var member = Agency("경기 소재 서울협의회 회원", "41");
        member.Offices = [seoul];
        await host.SendAsync(member);
        await host.SendAsync(Agency("서울 소재 비회원", "11"));
        await host.SendAsync(Agency("부산 소재 비회원", "26"));

        await ManagerOfAsync(host, "SEOUL");
        var names = (await host.SendAsync(new ListAgencies.Query())).Value.Items.Select(a => a.Name).ToList();

        names.ShouldContain("경기 소재 서울협의회 회원");
        names.ShouldContain("서울 소재 비회원");
        names.ShouldNotContain("부산 소재 비회원");
    }
}
