using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Network;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Network.NetworkTestData;

namespace Restart.Core.Tests.Features.Network;

public sealed class EditPilotTests
{
    private static EditPilot.Command Pilot(params Guid[] members) => new()
    {
        Title = "폐업 소상공인 재창업 연계 시범사업",
        StartsOn = new DateOnly(2026, 4, 1),
        EndsOn = new DateOnly(2026, 10, 31),
        Members = [.. members],
        TargetGroup = "재창업을 준비하는 폐업 소상공인",
        PlannedPlaces = 30,
        Description = "상담부터 자금 연계까지 공동 운영",
    };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_pilot_needs_two_council_members_an_ordered_period_and_at_least_one_place(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var member = await MemberAsync(host, "SEOUL", "서울일자리재단");
        var outsider = await MemberAsync(host, "BUSAN-ULSAN", "부산광역자활센터", AgencyKind.SelfSufficiencyCenter, "26");
        await CaseTestData.StaffAsync(host, Roles.RegionalManager);

        var bad = Pilot(member);
        bad.EndsOn = new DateOnly(2026, 3, 1);
        bad.PlannedPlaces = 0;
        bad.Title = " ";
        var invalid = await host.SendAsync(bad);
        var foreign = await host.SendAsync(Pilot(member, outsider));

        invalid.Errors.Select(e => e.Field).Order().ShouldBe(["EndsOn", "Members", "PlannedPlaces", "Title"]);
        invalid.Errors.ShouldContain(new FieldError("Members", "참여 기관을 2곳 이상 선택해 주세요."));
        foreign.Errors.ShouldHaveSingleItem().Field.ShouldBe("Members");
        await using var db = host.Database.NewContext();
        (await db.PilotProjects.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Programmes_of_members_are_attached_and_detached_and_leave_with_their_agency(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var first = await MemberAsync(host, "SEOUL", "서울일자리재단");
        var second = await MemberAsync(host, "SEOUL", "서울광역자활센터", AgencyKind.SelfSufficiencyCenter);
        var third = await MemberAsync(host, "SEOUL", "한국폴리텍대학 서울정수캠퍼스", AgencyKind.Polytechnic);
        var ofFirst = await ProgrammeAsync(host, first, "재취업 교육");
        var ofSecond = await ProgrammeAsync(host, second, "자활기금 점포임차 융자");
        var ofThird = await ProgrammeAsync(host, third, "전기설비 과정");
        await CaseTestData.StaffAsync(host, Roles.RegionalManager);
        var pilot = (await host.SendAsync(Pilot(first, second))).Value;

        (await host.SendAsync(new PilotProgrammes.Attach { PilotId = pilot, ProgrammeId = ofFirst })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new PilotProgrammes.Attach { PilotId = pilot, ProgrammeId = ofSecond })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new PilotProgrammes.Attach { PilotId = pilot, ProgrammeId = ofThird })).Status.ShouldBe(ResultStatus.NotFound, "not a member of the pilot");
        var form = (await host.SendAsync(new EditPilot.Query { Id = pilot })).Value;
        form.Programmes.Select(p => p.Title).ShouldBe(["자활기금 점포임차 융자", "재취업 교육"], "by agency, then title");
        form.Attachable.ShouldBeEmpty("the third agency is no member of the pilot");
        form.CouncilAgencies.Count.ShouldBe(3);

        (await host.SendAsync(new PilotProgrammes.Detach { PilotId = pilot, ProgrammeId = ofFirst })).Succeeded.ShouldBeTrue();
        var edit = form.Data;
        edit.Members = [first, third];
        (await host.SendAsync(edit)).Succeeded.ShouldBeTrue();

        await using var db = host.Database.NewContext();
        (await db.Programmes.Where(p => p.PilotProjectId == pilot).CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0, "the second agency left and took its programme");
        (await db.PilotProjectMembers.Where(m => m.PilotProjectId == pilot).Select(m => m.AgencyId).ToListAsync(TestContext.Current.CancellationToken))
            .Order().ShouldBe(new[] { first, third }.Order());
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Another_offices_pilot_is_not_found_and_counselors_cannot_record_pilots(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var first = await MemberAsync(host, "SEOUL", "서울일자리재단");
        var second = await MemberAsync(host, "SEOUL", "서울광역자활센터", AgencyKind.SelfSufficiencyCenter);
        var programme = await ProgrammeAsync(host, first, "재취업 교육");
        await CaseTestData.StaffAsync(host, Roles.RegionalManager);
        var pilot = (await host.SendAsync(Pilot(first, second))).Value;
        var edit = (await host.SendAsync(new EditPilot.Query { Id = pilot })).Value.Data;

        await CaseTestData.StaffAsync(host, Roles.RegionalManager, "BUSAN-ULSAN");
        edit.Title = "가로챈 사업";
        (await host.SendAsync(new EditPilot.Query { Id = pilot })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(edit)).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new PilotProgrammes.Attach { PilotId = pilot, ProgrammeId = programme })).Status.ShouldBe(ResultStatus.NotFound);

        await CaseTestData.StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(Pilot(first, second))).Status.ShouldBe(ResultStatus.Forbidden);
        await using var db = host.Database.NewContext();
        (await db.PilotProjects.SingleAsync(TestContext.Current.CancellationToken)).Title.ShouldBe("폐업 소상공인 재창업 연계 시범사업");
    }
}
