using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.PartnerFlows;
using static Restart.Web.Tests.Pages.Reports.ReferralReportFlows;
using S = Restart.Core.Domain.ReferralStatus;

namespace Restart.Web.Tests.Pages.Reports;

/// <summary>
/// The partner's, the employer's and the council's reports as one Excel workbook (ADR 0026 §6): a first sheet naming whose figures, the period
/// and the "&lt;5" rule, then a sheet a table with the page's cells; a reason first, kept beside its field when missing; the CSV path's refusals.
/// </summary>
public sealed class ReferralReportWorkbookTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private static readonly Dictionary<string, string> Reason = new() { ["Why"] = "성과공유회 엑셀" };

    [Fact]
    public async Task A_partner_downloads_its_workbook_only_with_a_reason_and_not_another_agencys()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "엑셀 자활센터");
        using var partner = sessions[0];
        var programme = await ProgrammeAsync(factory, agencyId, "엑셀 과정");
        await ReferralsAsync(factory, 6, [S.Referred], (agencyId, programme));
        var page = await partner.GetAsync("/Partner/Reports");
        var (from, until) = Period(page);

        // No reason: the page again, the workbook's form open with the Korean message beside its field, and no file.
        var refused = await partner.SubmitAsync(page, new Dictionary<string, string> { ["Why"] = "  " }, "[data-testid='workbook-form']");
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Response.Content.Headers.ContentDisposition.ShouldBeNull();
        refused.Document.QuerySelector("[data-testid='workbook-form']")!.Closest("details")!.HasAttribute("open").ShouldBeTrue();
        refused.Text("#why-workbook-error").ShouldBe("내려받는 사유를 적어 주세요. 개인정보 접근기록에 남습니다.");
        refused.Document.QuerySelector("#why-workbook")!.GetAttribute("aria-invalid").ShouldBe("true");
        refused.Document.QuerySelector("#why-offers-error").ShouldBeNull();
        refused.Summary.ShouldBeEmpty();

        var (name, sheets, workbook) = await WorkbookAsync(await partner.SubmitAsync(refused, Reason, "[data-testid='workbook-form']"));
        using var _ = workbook;
        name.ShouldBe($"성과_엑셀_자활센터_{from}-{until}.xlsx");
        sheets.ShouldBe(["개요", .. TableTitles(page)]);
        sheets.ShouldBe(["개요", "의뢰부터 수료까지 (이 기간 의뢰)", "프로그램별 의뢰 결과", "프로그램별 정원 충원 (현재)"]);
        SheetRow(workbook, "개요", "협력기관").ShouldBe(["엑셀 자활센터"]);
        SheetRow(workbook, "개요", "기간").ShouldBe([page.Text("[data-testid='report-scope']").Split(" · ")[1]]);
        SheetRow(workbook, "개요", "작은 수 표시").Single().ShouldContain("<5");
        SheetRow(workbook, "프로그램별 의뢰 결과", "엑셀 과정").ShouldBe(Row(page, "offers", "엑셀 과정"));
        SheetRow(workbook, "프로그램별 의뢰 결과", "엑셀 과정").ShouldBe(["6", "<5", "<5", "<5", "<5", "<5"]);
        (await AccessLogOfAsync(factory, "GetOfferReport.Export")).ShouldContain(e =>
            e.Action == PersonalDataAction.Export && e.Reason == "성과공유회 엑셀" && e.Subject.EndsWith(":workbook", StringComparison.Ordinal));

        // Another agency's workbook is not found, as its CSV files and its page are.
        var (otherAgency, others) = await NewPartnerAsync(factory, "엑셀 다른 센터");
        others[0].Dispose();
        var other = new Dictionary<string, string>(Reason) { ["OrganisationId"] = otherAgency.ToString() };
        (await partner.SubmitAsync(page, other, "[data-testid='workbook-form']")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await partner.SubmitAsync(page, other, "form[action*='table=Offers']")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await AccessLogOfAsync(factory, "GetOfferReport.Export")).ShouldContain(e => e.Outcome == "NotFound" && e.Subject == $"offer-report:{otherAgency}:workbook");
    }

    [Fact]
    public async Task An_employer_downloads_its_posts_as_a_workbook_with_the_pages_small_cells_and_not_another_companys()
    {
        var (companyId, employer) = await Employer.EmployerFlows.NewEmployerOfAsync(factory, verified: true);
        using var _ = employer;
        var post = await PostAsync(factory, companyId, "엑셀 조리원");
        await ReferralsAsync(factory, 5, [S.Referred, S.Accepted, S.Interview, S.Hired], post: (companyId, post));
        await ReferralsAsync(factory, 2, [S.Referred], post: (companyId, post));
        var page = await employer.GetAsync("/Employer/Reports");
        var (from, until) = Period(page);

        var (name, sheets, workbook) = await WorkbookAsync(await employer.SubmitAsync(page, Reason, "[data-testid='workbook-form']"));
        using var file = workbook;
        name.ShouldStartWith("성과_새기업_");
        name.ShouldEndWith($"_{from}-{until}.xlsx");
        sheets.ShouldBe(["개요", "의뢰부터 채용까지 (이 기간 의뢰)", "공고별 의뢰 결과", "공고별 모집 인원 충원 (현재)"]);
        SheetRow(workbook, "개요", "기업").Single().ShouldStartWith("새기업");
        SheetRow(workbook, "의뢰부터 채용까지 (이 기간 의뢰)", "채용").ShouldBe(Row(page, "funnel", "채용"));
        SheetRow(workbook, "의뢰부터 채용까지 (이 기간 의뢰)", "불채용").ShouldBe(["<5"]);
        SheetRow(workbook, "공고별 의뢰 결과", "엑셀 조리원").ShouldBe(Row(page, "offers", "엑셀 조리원"));
        (await AccessLogOfAsync(factory, "GetOfferReport.Export")).ShouldContain(e =>
            e.Reason == "성과공유회 엑셀" && e.Subject == "offer-report:own:workbook" && e.Outcome != "NotFound");

        var other = new Dictionary<string, string>(Reason) { ["OrganisationId"] = Guid.NewGuid().ToString() };
        (await employer.SubmitAsync(page, other, "[data-testid='workbook-form']")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_councils_workbook_holds_its_members_figures_for_its_readers_and_another_offices_staff_are_refused()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "엑셀 협의회 센터");
        sessions[0].Dispose();
        await JoinCouncilAsync(factory, agencyId, "SEOUL");
        var programme = await ProgrammeAsync(factory, agencyId, "엑셀 협의회 과정");
        await ReferralsAsync(factory, 5, [S.Referred, S.Accepted, S.Completed], (agencyId, programme));
        var seoul = await Organizations.OrganizationPages.OfficeIdAsync(factory, "SEOUL");

        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var page = await manager.GetAsync("/Network/Reports");
        var noReason = await manager.SubmitAsync(page, new Dictionary<string, string>(), "[data-testid='workbook-form']");
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.Text("#why-workbook-error").ShouldContain("사유");
        noReason.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");

        var (name, sheets, workbook) = await WorkbookAsync(await manager.SubmitAsync(page, Reason, "[data-testid='workbook-form']"));
        using var file = workbook;
        var (from, until) = Period(page);
        name.ShouldEndWith($"_{from}-{until}.xlsx");
        sheets.ShouldBe(["개요", .. TableTitles(page)]);
        sheets.Skip(1).ShouldBe(["회원 기관별 의뢰 결과", "시범사업별 의뢰와 참여 인원", "지역본부에서 회원 기관으로 의뢰"]);
        SheetRow(workbook, "개요", "협의회").ShouldBe([page.Text("[data-testid='report-scope']").Split(" · ")[0]]);
        SheetRow(workbook, "회원 기관별 의뢰 결과", "엑셀 협의회 센터").ShouldBe(Row(page, "members", "엑셀 협의회 센터"));
        SheetRow(workbook, "회원 기관별 의뢰 결과", "엑셀 협의회 센터").ShouldBe(["5", "5", "5", "100%"]);
        (await AccessLogOfAsync(factory, "GetCouncilReport.Export")).ShouldContain(e => e.Reason == "성과공유회 엑셀" && e.Subject == $"council-report:{seoul}:workbook");

        // Staff of another office may read their own council, not Seoul's: its workbook is refused as its page and CSV files are.
        using var busan = await Organizations.OrganizationPages.StaffOfAsync(factory, Roles.Counselor, "BUSAN-ULSAN");
        var own = await busan.GetAsync("/Network/Reports");
        own.Status.ShouldBe(HttpStatusCode.OK);
        var seouls = new Dictionary<string, string>(Reason) { ["OfficeId"] = seoul.ToString() };
        (await busan.SubmitAsync(own, seouls, "[data-testid='workbook-form']")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await busan.SubmitAsync(own, seouls, "form[action*='table=Members']")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await AccessLogOfAsync(factory, "GetCouncilReport.Export")).ShouldContain(e => e.Outcome == "Forbidden" && e.Subject == $"council-report:{seoul}:workbook");
    }

    /// <summary>The period the page shows, as the file names write it (yyyyMMdd).</summary>
    private static (string From, string Until) Period(WebSession.Page page)
    {
        var days = page.Text("[data-testid='report-scope']").Split(" · ")[1].Split(" ~ ");
        return (days[0].Replace("-", "", StringComparison.Ordinal), days[1].Replace("-", "", StringComparison.Ordinal));
    }
}
