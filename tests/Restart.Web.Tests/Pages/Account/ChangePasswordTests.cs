using System.Net;
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
}
