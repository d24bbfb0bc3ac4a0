using System.Net;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Account;

public sealed class RegisterTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
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
}
