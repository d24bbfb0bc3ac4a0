using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Network;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Network.NetworkTestData;

namespace Restart.Core.Tests.Features.Network;

public sealed class GetNetworkTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_public_sees_each_member_and_its_open_programmes_but_no_contact_person(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var foundation = await MemberAsync(host, "SEOUL", "서울일자리재단");
        await MemberAsync(host, "BUSAN-ULSAN", "부산광역자활센터", AgencyKind.SelfSufficiencyCenter, "26");
        await ProgrammeAsync(host, foundation, "재취업 역량강화 교육");
        await ProgrammeAsync(host, foundation, "준비 중인 과정", OfferStatus.Draft);
        await ProgrammeAsync(host, foundation, "마감된 과정", daysLeft: -1);
        var seoul = await TestData.OfficeIdAsync(host, "SEOUL");

        var network = (await host.SendAsync(new GetNetwork.Query { OfficeId = seoul })).Value;

        network.Selected!.Name.ShouldBe("서울지역본부");
        network.ShowsContacts.ShouldBeFalse();
        var member = network.Members.Items.ShouldHaveSingleItem();
        member.Name.ShouldBe("서울일자리재단");
        member.Phone.ShouldBe("02-123-4567");
        member.Regions.ShouldBe(["서울특별시"]);
        member.Contact.ShouldBeNull();
        member.Programmes.Select(p => p.Title).ShouldBe(["재취업 역량강화 교육"]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Staff_see_their_own_offices_council_with_contact_persons_and_partners_see_contacts_too(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await MemberAsync(host, "SEOUL", "서울일자리재단");
        var busanAgency = await MemberAsync(host, "BUSAN-ULSAN", "부산광역자활센터", AgencyKind.SelfSufficiencyCenter, "26");

        await CaseTestData.StaffAsync(host, Roles.Counselor, "BUSAN-ULSAN");
        var ofCounselor = (await host.SendAsync(new GetNetwork.Query())).Value;
        ofCounselor.Selected!.Name.ShouldBe("부산울산지역본부", "a staff member's own office comes first");
        ofCounselor.Members.Items.ShouldHaveSingleItem().Contact.ShouldBe(new GetNetwork.Contact("담당 부산광역자활센터", "contact@example.org", "010-2222-3333"));
        ofCounselor.MayEditPilots.ShouldBeFalse();

        await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = busanAgency);
        (await host.SendAsync(new GetNetwork.Query())).Value.ShowsContacts.ShouldBeTrue();
        await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new GetNetwork.Query())).Value.ShowsContacts.ShouldBeFalse();
        (await host.SendAsync(new GetNetwork.Query { OfficeId = Guid.NewGuid() })).Value.Selected.ShouldNotBeNull("an unknown office shows the first instead");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_pilot_shows_its_members_and_the_places_taken_in_its_programmes(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (applicant, caseId) = await CaseTestData.SubmittedCaseAsync(host);
        var first = await MemberAsync(host, "SEOUL", "서울일자리재단");
        var second = await MemberAsync(host, "SEOUL", "서울광역자활센터", AgencyKind.SelfSufficiencyCenter);
        var programme = await ProgrammeAsync(host, first, "기업연계 조리 과정");
        await CaseTestData.StaffAsync(host, Roles.RegionalManager);
        var pilot = (await host.SendAsync(new EditPilot.Command
        {
            Title = "중장년 외식업 재취업 시범사업", StartsOn = new DateOnly(2026, 3, 1), EndsOn = new DateOnly(2026, 12, 31),
            Members = [first, second], TargetGroup = "50대 이상 폐업 외식업주", PlannedPlaces = 40,
        })).Value;
        (await host.SendAsync(new PilotProgrammes.Attach { PilotId = pilot, ProgrammeId = programme })).Succeeded.ShouldBeTrue();
        await using (var db = host.Database.NewContext())
        {
            var seoul = await TestData.OfficeIdAsync(host, "SEOUL");
            foreach (var status in new[] { ReferralStatus.Accepted, ReferralStatus.Completed, ReferralStatus.Dropped, ReferralStatus.Declined })
            {
                db.Referrals.Add(new Referral
                {
                    CaseId = caseId, ApplicantUserId = applicant.Id, RegionalOfficeId = seoul, ProgrammeId = programme, AgencyId = first,
                    Status = status, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, CreatedByUserId = applicant.Id,
                });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var shown = (await host.SendAsync(new GetNetwork.Query())).Value;

        shown.MayEditPilots.ShouldBeTrue();
        var listed = shown.Pilots.Items.ShouldHaveSingleItem();
        listed.Members.ShouldBe(["서울광역자활센터", "서울일자리재단"]);
        listed.PlannedPlaces.ShouldBe(40);
        listed.Programmes.ShouldHaveSingleItem().ShouldBe(new GetNetwork.PilotProgramme(programme, "기업연계 조리 과정", "서울일자리재단", 20, 2));
    }
}
