using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Features.Home;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Home;

public sealed class HomeTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Demo_data_gives_every_role_a_working_home(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, demoData: true);

        await SignInAsDemoAsync(host, Roles.Applicant);
        var applicant = (await host.SendAsync(new GetApplicantHome.Query())).Value;
        applicant.Profile.ShouldNotBeNull().Region.ShouldBe("서울특별시 성동구");
        applicant.OpenProgrammes.TotalCount.ShouldBeGreaterThan(0);

        await SignInAsDemoAsync(host, Roles.Counselor);
        var staff = (await host.SendAsync(new GetStaffHome.Query())).Value;
        staff.OfficeName.ShouldBe("서울지역본부");
        staff.Agencies.Items.ShouldAllBe(a => a.Sido == "서울특별시");
        staff.Agencies.TotalCount.ShouldBe(11, "the eleven members of the Seoul council");

        await SignInAsDemoAsync(host, Roles.AgencyPartner);
        var partner = (await host.SendAsync(new GetPartnerHome.Query())).Value;
        partner.AgencyName.ShouldBe("서울강남고용복지플러스센터");
        partner.Programmes.TotalCount.ShouldBe(3);

        await SignInAsDemoAsync(host, Roles.Employer);
        var employer = (await host.SendAsync(new GetEmployerHome.Query())).Value;
        employer.CompanyName.ShouldBe("(주)한빛푸드");
        employer.JobPosts.TotalCount.ShouldBe(5);
        employer.JobPosts.Items.ShouldAllBe(j => j.Occupation.Length > 0);

        await SignInAsDemoAsync(host, Roles.Administrator);
        var admin = (await host.SendAsync(new GetAdminHome.Query())).Value;
        admin.Accounts.Single(a => a.Role == Roles.Applicant).Count.ShouldBe(31 + DemoCases - 1, "one demo case is the demo applicant's own");
        admin.Accounts.Single(a => a.Role == Roles.Counselor).Count.ShouldBe(1 + Offices, "the demo counselor, and one more at every office");
        admin.Accounts.Where(a => a.Role is not (Roles.Applicant or Roles.Counselor)).ShouldAllBe(a => a.Count == 1);
    }

    private const int DemoCases = DemoCaseSeeder.SeoulCases + DemoCaseSeeder.OtherCases;
    private const int Offices = 13;

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Demo_cases_give_the_demo_counselor_a_working_day_and_the_manager_a_queue(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, demoData: true);

        await SignInAsDemoAsync(host, Roles.Counselor);
        var queue = (await host.SendAsync(new GetCaseQueue.Query())).Value;
        queue.Counts.Keys.ShouldBe(Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Draft), ignoreOrder: true, "every status at the demo office");
        queue.Counts.Values.Sum().ShouldBe(DemoCaseSeeder.SeoulCases);
        (await host.SendAsync(new GetCaseQueue.Query { Counselor = "mine" })).Value.Total.ShouldBeGreaterThan(20);
        var agenda = (await host.SendAsync(new GetAgenda.Query())).Value;
        agenda.Appointments.ShouldNotBeEmpty();
        agenda.OverdueItems.ShouldNotBeEmpty();

        await SignInAsDemoAsync(host, Roles.RegionalManager);
        (await host.SendAsync(new GetCaseQueue.Query { Status = CaseStatus.Eligible, Counselor = "none" })).Value.Items.ShouldNotBeEmpty("eligible cases wait for the manager to assign them");
        await using var db = host.Database.NewContext();
        (await db.Cases.Select(c => c.RegionalOfficeId).Distinct().CountAsync(TestContext.Current.CancellationToken)).ShouldBe(Offices);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Seeding_demo_data_twice_creates_it_once(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, demoData: true);

        await host.InScopeAsync(p => p.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: true));

        await using var db = host.Database.NewContext();
        (await db.Agencies.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(25);
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(36 + DemoCases - 1 + Offices, "one demo case is the demo applicant's own");
        (await db.Cases.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(DemoCases);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Staff_see_only_their_own_regions_and_staff_without_an_office_see_nothing(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, demoData: true);
        var busan = await TestData.OfficeIdAsync(host, "BUSAN-ULSAN");

        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = busan);
        var home = (await host.SendAsync(new GetStaffHome.Query())).Value;
        home.Regions.ShouldBe(["부산광역시", "울산광역시"]);
        home.Agencies.Items.Select(a => a.Name).ShouldBe(["부산광역자활센터"]);

        await host.SignInAsNewAsync(Roles.Counselor);
        (await host.SendAsync(new GetStaffHome.Query())).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_partner_without_an_agency_and_an_employer_without_a_company_are_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        await host.SignInAsNewAsync(Roles.AgencyPartner);
        (await host.SendAsync(new GetPartnerHome.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Employer);
        (await host.SendAsync(new GetEmployerHome.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Employer);
        (await host.SendAsync(new GetPartnerHome.Query())).Status.ShouldBe(ResultStatus.Forbidden, "an employer is not a partner");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_programme_closes_at_midnight_in_Korea_not_in_UTC(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, demoData: true);
        await using (var db = host.Database.NewContext())
        {
            var agency = await db.Agencies.FirstAsync(a => a.SidoCode == "11", TestContext.Current.CancellationToken);
            db.Programmes.Add(new Programme
            {
                AgencyId = agency.Id,
                Title = "오늘 마감 프로그램",
                Kind = ProgrammeKind.Training,
                Track = Track.ReEmployment,
                Regions = [new ProgrammeRegion { SidoCode = "11" }],
                ApplyFrom = new DateOnly(2026, 11, 1),
                ApplyUntil = new DateOnly(2026, 11, 22),
                Capacity = 10,
                Description = "마감 시각 확인용",
                Status = OfferStatus.Open,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await SignInAsDemoAsync(host, Roles.Applicant);

        host.Clock.Now = new DateTimeOffset(2026, 11, 22, 14, 59, 0, TimeSpan.Zero); // 23:59 in Seoul
        (await TitlesAsync(host)).ShouldContain("오늘 마감 프로그램");
        host.Clock.Now = new DateTimeOffset(2026, 11, 22, 15, 1, 0, TimeSpan.Zero); // 00:01 the next day in Seoul
        (await TitlesAsync(host)).ShouldNotContain("오늘 마감 프로그램");
    }

    private static async Task<List<string>> TitlesAsync(CoreHost host)
    {
        var titles = new List<string>();
        for (var page = 1; ; page++)
        {
            var home = (await host.SendAsync(new GetApplicantHome.Query { Page = page })).Value;
            titles.AddRange(home.OpenProgrammes.Items.Select(p => p.Title));
            if (!home.OpenProgrammes.HasNext)
            {
                return titles;
            }
        }
    }

    private static async Task SignInAsDemoAsync(CoreHost host, string role)
    {
        var user = await host.InScopeAsync(p => p.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoDataSeeder.Accounts[role]));
        host.User.SignIn(user.ShouldNotBeNull(), role);
    }
}
