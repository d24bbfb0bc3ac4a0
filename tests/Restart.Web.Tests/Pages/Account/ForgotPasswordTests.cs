using System.Net;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Account;

public sealed class ForgotPasswordTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task Forgot_password_mails_a_link_that_sets_a_new_password_and_says_the_same_for_unknown_addresses()
    {
        using var session = factory.NewSession();
        var email = await RegisterAsync(session, "비번 분실");
        using var anonymous = factory.NewSession();

        var unknown = await anonymous.SubmitAsync(await anonymous.GetAsync("/Account/ForgotPassword"), new Dictionary<string, string> { ["Data.Email"] = "nobody@example.com" });
        var known = await anonymous.SubmitAsync(await anonymous.GetAsync("/Account/ForgotPassword"), new Dictionary<string, string> { ["Data.Email"] = email });

        unknown.Text("[role='status']").ShouldBe(known.Text("[role='status']"));
        var mail = await WaitForMailAsync(factory, email, "비밀번호 재설정");
        factory.Mails().ShouldNotContain(m => m.Contains("nobody@example.com"));

        var reset = await anonymous.GetAsync(LinkIn(mail));
        var done = await anonymous.SubmitAsync(reset, new Dictionary<string, string> { ["Data.Password"] = "a brand new phrase", ["Data.ConfirmPassword"] = "a brand new phrase" });
        done.Text("[role='status']").ShouldContain("새 비밀번호를 저장했습니다");

        (await anonymous.LoginAsync(email, Password)).Status.ShouldBe(HttpStatusCode.OK, "the old password no longer works");
        (await anonymous.LoginAsync(email, "a brand new phrase")).Location.ShouldBe("/applicant");
    }
}
