using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Account;

public sealed class LoginTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    public static TheoryData<string, string, string> DemoAccounts => new()
    {
        { Roles.Applicant, "/applicant", "김영수님, 안녕하세요" },
        { Roles.Counselor, "/staff", "서울지역본부" },
        { Roles.RegionalManager, "/staff", "서울지역본부" },
        { Roles.AgencyPartner, "/partner", "서울강남고용복지플러스센터" },
        { Roles.Employer, "/employer", "(주)한빛푸드" },
        { Roles.Administrator, "/admin", "관리자 홈" },
    };

    [Fact]
    public async Task The_log_in_page_speaks_Korean()
    {
        using var session = factory.NewSession();

        var page = await session.GetAsync("/Account/Login");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("ko");
        page.Text("main h1").ShouldBe("로그인");
        page.Text("label[for='Input_Email']").ShouldBe("이메일");
    }

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Each_demo_account_lands_on_its_own_home_page(string role, string home, string heading)
    {
        using var session = factory.NewSession();

        var posted = await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password);

        posted.Status.ShouldBe(HttpStatusCode.Redirect);
        posted.Location.ShouldBe(home);
        var page = await session.GetAsync(home);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("main h1").ShouldBe(heading);
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_Korean_and_the_address_is_kept()
    {
        using var session = factory.NewSession();

        var page = await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Employer], "not the password");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Summary.ShouldBe("이메일 또는 비밀번호가 올바르지 않습니다.");
        page.Value("Input.Email").ShouldBe(DemoDataSeeder.Accounts[Roles.Employer]);
    }

    [Fact]
    public async Task After_five_failed_log_ins_the_next_attempt_waits_even_with_the_right_password()
    {
        using var session = factory.NewSession();
        var email = await RegisterAsync(session, "잠금 시험");
        using var other = factory.NewSession();

        for (var i = 0; i < 5; i++)
        {
            (await other.LoginAsync(email, "wrong password " + i)).Status.ShouldBe(HttpStatusCode.OK);
        }

        var page = await other.LoginAsync(email, Password);

        page.Status.ShouldBe(HttpStatusCode.OK, "no password is checked before the wait is over");
        page.Summary.ShouldContain("이후에 다시 시도해 주세요");
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        using var session = factory.NewSession();
        await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Applicant], DemoDataSeeder.Password);
        var home = await session.GetAsync("/applicant");

        var loggedOut = await session.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/Account/Logout']");

        loggedOut.Location.ShouldBe("/Account/Login");
        var again = await session.GetAsync("/applicant");
        again.Status.ShouldBe(HttpStatusCode.Redirect);
        again.Location!.ShouldStartWith("http://localhost/Account/Login");
    }
}
