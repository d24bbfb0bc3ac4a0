using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.My;

public sealed class ConsentsTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task Consents_are_given_separately_at_registration_and_can_be_withdrawn_later()
    {
        using var session = factory.NewSession();
        var form = await session.GetAsync("/Account/Register");
        form.Text("main").ShouldContain("[필수] 개인정보 수집·이용");
        form.Text("main").ShouldContain("보유 기간");
        var email = $"consent-{Guid.NewGuid():N}@example.com";
        var refused = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.Name"] = "동의 안 함",
            ["Data.Email"] = email,
            ["Data.Password"] = Password,
            ["Data.ConfirmPassword"] = Password,
        });
        refused.FieldError("Data.AgreeRequired").ShouldStartWith("필수 항목(개인정보 수집·이용)에 동의해야");
        refused.Value("Data.Name").ShouldBe("동의 안 함");

        var registered = await session.SubmitAsync(refused, new Dictionary<string, string>
        {
            ["Data.Password"] = Password,
            ["Data.ConfirmPassword"] = Password,
            ["Data.AgreeRequired"] = "true",
            ["Data.AgreeThirdParty"] = "true",
        });
        registered.Text("[role='status']").ShouldContain("메일을 보냈습니다");
        // The mailed link finishes the registration (ADR 0021); the consents given on the form are kept.
        var mail = await WaitForMailAsync(factory, email, "/Account/ConfirmRegistration?");
        var confirmed = await session.SubmitAsync(await session.GetAsync(LinkIn(mail)), new Dictionary<string, string> { ["Data.Password"] = Password });
        confirmed.Location.ShouldBe("/applicant");

        var consents = await session.GetAsync("/My/Consents");
        consents.Text("#consent-ThirdParty").ShouldBe("[선택] 개인정보 제3자 제공");
        consents.Document.QuerySelectorAll("tbody tr").Length.ShouldBe(3);
        var withdrawn = await session.SubmitAsync(consents, new Dictionary<string, string>(), "section[aria-labelledby='consent-ThirdParty'] form");
        withdrawn.Location.ShouldBe("/My/Consents?changed=True");
        var after = await session.GetAsync("/My/Consents");
        after.Document.QuerySelectorAll("tbody tr").Length.ShouldBe(4);
        after.Text("section[aria-labelledby='consent-ThirdParty']").ShouldContain("동의하지 않음");
    }
}
