using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.Accounts;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Account;

/// <summary>Two-factor sign-in with an authenticator app (ADR 0023), through the pages, over real Identity.</summary>
public sealed class TwoFactorTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private const string Password = "two factor test phrase";

    [Fact]
    public async Task A_counselor_without_an_authenticator_must_set_it_up_and_opens_no_staff_page_until_then()
    {
        var email = await NewAccountAsync(Roles.Counselor);
        using var session = factory.NewSession();

        var posted = await session.PasswordOnlyAsync(email, Password);

        posted.Location.ShouldBe("/Account/EnableAuthenticator");
        var cases = await session.GetAsync("/Staff/Cases");
        cases.Location.ShouldBe("/Account/EnableAuthenticator", "a staff page does not open mid-enrolment");
        (await session.GetAsync("/staff")).Location.ShouldBe("/Account/EnableAuthenticator");
        var enrolment = await session.GetAsync("/Account/EnableAuthenticator");
        enrolment.Status.ShouldBe(HttpStatusCode.OK);
        enrolment.Text("main h1").ShouldBe("인증 앱 설정");
        enrolment.Text("#shared-key").ShouldMatch("^[a-z2-7]{4}( [a-z2-7]{1,4})+$");
        var key = WebSession.KeyOn(enrolment);
        enrolment.Text("#authenticator-uri").ShouldBe($"otpauth://totp/Restart:{Uri.EscapeDataString(email)}?secret={key}&issuer=Restart&digits=6&period=30");
        enrolment.Document.QuerySelector("main img")!.GetAttribute("src")!.ShouldStartWith("data:image/png;base64,");

        var wrong = await session.SubmitAsync(enrolment, new Dictionary<string, string> { ["Input.Code"] = Totp.WrongCode(key) });

        wrong.Status.ShouldBe(HttpStatusCode.OK);
        wrong.FieldError("Input.Code").ShouldStartWith("인증 코드가 올바르지 않습니다.");
        (await session.GetAsync("/Staff/Cases")).Location.ShouldBe("/Account/EnableAuthenticator", "a wrong code sets nothing up");

        var done = await session.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });

        done.Status.ShouldBe(HttpStatusCode.OK);
        done.Text("main h1").ShouldBe("복구 코드");
        var codes = done.Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);
        done.Text("[role='note']").ShouldContain("인쇄하거나 복사해서");
        done.Document.QuerySelector("main a.btn-primary")!.GetAttribute("href").ShouldBe("/staff");
        (await session.GetAsync("/Staff/Cases")).Status.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync("/Account/EnableAuthenticator")).Location.ShouldBe("/Account/TwoFactor", "the key is not shown again");
    }

    [Theory]
    [InlineData(Roles.RegionalManager)]
    [InlineData(Roles.AgencyPartner)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Administrator)]
    public async Task Every_role_but_the_applicant_must_set_up_an_authenticator(string role)
    {
        var email = await NewAccountAsync(role);
        using var session = factory.NewSession();

        var posted = await session.PasswordOnlyAsync(email, Password);

        posted.Location.ShouldBe("/Account/EnableAuthenticator");
        var home = role switch { Roles.AgencyPartner => "/partner", Roles.Employer => "/employer", Roles.Administrator => "/admin", _ => "/staff" };
        (await session.GetAsync(home)).Location.ShouldBe("/Account/EnableAuthenticator");
        var otherPost = await session.Client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        otherPost.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_in_with_an_authenticator_asks_for_the_code_and_refuses_a_wrong_one()
    {
        using var session = factory.NewSession();

        var posted = await session.PasswordOnlyAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password);

        posted.Location!.ShouldStartWith("/Account/LoginWithCode");
        (await session.GetAsync("/staff")).Location!.ShouldStartWith("http://localhost/Account/Login", customMessage: "the password alone signs nobody in");
        var codePage = await session.GetAsync(posted.Location);
        codePage.Text("main h1").ShouldBe("인증 코드 입력");
        codePage.Document.QuerySelector("a[href*='Recovery=true']").ShouldNotBeNull("a recovery code can be used instead");

        var wrong = await session.SubmitAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = Totp.WrongCode(DemoDataSeeder.AuthenticatorKey) });

        wrong.Status.ShouldBe(HttpStatusCode.OK);
        wrong.FieldError("Input.Code").ShouldBe("인증 코드가 올바르지 않습니다. 인증 앱에 지금 표시된 숫자를 다시 입력해 주세요.");
        (await session.GetAsync("/staff")).Location!.ShouldStartWith("http://localhost/Account/Login");

        var right = await session.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(DemoDataSeeder.AuthenticatorKey) });

        right.Location.ShouldBe("/staff");
        (await session.GetAsync("/staff")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_code_page_opens_only_after_the_right_password()
    {
        using var session = factory.NewSession();

        (await session.GetAsync("/Account/LoginWithCode")).Location.ShouldBe("/Account/Login");
        (await session.PasswordOnlyAsync(DemoDataSeeder.Accounts[Roles.Employer], "not the password")).Summary.ShouldBe("이메일 또는 비밀번호가 올바르지 않습니다.");
        (await session.GetAsync("/Account/LoginWithCode")).Location.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Wrong_codes_slow_further_attempts_as_wrong_passwords_do()
    {
        var (email, key, _) = await NewEnrolledAccountAsync(Roles.Counselor);
        using var session = factory.NewSession();
        var page = await session.GetAsync((await session.PasswordOnlyAsync(email, Password)).Location!);

        for (var i = 0; i < 5; i++)
        {
            page = await session.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = Totp.WrongCode(key) });
            page.FieldError("Input.Code").ShouldStartWith("인증 코드가 올바르지 않습니다.");
        }

        var waiting = await session.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });

        waiting.Status.ShouldBe(HttpStatusCode.OK, "even the right code waits its turn");
        waiting.FieldError("Input.Code").ShouldStartWith("인증 코드를 여러 번 잘못 입력했습니다.");
        (await session.GetAsync("/staff")).Location!.ShouldStartWith("http://localhost/Account/Login");
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_only_once()
    {
        var (email, _, codes) = await NewEnrolledAccountAsync(Roles.Counselor);
        using var first = factory.NewSession();
        var codePage = await first.GetAsync((await first.PasswordOnlyAsync(email, Password)).Location! + "&Recovery=true");
        codePage.Text("label[for='Input_Code']").ShouldBe("복구 코드");

        var used = await first.SubmitAsync(codePage, new Dictionary<string, string> { ["Input.Code"] = codes[3] });

        used.Location.ShouldBe("/staff", used.FieldError("Input.Code") + used.Summary);
        (await first.GetAsync("/Staff/Cases")).Status.ShouldBe(HttpStatusCode.OK);
        using var second = factory.NewSession();
        var again = await second.GetAsync((await second.PasswordOnlyAsync(email, Password)).Location! + "&Recovery=true");
        var refused = await second.SubmitAsync(again, new Dictionary<string, string> { ["Input.Code"] = codes[3] });
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.FieldError("Input.Code").ShouldBe("복구 코드가 올바르지 않거나 이미 사용되었습니다.");
        (await second.SubmitAsync(refused, new Dictionary<string, string> { ["Input.Code"] = codes[4] })).Location.ShouldBe("/staff", "the other codes still work");
        var page = await second.GetAsync("/Account/TwoFactor");
        page.Text("main").ShouldContain("남은 복구 코드: 8개");
    }

    [Fact]
    public async Task An_applicant_signs_in_with_the_password_alone_until_they_turn_it_on_and_can_turn_it_off()
    {
        using var session = factory.NewSession();
        var email = await TestFlows.RegisterAsync(session, "오은영");
        var twoFactor = await session.GetAsync("/Account/TwoFactor");
        twoFactor.Text("#two-factor-state").ShouldBe("2단계 인증을 사용하지 않습니다.");
        await session.SubmitAsync(await session.GetAsync("/Account/Logout"), new Dictionary<string, string>());
        (await session.PasswordOnlyAsync(email, TestFlows.Password)).Location.ShouldBe("/applicant", "no code without opting in");

        var enrolment = await session.GetAsync(twoFactor.Document.QuerySelector("main a.btn-primary")!.GetAttribute("href")!);
        var done = await session.SubmitAsync(enrolment, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(WebSession.KeyOn(enrolment)) });
        done.Document.QuerySelectorAll("#recovery-codes li").Length.ShouldBe(10);
        done.Document.QuerySelector("main a.btn-primary")!.GetAttribute("href").ShouldBe("/applicant");
        await session.SubmitAsync(await session.GetAsync("/Account/Logout"), new Dictionary<string, string>());

        var posted = await session.PasswordOnlyAsync(email, TestFlows.Password);
        posted.Location!.ShouldStartWith("/Account/LoginWithCode", customMessage: "opted in: the code is asked for");
        (await session.PassTwoFactorAsync(posted, email)).Location.ShouldBe("/applicant");

        var on = await session.GetAsync("/Account/TwoFactor");
        on.Text("#two-factor-state").ShouldBe("2단계 인증을 사용하고 있습니다.");
        var off = await session.SubmitAsync(on, new Dictionary<string, string>(), "form[action*='handler=Disable']");
        off.Location.ShouldBe("/Account/TwoFactor?Off=True");
        (await session.GetAsync(off.Location!)).Text("[role='status']").ShouldBe("2단계 인증을 껐습니다. 이제 비밀번호만으로 로그인합니다.");
        await session.SubmitAsync(await session.GetAsync("/Account/Logout"), new Dictionary<string, string>());
        (await session.PasswordOnlyAsync(email, TestFlows.Password)).Location.ShouldBe("/applicant");
    }

    [Fact]
    public async Task Staff_cannot_turn_it_off_but_can_set_up_a_new_phone_which_needs_a_new_enrolment()
    {
        var (email, key, _) = await NewEnrolledAccountAsync(Roles.Counselor);
        using var session = factory.NewSession();
        (await session.LoginAsync(email, Password)).Location.ShouldBe("/staff");
        var page = await session.GetAsync("/Account/TwoFactor");
        page.Document.QuerySelector("form[action*='handler=Disable']").ShouldBeNull();
        page.Text("main").ShouldContain("이 계정은 2단계 인증을 끌 수 없습니다.");
        var token = TestFlows.Token(page);

        var disable = await session.Client.PostAsync("/Account/TwoFactor?handler=Disable",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);

        disable.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var reset = await session.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=Reset']");
        reset.Location.ShouldBe("/Account/EnableAuthenticator");
        (await session.GetAsync("/Staff/Cases")).Location.ShouldBe("/Account/EnableAuthenticator");
        var enrolment = await session.GetAsync("/Account/EnableAuthenticator");
        WebSession.KeyOn(enrolment).ShouldNotBe(key, "a new phone gets a new key");
    }

    [Fact]
    public async Task An_administrator_resets_a_lost_phone_the_person_sets_it_up_again_and_the_access_log_says_so()
    {
        var (email, key, _) = await NewEnrolledAccountAsync(Roles.Counselor);
        var userId = await UserIdAsync(email);
        using var admin = factory.NewSession();
        (await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password)).Location.ShouldBe("/admin");
        var list = await admin.GetAsync("/Admin/Accounts?Search=" + Uri.EscapeDataString(email));

        var reset = await admin.SubmitAsync(list, new Dictionary<string, string>(), "form[action*='handler=ResetTwoFactor']");

        reset.Status.ShouldBe(HttpStatusCode.Redirect, reset.Text("main"));
        (await admin.GetAsync(reset.Location!)).Text("[role='status']").ShouldBe("상담사 한 분님의 2단계 인증을 초기화했습니다. 다음 로그인 때 인증 앱을 다시 설정하게 됩니다.");
        var logged = await PartnerFlows.AccessLogOfAsync(factory, ResetTwoFactor.Operation);
        logged.ShouldContain(e => e.Subject == userId && e.Action == PersonalDataAction.Change && e.Outcome == "Ok" && e.ActorUserId != null && e.ActorUserId != userId);

        using var person = factory.NewSession();
        (await person.PasswordOnlyAsync(email, Password)).Location.ShouldBe("/Account/EnableAuthenticator", "the old phone's codes are not asked for");
        var enrolment = await person.GetAsync("/Account/EnableAuthenticator");
        WebSession.KeyOn(enrolment).ShouldNotBe(key);
    }

    [Fact]
    public async Task Only_an_administrator_resets_another_persons_two_factor_sign_in()
    {
        var (email, _, _) = await NewEnrolledAccountAsync(Roles.Counselor);
        using var manager = factory.NewSession();
        (await manager.LoginAsync(DemoDataSeeder.Accounts[Roles.RegionalManager], DemoDataSeeder.Password)).Location.ShouldBe("/staff");
        var page = await manager.GetAsync("/Account/TwoFactor");

        var response = await manager.Client.PostAsync("/Admin/Accounts?handler=ResetTwoFactor", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", TestFlows.Token(page)), new("userId", await UserIdAsync(email))]), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var person = factory.NewSession();
        (await person.PasswordOnlyAsync(email, Password)).Location!.ShouldStartWith("/Account/LoginWithCode");
    }

    private async Task<string> NewAccountAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "상담사 한 분", CreatedAt = DateTime.UtcNow };
        if (Roles.IsStaff(role))
        {
            user.RegionalOfficeId = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync();
        }

        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return email;
    }

    /// <summary>An account that has set up its app through the pages: its key and recovery codes.</summary>
    private async Task<(string Email, string Key, List<string> Codes)> NewEnrolledAccountAsync(string role)
    {
        var email = await NewAccountAsync(role);
        using var session = factory.NewSession();
        (await session.PasswordOnlyAsync(email, Password)).Location.ShouldBe("/Account/EnableAuthenticator");
        var enrolment = await session.GetAsync("/Account/EnableAuthenticator");
        var key = WebSession.KeyOn(enrolment);
        var done = await session.SubmitAsync(enrolment, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        var codes = done.Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        codes.Count.ShouldBe(10);
        return (email, key, codes);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RestartDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
