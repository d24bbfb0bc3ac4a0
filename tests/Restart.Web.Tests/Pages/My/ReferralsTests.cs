using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Pages.My.ApplicantOfferFlows;

namespace Restart.Web.Tests.Pages.My;

/// <summary>/My/Referrals: the referrals made for the applicant, accepting, declining with a reason, a referral changed meanwhile, and refusals.</summary>
public sealed class ReferralsTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_applicant_accepts_one_referral_and_declines_another_with_a_reason_kept_when_it_is_refused()
    {
        var me = await ApplicantAsync(factory, "의뢰답변");
        using var session = me.Session;
        var toAccept = await ReferAsync(factory, me, await JobAsync(factory, "수락할 조리 일자리"));
        var toDecline = await ReferAsync(factory, me, await JobAsync(factory, "거절할 조리 일자리"));

        var page = await session.GetAsync("/My/Referrals");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("[data-testid='referral']").Length.ShouldBe(2);
        page.Text($"#referral-{toAccept} [data-testid='status']").ShouldBe("의뢰됨");
        page.Text($"#referral-{toAccept}").ShouldContain("수락할 조리 일자리 기업");

        var accepted = await session.SubmitAsync(page, new Dictionary<string, string>(), $"#referral-{toAccept} form[action*='handler=Accept']");
        accepted.Location.ShouldBe($"/My/Referrals?done=Accepted#referral-{toAccept}");
        var after = await session.GetAsync("/My/Referrals?done=Accepted");
        after.Text("[data-testid='confirmation']").ShouldBe("수락했습니다.");
        after.Text($"#referral-{toAccept} [data-testid='accepted']").ShouldContain("수락했습니다. 기업이 연락처를 보고 면접·채용 여부를 알려 드립니다.");
        after.Text($"#referral-{toAccept} [data-testid='status']").ShouldBe("수락", "a job's referral is accepted by the candidate; the employer interviews or hires next");
        after.Document.QuerySelector($"#referral-{toAccept} form[action*='handler=Accept']").ShouldBeNull();

        var empty = await session.SubmitAsync(after, new Dictionary<string, string> { ["Decline.Reason"] = " " }, $"#referral-{toDecline} form[action*='handler=Decline']");
        empty.Status.ShouldBe(HttpStatusCode.OK);
        empty.Text($"#referral-{toDecline} span[data-valmsg-for='Decline.Reason']").ShouldBe("거절하는 이유를 입력해 주세요.");
        var tooLong = new string('길', 501);
        var refused = await session.SubmitAsync(empty, new Dictionary<string, string> { ["Decline.Reason"] = tooLong }, $"#referral-{toDecline} form[action*='handler=Decline']");
        refused.FieldError("Decline.Reason").ShouldBe("500자 이하로 입력해 주세요.");
        refused.Text($"#referral-{toDecline} textarea").ShouldBe(tooLong, "what was typed is kept");
        refused.Document.QuerySelectorAll("span[data-valmsg-for='Decline.Reason']").Length.ShouldBe(1, "the message stands by the referral it belongs to only");

        var declined = await session.SubmitAsync(refused, new Dictionary<string, string> { ["Decline.Reason"] = "야간 근무가 어렵습니다" }, $"#referral-{toDecline} form[action*='handler=Decline']");
        declined.Location.ShouldBe($"/My/Referrals?done=Declined#referral-{toDecline}");
        var final = await session.GetAsync("/My/Referrals");
        final.Text($"#referral-{toDecline} [data-testid='status']").ShouldBe("거절");
        final.Text($"#referral-{toDecline} [data-testid='steps']").ShouldContain("야간 근무가 어렵습니다");
        final.Document.QuerySelector($"#referral-{toDecline} form").ShouldBeNull("nothing more to answer");
    }

    [Fact]
    public async Task An_answer_on_a_referral_changed_meanwhile_is_told_with_the_reason_kept()
    {
        var me = await ApplicantAsync(factory, "변경확인");
        using var session = me.Session;
        var id = await ReferAsync(factory, me, await JobAsync(factory, "변경되는 조리 일자리"));
        var page = await session.GetAsync("/My/Referrals");

        await EmployerAcceptsAsync(factory, id);
        var late = await session.SubmitAsync(page, new Dictionary<string, string> { ["Decline.Reason"] = "다른 곳에 취업했습니다" }, $"#referral-{id} form[action*='handler=Decline']");

        late.Status.ShouldBe(HttpStatusCode.OK);
        late.Text($"#referral-{id} [data-testid='form-errors']").ShouldStartWith("그 사이에 이 의뢰에 다른 답이 기록되었습니다.");
        late.Text($"#referral-{id} [data-testid='status']").ShouldBe("수락", "the page shows the referral as it now is");
        late.Document.QuerySelector($"#referral-{id} form[action*='handler=Decline']").ShouldBeNull("once the employer took the person on, declining is the employer's drop");
    }

    [Fact]
    public async Task A_forged_answer_for_another_persons_referral_is_not_found_and_logged()
    {
        var owner = await ApplicantAsync(factory, "의뢰주인");
        owner.Session.Dispose();
        var id = await ReferAsync(factory, owner, await JobAsync(factory, "남의 조리 일자리"));
        var intruder = await ApplicantAsync(factory, "엿보는신청자");
        using var session = intruder.Session;

        var own = await session.GetAsync("/My/Referrals");
        own.Text("[data-testid='no-referrals']").ShouldContain("아직 연결된 의뢰가 없습니다.");
        own.Text("main").ShouldNotContain("남의 조리 일자리");
        foreach (var handler in new[] { "Accept", "Decline" })
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = TestFlows.Token(await session.GetAsync("/My/Recommendations")),
                [$"{handler}.Version"] = Guid.NewGuid().ToString(),
                ["Decline.Reason"] = "남의 의뢰",
            });
            (await session.Client.PostAsync($"/My/Referrals?handler={handler}&id={id}", form, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
            (await PartnerFlows.AccessLogOfAsync(factory, $"AnswerMyReferral.{handler}")).ShouldContain(e => e.Subject == intruder.UserId && e.Outcome == "NotFound");
        }

        using var partner = await PartnerFlows.DemoAsync(factory, Roles.AgencyPartner);
        var token = TestFlows.Token(await partner.GetAsync("/Partner/Programs/Edit"));
        var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Accept.Version"] = Guid.Empty.ToString() });
        (await partner.Client.PostAsync($"/My/Referrals?handler=Accept&id={id}", forged, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
