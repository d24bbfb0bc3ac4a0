using System.Net;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.My;

public sealed class CaseTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_applicant_answers_a_supplement_request_and_can_withdraw_with_a_reason()
    {
        using var session = factory.NewSession();
        var email = await RegisterAsync(session, "보완 요청");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);
        await session.SubmitAsync(await session.GetAsync("/Apply/Documents"), new Dictionary<string, string>(), "form[action*='handler=Continue']");
        await session.SubmitAsync(await session.GetAsync("/Apply/Review"), new Dictionary<string, string>());
        var submittedCase = await session.GetAsync("/My/Case?done=<b>가짜 안내</b>");
        submittedCase.Document.QuerySelector("[role='status']").ShouldBeNull("only the page's own confirmations are shown");
        var proofLater = new MultipartFormDataContent
        {
            { new StringContent(Token(submittedCase)), "__RequestVerificationToken" },
            { new ByteArrayContent(Pdf), "Upload", "나중에 받은 폐업사실증명원.pdf" },
        };
        (await session.Client.PostAsync("/My/Case?handler=Upload", proofLater, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/My/Case?done=Uploaded")).Text("main").ShouldContain("나중에 받은 폐업사실증명원.pdf");
        await RequestSupplementAsStaffAsync(factory, email, "폐업사실증명원을 올려 주세요.");

        // Told at once: a notice on the home page, and a mail that leaves through the outbox after the commit.
        (await session.GetAsync("/applicant")).Text("[data-testid='notices']").ShouldContain("담당자가 서류 보완을 요청했습니다.");
        await WaitForMailAsync(factory, email, "담당자가 서류 보완을 요청했습니다.");
        var waiting = await session.GetAsync("/My/Case");
        waiting.Text("[data-testid='case-status']").ShouldBe("서류 보완 요청");
        waiting.Text("main").ShouldContain("폐업사실증명원을 올려 주세요.");
        var empty = await session.SubmitAsync(waiting, new Dictionary<string, string>(), "form[action*='handler=Answer']");
        empty.FieldError("Answer.Message").ShouldBe("내용을 입력해 주세요.");

        var content = new MultipartFormDataContent
        {
            { new StringContent(Token(waiting)), "__RequestVerificationToken" },
            { new StringContent("폐업사실증명원 올립니다."), "Answer.Message" },
            { new ByteArrayContent(Pdf), "AnswerFile", "proof.pdf" },
        };
        var answered = await session.Client.PostAsync("/My/Case?handler=Answer", content, TestContext.Current.CancellationToken);
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = await session.GetAsync("/My/Case");
        back.Text("[data-testid='case-status']").ShouldBe("자격 검토 중");
        back.Text("main").ShouldContain("proof.pdf");

        var noReason = await session.SubmitAsync(back, new Dictionary<string, string> { ["Withdraw.Reason"] = " " }, "form[action*='handler=Withdraw']");
        noReason.FieldError("Withdraw.Reason").ShouldBe("철회 사유를 입력해 주세요.");
        var withdrawn = await session.SubmitAsync(back, new Dictionary<string, string> { ["Withdraw.Reason"] = "취업했습니다" }, "form[action*='handler=Withdraw']");
        withdrawn.Location.ShouldBe("/My/Case?done=Withdrawn");
        var closed = await session.GetAsync("/My/Case");
        closed.Text("[data-testid='case-status']").ShouldBe("종결 (신청자 철회)");
        closed.Text("main").ShouldContain("취업했습니다");
    }
}
