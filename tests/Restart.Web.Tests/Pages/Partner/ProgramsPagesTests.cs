using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.PartnerFlows;

namespace Restart.Web.Tests.Pages.Partner;

/// <summary>/Partner/Programs: a partner agency's own programmes, created, edited, published and closed through the pages.</summary>
public sealed class ProgramsPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private static Dictionary<string, string> LoanFields(string title) => new()
    {
        ["Data.Title"] = title,
        ["Data.Kind"] = "Loan",
        ["Data.Track"] = "ReFounding",
        ["Data.Description"] = "점포 임차 보증금 융자",
        ["Data.Regions"] = "11",
        ["Data.MinAge"] = "40",
        ["Data.MaxAge"] = "69",
        ["Data.Capacity"] = "15",
        ["Data.LoanLimit"] = "100000000",
        ["Data.InterestRate"] = "1",
        ["Data.LoanTermMonths"] = "60",
    };

    private static async Task<OfferStatus> StatusAsync(RestartWebFactory factory, Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RestartDbContext>().Programmes.Where(p => p.Id == id).Select(p => p.Status).SingleAsync();
    }

    [Fact]
    public async Task A_partner_creates_a_loan_publishes_it_sees_it_in_the_list_and_on_the_home_page_then_closes_it()
    {
        var (_, sessions) = await NewPartnerAsync(factory, "강북자활센터");
        using var partner = sessions[0];

        var created = await partner.SubmitAsync(await partner.GetAsync("/Partner/Programs/Edit"), LoanFields("자활기금 점포임차 융자"));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.Summary + created.Text("main"));
        created.Location.ShouldEndWith("?done=created");
        var details = await partner.GetAsync(created.Location!);
        details.Text("[data-testid='programme-status']").ShouldBe("작성 중");
        details.Text("[data-testid='places']").ShouldBe("0 / 15명");
        details.Text("[data-testid='programme']").ShouldContain("100,000,000원");
        details.Text("[data-testid='programme']").ShouldContain("서울특별시");
        details.Text("[data-testid='programme']").ShouldContain("40세 ~ 69세");

        var published = await partner.SubmitAsync(details, new Dictionary<string, string>(), "form[action*='handler=Publish']");
        published.Location.ShouldEndWith("?done=published");
        var open = await partner.GetAsync(published.Location!);
        open.Text("[data-testid='programme-status']").ShouldBe("모집 중");
        open.Text("[data-testid='confirmation']").ShouldBe("게시했습니다. 이제 모집 중입니다.");

        (await partner.GetAsync("/Partner/Programs?status=Open")).Text("[data-testid='programmes']").ShouldContain("자활기금 점포임차 융자");
        (await partner.GetAsync("/Partner/Programs?status=Draft")).Text("main").ShouldNotContain("자활기금 점포임차 융자");
        (await partner.GetAsync("/Partner/Programs?status=Nonsense&page=abc")).Status.ShouldBe(HttpStatusCode.OK, "a hand-made address is no error");
        var home = await partner.GetAsync("/partner");
        home.Text("main table").ShouldContain("0 / 15명");
        home.Text("[data-testid='waiting-referrals']").ShouldBe("0");

        var closed = await partner.SubmitAsync(open, new Dictionary<string, string>(), "form[action*='handler=Close']");
        (await partner.GetAsync(closed.Location!)).Text("[data-testid='programme-status']").ShouldBe("마감");
    }

    [Fact]
    public async Task Mistakes_are_explained_next_to_each_field_with_the_input_kept_and_a_late_draft_cannot_be_published()
    {
        var (_, sessions) = await NewPartnerAsync(factory, "실수기관");
        using var partner = sessions[0];
        var form = await partner.GetAsync("/Partner/Programs/Edit");

        var page = await partner.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.Title"] = " ",
            ["Data.Kind"] = "Training",
            ["Data.Track"] = "ReEmployment",
            ["Data.Description"] = "설명은 남아야 합니다",
            ["Data.Capacity"] = "0",
            ["Data.ApplyFrom"] = "2030-12-10",
            ["Data.ApplyUntil"] = "2030-12-01",
            ["Data.InterestRate"] = "25",
            ["Data.MinAge"] = "70",
            ["Data.MaxAge"] = "60",
        });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Data.Title").ShouldBe("프로그램 이름을 입력해 주세요.");
        page.FieldError("Data.Capacity").ShouldBe("정원은 1명 이상 1,000,000명 이하로 입력해 주세요.");
        page.FieldError("Data.ApplyUntil").ShouldBe("신청 마감일은 신청 시작일과 같거나 그 뒤여야 합니다.");
        page.FieldError("Data.InterestRate").ShouldBe("대출 한도, 금리, 기간은 융자 프로그램에만 입력할 수 있습니다.");
        page.FieldError("Data.MaxAge").ShouldBe("최대 나이는 최소 나이보다 작을 수 없습니다.");
        page.Text("textarea[name='Data.Description']").ShouldBe("설명은 남아야 합니다");
        page.Value("Data.Capacity").ShouldBe("0");
        (page.Document.QuerySelector("#Data_Kind option[selected]")?.GetAttribute("value")).ShouldBe("Training");

        var withLetters = LoanFields("숫자 칸에 글자");
        withLetters["Data.Capacity"] = "열다섯";
        var letters = await partner.SubmitAsync(form, withLetters);
        letters.Status.ShouldBe(HttpStatusCode.OK);
        letters.FieldError("Data.Capacity").ShouldBe("입력한 값이 올바르지 않습니다.");

        var late = LoanFields("지난 마감 과정");
        (late["Data.ApplyFrom"], late["Data.ApplyUntil"]) = ("2020-01-01", "2020-01-31");
        var draft = await partner.SubmitAsync(form, late);
        draft.Status.ShouldBe(HttpStatusCode.Redirect, "a draft may keep a past deadline until it is published");
        var refused = await partner.SubmitAsync(await partner.GetAsync(draft.Location!), new Dictionary<string, string>(), "form[action*='handler=Publish']");
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("[data-testid='form-errors']").ShouldContain("신청 마감일이 지나 게시할 수 없습니다.");
        refused.Text("[data-testid='programme-status']").ShouldBe("작성 중");
    }

    [Fact]
    public async Task Two_editors_of_one_programme_the_second_is_told_and_keeps_the_input()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "동시편집기관", accounts: 2);
        using var first = sessions[0];
        using var second = sessions[1];
        var id = await ProgrammeAsync(factory, agencyId, "요양보호사 자격 과정");

        var formOfFirst = await first.GetAsync($"/Partner/Programs/Edit/{id}");
        var formOfSecond = await second.GetAsync($"/Partner/Programs/Edit/{id}");
        (await first.SubmitAsync(formOfFirst, new Dictionary<string, string> { ["Data.Capacity"] = "25" })).Location.ShouldBe($"/Partner/Programs/{id}?done=saved");
        var refused = await second.SubmitAsync(formOfSecond, new Dictionary<string, string> { ["Data.Capacity"] = "40", ["Data.OtherConditions"] = "야간 수업 가능자" });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Summary.ShouldContain("다른 사람이 먼저 이 내용을 저장했습니다");
        refused.Value("Data.Capacity").ShouldBe("40", "the second person's input is kept");
        refused.Text("[data-testid='current-values']").ShouldContain("25");
        (await second.SubmitAsync(refused, new Dictionary<string, string>())).Location.ShouldBe($"/Partner/Programs/{id}?done=saved", "saving again after seeing the other save is deliberate");
        (await second.GetAsync($"/Partner/Programs/{id}")).Text("[data-testid='places']").ShouldBe("0 / 40명");
        (await StatusAsync(factory, id)).ShouldBe(OfferStatus.Open, "saving keeps the status");
    }

    [Fact]
    public async Task Another_partners_programme_is_not_found_and_employers_applicants_and_visitors_are_refused()
    {
        var (ownerAgency, owners) = await NewPartnerAsync(factory, "주인기관");
        owners[0].Dispose();
        var id = await ProgrammeAsync(factory, ownerAgency, "남의 프로그램");
        var (_, others) = await NewPartnerAsync(factory, "남의기관");
        using var other = others[0];

        (await other.GetAsync($"/Partner/Programs/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/Partner/Programs/Edit/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/Partner/Programs")).Text("main").ShouldNotContain("남의 프로그램");
        var ownForm = await other.GetAsync("/Partner/Programs/Edit");
        var token = TestFlows.Token(ownForm);
        var close = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = Guid.Empty.ToString() });
        (await other.Client.PostAsync($"/Partner/Programs/{id}?handler=Close", close, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var fields = LoanFields("가로채기");
        (fields["Data.ApplyFrom"], fields["Data.ApplyUntil"], fields["__RequestVerificationToken"]) = ("2030-01-01", "2030-01-31", token);
        var edit = new FormUrlEncodedContent(fields);
        (await other.Client.PostAsync($"/Partner/Programs/Edit/{id}", edit, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StatusAsync(factory, id)).ShouldBe(OfferStatus.Open);

        using var employer = await DemoAsync(factory, Roles.Employer);
        (await employer.GetAsync("/Partner/Programs")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.GetAsync($"/Partner/Programs/{id}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var applicant = await DemoAsync(factory, Roles.Applicant);
        (await applicant.GetAsync("/Partner/Programs/Edit")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var visitor = factory.NewSession();
        (await visitor.GetAsync("/Partner/Programs")).Location!.ShouldStartWith("http://localhost/Account/Login");
    }
}
