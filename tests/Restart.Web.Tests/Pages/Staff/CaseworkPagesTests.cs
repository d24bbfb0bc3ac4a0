using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Staff;

/// <summary>The staff pages over the demo office: the queue, the case page's actions, the conflict between two staff, and every refusal.</summary>
public sealed class CaseworkPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private async Task<WebSession> SignedInAsync(string role)
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    /// <summary>An unassigned case of an office in one status; <paramref name="skip"/> keeps tests of this class on different cases.</summary>
    private async Task<(Guid Id, string Number, string Name)> CaseAsync(string office, CaseStatus status, int skip = 0)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var found = await (
            from c in db.Cases
            join p in db.ApplicantProfiles on c.ApplicantUserId equals p.UserId
            join o in db.RegionalOffices on c.RegionalOfficeId equals o.Id
            where o.Code == office && c.Status == status && c.AssignedCounselorId == null
            orderby c.Number
            select new { c.Id, c.Number, p.Name })
            .Skip(skip).FirstAsync(TestContext.Current.CancellationToken);
        return (found.Id, found.Number!, found.Name);
    }

    private async Task<List<AccessLogEntry>> AccessLogOfAsync(string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var id = await db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[role]).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        return await db.AccessLog.Where(e => e.ActorUserId == id).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_queue_lists_the_offices_cases_by_filter_and_search_and_refuses_other_roles()
    {
        using var counselor = await SignedInAsync(Roles.Counselor);
        var (_, number, name) = await CaseAsync("SEOUL", CaseStatus.Submitted);
        var busan = await CaseAsync("BUSAN-ULSAN", CaseStatus.Submitted);

        var queue = await counselor.GetAsync("/Staff/Cases?Status=Submitted");
        queue.Status.ShouldBe(HttpStatusCode.OK);
        var numbers = queue.Document.QuerySelectorAll("[data-testid='queue'] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        numbers.ShouldContain(number);
        numbers.ShouldNotContain(busan.Number, "another office's case");
        queue.Text("[data-testid='queue-total']").ShouldBe($"{numbers.Count}건");

        var search = await counselor.GetAsync($"/Staff/Cases?Search={Uri.EscapeDataString(number)}");
        search.Document.QuerySelectorAll("[data-testid='queue'] tbody tr").Length.ShouldBe(1);
        search.Text("[data-testid='queue'] tbody").ShouldContain(name);
        (await counselor.GetAsync($"/Staff/Cases?Search={Uri.EscapeDataString(busan.Number)}")).Text("main").ShouldContain("조건에 맞는 사례가 없습니다");
        (await counselor.GetAsync("/Staff/Cases?Status=NoSuchStatus&WaitingDays=abc")).Status.ShouldBe(HttpStatusCode.OK, "a hand-made address is no error");

        using var applicant = await SignedInAsync(Roles.Applicant);
        (await applicant.GetAsync("/Staff/Cases")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var partner = await SignedInAsync(Roles.AgencyPartner);
        (await partner.GetAsync("/Staff/Agenda")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await AccessLogOfAsync(Roles.AgencyPartner)).ShouldContain(e => e.Subject == "page:/Staff/Agenda" && e.Outcome == "Forbidden");
    }

    [Fact]
    public async Task Another_offices_case_is_not_found_and_a_counselor_cannot_assign_both_logged()
    {
        using var counselor = await SignedInAsync(Roles.Counselor);
        var busan = await CaseAsync("BUSAN-ULSAN", CaseStatus.Eligible);
        var ours = await CaseAsync("SEOUL", CaseStatus.Eligible);

        (await counselor.GetAsync($"/Staff/Cases/{busan.Id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await counselor.GetAsync($"/My/Document/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.Forbidden, "staff open documents from the case page, with a reason");
        var page = await counselor.GetAsync($"/Staff/Cases/{ours.Id}");
        page.Document.QuerySelector("form[action*='handler=Assign']").ShouldBeNull("a counselor is not offered the assignment");
        var forged = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestFlows.Token(page),
            ["Assign.CounselorId"] = "anyone",
            ["Assign.Version"] = Guid.Empty.ToString(),
        };
        (await counselor.Client.PostAsync($"/Staff/Cases/{ours.Id}?handler=Assign", new FormUrlEncodedContent(forged), TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var log = await AccessLogOfAsync(Roles.Counselor);
        log.ShouldContain(e => e.Operation == "GetCase.Query" && e.Outcome == "NotFound");
        log.ShouldContain(e => e.Operation == "AssignCase.Command" && e.Outcome == "Forbidden");
    }

    [Fact]
    public async Task The_second_of_two_staff_on_one_case_sees_what_changed_and_a_mistake_keeps_the_input()
    {
        var (id, _, _) = await CaseAsync("SEOUL", CaseStatus.Submitted, skip: 1);
        using var counselor = await SignedInAsync(Roles.Counselor);
        using var manager = await SignedInAsync(Roles.RegionalManager);
        var counselorPage = await counselor.GetAsync($"/Staff/Cases/{id}");
        var managerPage = await manager.GetAsync($"/Staff/Cases/{id}");
        managerPage.Status.ShouldBe(HttpStatusCode.OK, managerPage.Text("main"));

        var started = await counselor.SubmitAsync(counselorPage, new Dictionary<string, string>(), "form[action*='handler=StartReview']");
        started.Status.ShouldBe(HttpStatusCode.Redirect);
        var late = await manager.SubmitAsync(managerPage, new Dictionary<string, string>(), "form[action*='handler=StartReview']");

        late.Status.ShouldBe(HttpStatusCode.OK);
        late.Text("[data-testid='form-errors']").ShouldContain("박지현: 담당자가 자격 검토를 시작했습니다.");
        late.Text("[data-testid='case-status']").ShouldBe("자격 검토 중", "the page shows the case as it now is");

        var review = await counselor.GetAsync($"/Staff/Cases/{id}");
        var noReason = await counselor.SubmitAsync(review, new Dictionary<string, string> { ["Decide.Eligible"] = "false", ["Decide.Note"] = "상시 근로자 7명" }, "form[action*='handler=Decide']");
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.FieldError("Decide.Reason").ShouldBe("부적격 사유를 골라 주세요.");
        noReason.Text("textarea[name='Decide.Note']").ShouldBe("상시 근로자 7명");
        noReason.Text("[data-testid='case-status']").ShouldBe("자격 검토 중");
    }

    [Fact]
    public async Task The_staff_pages_read_in_Korean_and_in_English_with_no_message_key_left_untranslated()
    {
        using var manager = await SignedInAsync(Roles.RegionalManager);
        var (id, _, _) = await CaseAsync("SEOUL", CaseStatus.Eligible, skip: 1);
        string[] pages = ["/Staff/Cases", "/Staff/Cases?transfers=true", $"/Staff/Cases/{id}", "/Staff/Agenda", "/Staff/Outreach", "/Staff/Reports"];
        // A key the resources lack is shown as the key itself ("CaseDetail.Plan"): none may reach the page.
        var key = new System.Text.RegularExpressions.Regex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(\.[A-Za-z]+)*\b");

        foreach (var (language, heading) in new[] { ("ko", "사례 목록"), ("en", "Case queue") })
        {
            if (language == "en")
            {
                var switched = await manager.SubmitAsync(await manager.GetAsync("/Staff/Cases"), new Dictionary<string, string>(), "form[action='/Culture']");
                switched.Status.ShouldBe(HttpStatusCode.Redirect);
            }

            (await manager.GetAsync("/Staff/Cases")).Text("main h1").ShouldBe(heading);
            foreach (var url in pages)
            {
                var page = await manager.GetAsync(url);
                page.Status.ShouldBe(HttpStatusCode.OK, url);
                key.Matches(page.Text("main")).Select(m => m.Value).ShouldBeEmpty($"{url} in {language}");
            }
        }
    }

    [Fact]
    public async Task A_manager_exports_the_filtered_queue_with_a_reason_and_a_counselor_cannot()
    {
        using var manager = await SignedInAsync(Roles.RegionalManager);
        var queue = await manager.GetAsync("/Staff/Cases?Status=Ineligible");
        var shown = queue.Document.QuerySelectorAll("[data-testid='queue'] tbody tr").Length;

        var noReason = await manager.SubmitAsync(queue, new Dictionary<string, string>(), "form[action*='handler=Export']");
        noReason.FieldError("Why").ShouldContain("사유");
        var file = await manager.SubmitAsync(queue, new Dictionary<string, string> { ["Why"] = "월간 부적격 사유 점검" }, "form[action*='handler=Export']");

        file.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = Encoding.UTF8.GetString(await file.Response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        lines[0].ShouldBe("사례번호,이름,상태,트랙,담당 상담사,신청일,현 상태 일수");
        lines.Length.ShouldBe(shown + 1);
        lines.Skip(1).ShouldAllBe(l => l.Contains(",지원 대상 아님,"));
        (await AccessLogOfAsync(Roles.RegionalManager)).ShouldContain(e => e.Action == PersonalDataAction.Export && e.Reason == "월간 부적격 사유 점검");

        using var counselor = await SignedInAsync(Roles.Counselor);
        var page = await counselor.GetAsync("/Staff/Cases");
        page.Document.QuerySelector("form[action*='handler=Export']").ShouldBeNull();
        var forged = new Dictionary<string, string> { ["__RequestVerificationToken"] = TestFlows.Token(page), ["Why"] = "x" };
        (await counselor.Client.PostAsync("/Staff/Cases?handler=Export", new FormUrlEncodedContent(forged), TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
