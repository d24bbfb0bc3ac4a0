using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.PartnerFlows;

namespace Restart.Web.Tests.Pages.Partner;

/// <summary>/Partner/Referrals: the people referred to a partner agency who consented, and the agency's answers.</summary>
public sealed class ReferralsPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private static int AgeToday(DateOnly birth)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        return today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
    }

    [Fact]
    public async Task The_partner_sees_the_consenting_people_referred_to_it_and_answers_them_step_by_step()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "의뢰받는기관");
        using var partner = sessions[0];
        var programme = await ProgrammeAsync(factory, agencyId, "요양보호사 양성 과정");
        var consenting = await ReferralAsync(factory, agencyId, programme, "김동의", true);
        var withdrawn = await ReferralAsync(factory, agencyId, programme, "박철회", true, false);

        var home = await partner.GetAsync("/partner");
        home.Text("[data-testid='waiting-referrals']").ShouldBe("1", "the person who withdrew consent is not waiting for the agency");
        home.Document.QuerySelector("a[href='/Partner/Referrals?status=Referred']").ShouldNotBeNull();
        var list = await partner.GetAsync("/Partner/Referrals");
        var rows = list.Text("[data-testid='referrals'] tbody");
        rows.ShouldContain("김동의");
        rows.ShouldContain($"만 {AgeToday(new DateOnly(1966, 3, 2))}세");
        rows.ShouldContain("요양보호사 양성 과정");
        rows.ShouldNotContain("박철회");
        (await partner.GetAsync("/Partner/Referrals?status=Accepted")).Text("main").ShouldContain("의뢰받은 사람이 없습니다.");
        (await partner.GetAsync("/Partner/Referrals?status=Hired&page=x")).Status.ShouldBe(HttpStatusCode.OK, "a hand-made address is no error");
        (await partner.GetAsync($"/Partner/Referrals/{withdrawn}")).Status.ShouldBe(HttpStatusCode.NotFound);

        var details = await partner.GetAsync($"/Partner/Referrals/{consenting}");
        details.Text("[data-testid='person']").ShouldContain("010-9876-5432");
        (await AccessLogOfAsync(factory, "GetReferral.Query")).ShouldContain(e => e.Outcome == "Ok");
        (await AccessLogOfAsync(factory, "GetReferral.Query")).ShouldContain(e => e.Outcome == "NotFound", "the refused look at the withdrawn person is logged too");

        var accepted = await partner.SubmitAsync(details, new Dictionary<string, string>(), "form[action*='handler=Accept']");
        accepted.Location.ShouldBe($"/Partner/Referrals/{consenting}?done=Accepted");
        var page = await partner.GetAsync(accepted.Location!);
        page.Text("[data-testid='referral-status']").ShouldBe("수락");
        page.Text("[data-testid='confirmation']").ShouldBe("'수락'(으)로 기록했습니다.");
        // The accepted person and the one who withdrew consent (hidden, still referred) each hold a place (ADR 0019).
        (await partner.GetAsync($"/Partner/Programs/{programme}")).Text("[data-testid='places']").ShouldBe("2 / 10명");

        var noReason = await partner.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=Drop']");
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.FieldError("Drop.Reason").ShouldBe("사유를 입력해 주세요.");
        var dropped = await partner.SubmitAsync(noReason, new Dictionary<string, string> { ["Drop.Reason"] = "취업으로 중단" }, "form[action*='handler=Drop']");
        var after = await partner.GetAsync(dropped.Location!);
        after.Text("[data-testid='referral-status']").ShouldBe("중도 포기");
        after.Text("[data-testid='steps']").ShouldContain("취업으로 중단");
        after.Document.QuerySelectorAll("form[action*='handler=']").Length.ShouldBe(0, "nothing more to answer");
    }

    [Fact]
    public async Task A_stale_answer_and_a_move_out_of_turn_are_told_on_the_page()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "두담당기관", accounts: 2);
        using var first = sessions[0];
        using var second = sessions[1];
        var programme = await ProgrammeAsync(factory, agencyId, "전직 컨설팅");
        var id = await ReferralAsync(factory, agencyId, programme, "이순서", true);

        var pageOfFirst = await first.GetAsync($"/Partner/Referrals/{id}");
        var pageOfSecond = await second.GetAsync($"/Partner/Referrals/{id}");
        var token = TestFlows.Token(pageOfSecond);
        var version = pageOfSecond.Value("Accept.Version")!;
        var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Complete.Version"] = version });
        var outOfTurn = await WebSession.ReadAsync(await second.Client.PostAsync($"/Partner/Referrals/{id}?handler=Complete", forged, TestContext.Current.CancellationToken), "");
        outOfTurn.Status.ShouldBe(HttpStatusCode.OK);
        outOfTurn.Text("[data-testid='form-errors']").ShouldBe("이 의뢰는 지금 '의뢰됨' 상태라서 '수료'(으)로 바꿀 수 없습니다.");

        (await first.SubmitAsync(pageOfFirst, new Dictionary<string, string> { ["Decline.Reason"] = "정원 마감" }, "form[action*='handler=Decline']"))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var late = await second.SubmitAsync(pageOfSecond, new Dictionary<string, string>(), "form[action*='handler=Accept']");

        late.Status.ShouldBe(HttpStatusCode.OK);
        late.Text("[data-testid='form-errors']").ShouldStartWith("그 사이에 이 의뢰에 다른 답이 기록되었습니다.");
        late.Text("[data-testid='referral-status']").ShouldBe("거절", "the page shows the referral as it now is");
        late.Text("[data-testid='person']").ShouldContain("정원 마감");
    }

    [Fact]
    public async Task Another_partners_referral_is_not_found_and_employers_applicants_and_visitors_are_refused()
    {
        var (ownerAgency, owners) = await NewPartnerAsync(factory, "본래기관");
        owners[0].Dispose();
        var programme = await ProgrammeAsync(factory, ownerAgency, "신용회복 상담");
        var id = await ReferralAsync(factory, ownerAgency, programme, "최비밀", true);
        var (_, others) = await NewPartnerAsync(factory, "엿보는기관");
        using var other = others[0];

        (await other.GetAsync($"/Partner/Referrals/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/Partner/Referrals")).Text("main").ShouldNotContain("최비밀");
        var token = TestFlows.Token(await other.GetAsync("/Partner/Programs/Edit"));
        var accept = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Accept.Version"] = Guid.Empty.ToString() });
        (await other.Client.PostAsync($"/Partner/Referrals/{id}?handler=Accept", accept, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AccessLogOfAsync(factory, "AnswerReferral.Accept")).ShouldContain(e => e.Outcome == "NotFound");

        using var employer = await DemoAsync(factory, Roles.Employer);
        (await employer.GetAsync("/Partner/Referrals")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.GetAsync($"/Partner/Referrals/{id}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var applicant = await DemoAsync(factory, Roles.Applicant);
        (await applicant.GetAsync($"/Partner/Referrals/{id}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var visitor = factory.NewSession();
        (await visitor.GetAsync($"/Partner/Referrals/{id}")).Location!.ShouldStartWith("http://localhost/Account/Login");
    }

    [Fact]
    public async Task The_partner_pages_read_in_Korean_and_in_English_with_no_message_key_left_untranslated()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "번역확인기관");
        using var partner = sessions[0];
        var programme = await ProgrammeAsync(factory, agencyId, "자격 취득 과정");
        var referral = await ReferralAsync(factory, agencyId, programme, "문번역", true);
        string[] pages = ["/partner", "/Partner/Programs", "/Partner/Programs/Edit", $"/Partner/Programs/{programme}", "/Partner/Referrals", $"/Partner/Referrals/{referral}"];
        // A key the resources lack is shown as the key itself ("ProgrammeKind.Loan"): none may reach the page.
        var key = new System.Text.RegularExpressions.Regex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(\.[A-Za-z]+)*\b");

        foreach (var (language, heading) in new[] { ("ko", "의뢰받은 사람"), ("en", "People referred to us") })
        {
            if (language == "en")
            {
                var switched = await partner.SubmitAsync(await partner.GetAsync("/Partner/Referrals"), new Dictionary<string, string>(), "form[action='/Culture']");
                switched.Status.ShouldBe(HttpStatusCode.Redirect);
            }

            (await partner.GetAsync("/Partner/Referrals")).Text("main h1").ShouldBe(heading);
            foreach (var url in pages)
            {
                var page = await partner.GetAsync(url);
                page.Status.ShouldBe(HttpStatusCode.OK, url);
                key.Matches(page.Text("main")).Select(m => m.Value).ShouldBeEmpty($"{url} in {language}");
            }
        }
    }
}
