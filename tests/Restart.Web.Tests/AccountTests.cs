using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests;

public sealed class AccountTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
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
    public async Task Five_failed_log_ins_lock_the_account_even_against_the_right_password()
    {
        using var session = factory.NewSession();
        var email = await RegisterAsync(session, "잠금 시험");
        using var other = factory.NewSession();

        for (var i = 0; i < 5; i++)
        {
            (await other.LoginAsync(email, "wrong password " + i)).Status.ShouldBe(HttpStatusCode.OK);
        }

        var page = await other.LoginAsync(email, Password);

        page.Status.ShouldBe(HttpStatusCode.OK, "a locked account is not signed in");
        page.Summary.ShouldContain("15분 동안 잠겼습니다");
    }

    [Fact]
    public async Task Registration_with_mistakes_shows_each_message_next_to_its_field_and_keeps_the_input()
    {
        using var session = factory.NewSession();
        var form = await session.GetAsync("/Account/Register");

        var page = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.Name"] = "박순자",
            ["Data.Email"] = "park@",
            ["Data.Password"] = "short",
            ["Data.ConfirmPassword"] = "different",
        });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Data.Email").ShouldContain("이메일 형식이 올바르지 않습니다");
        page.FieldError("Data.Password").ShouldContain("10자 이상");
        page.FieldError("Data.ConfirmPassword").ShouldBe("비밀번호 확인이 일치하지 않습니다.");
        page.FieldError("Data.Name").ShouldBeEmpty();
        page.Value("Data.Name").ShouldBe("박순자");
        page.Value("Data.Email").ShouldBe("park@");
    }

    [Fact]
    public async Task A_name_with_a_script_tag_is_shown_as_text_never_run()
    {
        using var session = factory.NewSession();

        await RegisterAsync(session, "<script>alert('x')</script>");
        var home = await session.GetAsync("/applicant");

        home.Text("main h1").ShouldBe("<script>alert('x')</script>님, 안녕하세요");
        home.Document.QuerySelectorAll("main script").Length.ShouldBe(0);
    }

    [Fact]
    public async Task A_new_applicant_is_signed_in_and_lands_on_the_applicant_home()
    {
        using var session = factory.NewSession();

        await RegisterAsync(session, "이민호");
        var home = await session.GetAsync("/applicant");

        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Text("[data-testid='signed-in-as']").ShouldBe("이민호");
        home.Text("main").ShouldContain("아직 신청서를 작성하지 않으셨습니다");
    }

    [Fact]
    public async Task Forgot_password_mails_a_link_that_sets_a_new_password_and_says_the_same_for_unknown_addresses()
    {
        using var session = factory.NewSession();
        var email = await RegisterAsync(session, "비번 분실");
        using var anonymous = factory.NewSession();

        var unknown = await anonymous.SubmitAsync(await anonymous.GetAsync("/Account/ForgotPassword"), new Dictionary<string, string> { ["Data.Email"] = "nobody@example.com" });
        var known = await anonymous.SubmitAsync(await anonymous.GetAsync("/Account/ForgotPassword"), new Dictionary<string, string> { ["Data.Email"] = email });

        unknown.Text("[role='status']").ShouldBe(known.Text("[role='status']"));
        factory.Mails().ShouldNotContain(m => m.Contains("nobody@example.com"));
        var mail = factory.Mails().Last(m => m.Contains(email));
        mail.ShouldContain("비밀번호 재설정");

        var reset = await anonymous.GetAsync(LinkIn(mail));
        var done = await anonymous.SubmitAsync(reset, new Dictionary<string, string> { ["Data.Password"] = "a brand new phrase", ["Data.ConfirmPassword"] = "a brand new phrase" });
        done.Text("[role='status']").ShouldContain("새 비밀번호를 저장했습니다");

        (await anonymous.LoginAsync(email, Password)).Status.ShouldBe(HttpStatusCode.OK, "the old password no longer works");
        (await anonymous.LoginAsync(email, "a brand new phrase")).Location.ShouldBe("/applicant");
    }

    [Fact]
    public async Task A_signed_in_person_changes_their_password_and_stays_signed_in()
    {
        using var session = factory.NewSession();
        var email = await RegisterAsync(session, "비번 변경");

        var wrong = await session.SubmitAsync(await session.GetAsync("/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Data.CurrentPassword"] = "not my password",
            ["Data.NewPassword"] = "another long phrase",
            ["Data.ConfirmPassword"] = "another long phrase",
        });
        wrong.FieldError("Data.CurrentPassword").ShouldBe("현재 비밀번호가 맞지 않습니다.");

        var changed = await session.SubmitAsync(await session.GetAsync("/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Data.CurrentPassword"] = Password,
            ["Data.NewPassword"] = "another long phrase",
            ["Data.ConfirmPassword"] = "another long phrase",
        });

        changed.Text("[role='status']").ShouldBe("비밀번호를 바꿨습니다.");
        (await session.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK);
        using var fresh = factory.NewSession();
        (await fresh.LoginAsync(email, "another long phrase")).Location.ShouldBe("/applicant");
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

    internal const string Password = "my long test phrase";

    internal static async Task<string> RegisterAsync(WebSession session, string name)
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var form = await session.GetAsync("/Account/Register");
        var posted = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.Name"] = name,
            ["Data.Email"] = email,
            ["Data.Password"] = Password,
            ["Data.ConfirmPassword"] = Password,
            ["Data.AgreeRequired"] = "true",
        });
        posted.Location.ShouldBe("/applicant", posted.Summary);
        return email;
    }

    internal static string LinkIn(string mail)
    {
        var start = mail.IndexOf("http", StringComparison.Ordinal);
        var end = mail.IndexOfAny(['\r', '\n', ' '], start);
        return mail[start..end];
    }
}
