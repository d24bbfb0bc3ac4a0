using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Pages.Employer.EmployerFlows;

namespace Restart.Web.Tests.Pages.Employer;

public sealed class JobsTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task An_employer_writes_a_post_publishes_it_and_closes_it_from_the_pages()
    {
        using var employer = await SignedInAsync(factory, Roles.Employer);

        var address = await CreatePostAsync(employer, new() { ["Data.Title"] = "주방 보조 (웹 테스트)" });
        var draft = await employer.GetAsync(address + "?done=Saved");
        draft.Text("[role='status']").ShouldBe("공고를 저장했습니다.");
        draft.Text("[data-testid='status']").ShouldBe("작성 중");
        draft.Text("[data-testid='post']").ShouldContain("한식조리기능사");
        var published = await employer.SubmitAsync(draft, new Dictionary<string, string>(), "form[action*='handler=Publish']");
        published.Location.ShouldBe(address + "?done=Published");
        var open = await employer.GetAsync(published.Location!);
        open.Text("[data-testid='status']").ShouldBe("모집 중");
        var closed = await employer.SubmitAsync(open, new Dictionary<string, string>(), "form[action*='handler=Close']");
        (await employer.GetAsync(closed.Location!)).Text("[data-testid='status']").ShouldBe("마감");

        var list = await employer.GetAsync("/Employer/Jobs?Status=Closed");
        list.Text("[data-testid='job-posts']").ShouldContain("주방 보조 (웹 테스트)");
        list.Text("[data-testid='job-posts']").ShouldContain("0 / 2명");
        (await employer.GetAsync("/Employer/Jobs?Status=Draft")).Text("main").ShouldNotContain("주방 보조 (웹 테스트)");
        (await employer.GetAsync("/Employer/Jobs?Status=Nope&page=abc")).Status.ShouldBe(HttpStatusCode.OK, "a hand-made address is no error");
        var home = await employer.GetAsync("/employer");
        home.Text("[data-testid='verified']").ShouldBe("확인된 기업");
        home.Text("[data-testid='candidates-waiting']").ShouldStartWith("답을 기다리는 추천 구직자");
    }

    [Fact]
    public async Task A_wage_below_the_minimum_is_explained_next_to_the_field_and_the_input_kept()
    {
        using var employer = await SignedInAsync(factory, Roles.Employer);
        var minimum = await MinimumWageAsync(factory);
        var form = await employer.GetAsync("/Employer/Jobs/Edit");

        var hourly = await employer.SubmitAsync(form, PostFields(new() { ["Data.WageKind"] = "Hourly", ["Data.WageAmount"] = $"{minimum.Hourly - 1}", ["Data.Title"] = "낮은 시급" }));
        var monthly = await employer.SubmitAsync(form, PostFields(new() { ["Data.WageAmount"] = $"{(minimum.Hourly * 209) - 1}" }));
        var atMinimum = await employer.SubmitAsync(form, PostFields(new() { ["Data.WageKind"] = "Hourly", ["Data.WageAmount"] = $"{minimum.Hourly}" }));

        hourly.Status.ShouldBe(HttpStatusCode.OK);
        hourly.FieldError("Data.WageAmount").ShouldBe($"{minimum.Year}년 최저임금(시간당 {minimum.Hourly:N0}원)보다 낮습니다.");
        hourly.Value("Data.Title").ShouldBe("낮은 시급");
        hourly.Value("Data.WageAmount").ShouldBe($"{minimum.Hourly - 1}");
        monthly.FieldError("Data.WageAmount").ShouldContain($"주 40시간 근무라면 월 {minimum.Hourly * 209:N0}원");
        atMinimum.Status.ShouldBe(HttpStatusCode.Redirect, atMinimum.Text("main"));
    }

    [Fact]
    public async Task Bad_input_is_explained_next_to_each_field()
    {
        using var employer = await SignedInAsync(factory, Roles.Employer);
        var form = await employer.GetAsync("/Employer/Jobs/Edit");

        var page = await employer.SubmitAsync(form, PostFields(new()
        {
            ["Data.Qualifications[1]"] = "없는자격증",
            ["Data.WeeklyHours"] = "70",
            ["Data.Openings"] = "0",
            ["Data.ClosesOn"] = "2020-01-01",
            ["Data.SigunguCode"] = "11",
            ["Data.ExperienceYears"] = "많이",
        }));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Data.ExperienceYears").ShouldNotBeEmpty("a number field with letters is told, not a 500");
        var fixedExperience = await employer.SubmitAsync(page, new Dictionary<string, string> { ["Data.ExperienceYears"] = "3" });
        fixedExperience.FieldError("Data.Qualifications").ShouldBe("“없는자격증”은(는) 국가자격 목록에 없습니다. 목록에 있는 이름으로 골라 주세요.");
        fixedExperience.FieldError("Data.WeeklyHours").ShouldStartWith("주당 근무시간은 1시간에서 68시간");
        fixedExperience.FieldError("Data.Openings").ShouldStartWith("모집 인원은 1명");
        fixedExperience.FieldError("Data.ClosesOn").ShouldStartWith("마감일은 접수 시작일과 같거나");
        fixedExperience.FieldError("Data.SigunguCode").ShouldBe("근무지 시·군·구를 골라 주세요.");
        fixedExperience.Value("Data.Qualifications[1]").ShouldBe("없는자격증");
    }

    [Fact]
    public async Task An_unverified_company_writes_a_draft_but_is_told_it_cannot_publish_yet()
    {
        using var employer = await NewEmployerAsync(factory, verified: false);
        (await employer.GetAsync("/employer")).Text("[data-testid='not-verified']").ShouldStartWith("기업 확인 전입니다");
        var address = await CreatePostAsync(employer);
        var draft = await employer.GetAsync(address);

        var refused = await employer.SubmitAsync(draft, new Dictionary<string, string>(), "form[action*='handler=Publish']");

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Summary.ShouldContain("기업 확인이 끝난 뒤에 공고를 게시할 수 있습니다");
        (await employer.GetAsync(address)).Text("[data-testid='status']").ShouldBe("작성 중");
    }

    [Fact]
    public async Task Two_editors_of_one_post_the_second_is_told_and_keeps_the_input()
    {
        using var first = await SignedInAsync(factory, Roles.Employer);
        using var second = await SignedInAsync(factory, Roles.Employer);
        var address = await CreatePostAsync(first);
        var edit = address.Replace("/Employer/Jobs/", "/Employer/Jobs/Edit/", StringComparison.Ordinal);
        var formOfFirst = await first.GetAsync(edit);
        var formOfSecond = await second.GetAsync(edit);

        (await first.SubmitAsync(formOfFirst, new Dictionary<string, string> { ["Data.Title"] = "첫 번째 저장" })).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await second.SubmitAsync(formOfSecond, new Dictionary<string, string> { ["Data.Title"] = "두 번째 저장" });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Summary.ShouldContain("다른 사람이 먼저 이 내용을 저장했습니다");
        refused.Value("Data.Title").ShouldBe("두 번째 저장");
        (await first.GetAsync(address)).Text("h1").ShouldBe("첫 번째 저장");
        (await second.SubmitAsync(refused, new Dictionary<string, string>())).Status.ShouldBe(HttpStatusCode.Redirect, "having been told, saving again is deliberate");
    }

    [Fact]
    public async Task Another_employer_finds_nothing_and_other_roles_and_visitors_are_refused()
    {
        using var owner = await SignedInAsync(factory, Roles.Employer);
        var address = await CreatePostAsync(owner);
        var draft = await owner.GetAsync(address);
        var edit = address.Replace("/Employer/Jobs/", "/Employer/Jobs/Edit/", StringComparison.Ordinal);

        using var other = await NewEmployerAsync(factory, verified: true);
        (await other.GetAsync(address)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(edit)).Status.ShouldBe(HttpStatusCode.NotFound);
        var token = TestFlows.Token(await other.GetAsync("/Employer/Jobs/Edit"));
        var publish = await other.Client.PostAsync(address + "?handler=Publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = Guid.NewGuid().ToString() }),
            TestContext.Current.CancellationToken);
        publish.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/Employer/Jobs")).Text("main").ShouldNotContain(draft.Text("h1"));
        (await other.GetAsync($"/Employer/Jobs/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);

        using var partner = await SignedInAsync(factory, Roles.AgencyPartner);
        using var applicant = await SignedInAsync(factory, Roles.Applicant);
        using var anonymous = factory.NewSession();
        foreach (var url in new[] { "/Employer/Jobs", "/Employer/Jobs/Edit", address, edit })
        {
            (await partner.GetAsync(url)).Status.ShouldBe(HttpStatusCode.Forbidden, url);
            (await applicant.GetAsync(url)).Status.ShouldBe(HttpStatusCode.Forbidden, url);
            var visitor = await anonymous.GetAsync(url);
            visitor.Status.ShouldBe(HttpStatusCode.Redirect, url);
            visitor.Location!.ShouldContain("/Account/Login");
        }

        (await owner.GetAsync(address)).Text("[data-testid='status']").ShouldBe("작성 중", "nothing the others tried changed the post");
    }
}
