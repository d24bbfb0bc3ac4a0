using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Account;

public sealed class ChangePasswordTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
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
    public async Task Changing_the_password_ends_the_other_sessions_of_the_account()
    {
        factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval
            .ShouldBe(TimeSpan.FromMinutes(1), "as shipped: other sessions end within a minute");
        await using var checksEveryRequest = new RestartWebFactory();
        checksEveryRequest.Settings["Identity:SessionCheckInterval"] = "00:00:00";
        using var here = checksEveryRequest.NewSession();
        var email = await RegisterAsync(here, "다른 기기");
        using var elsewhere = checksEveryRequest.NewSession();
        (await elsewhere.LoginAsync(email, Password)).Location.ShouldBe("/applicant");
        (await elsewhere.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK);

        await here.SubmitAsync(await here.GetAsync("/Account/ChangePassword"), new Dictionary<string, string>
        {
            ["Data.CurrentPassword"] = Password,
            ["Data.NewPassword"] = "a new long phrase",
            ["Data.ConfirmPassword"] = "a new long phrase",
        });

        (await here.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK, "the session that changed it goes on");
        var other = await elsewhere.GetAsync("/applicant");
        other.Status.ShouldBe(HttpStatusCode.Redirect, "the other device's session has ended");
        other.Location!.ShouldContain("/Account/Login");
    }
}
