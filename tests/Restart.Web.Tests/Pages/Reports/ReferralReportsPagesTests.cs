using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.PartnerFlows;
using static Restart.Web.Tests.Pages.Reports.ReferralReportFlows;
using S = Restart.Core.Domain.ReferralStatus;

namespace Restart.Web.Tests.Pages.Reports;

/// <summary>The partner's, the employer's and the council's reports (ADR 0026): each reader's own figures as charts and tables, CSV files with "&lt;5", and the refusals.</summary>
public sealed class ReferralReportsPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private static readonly Dictionary<string, string> Reason = new() { ["Why"] = "성과공유회 자료" };

    [Fact]
    public async Task A_partner_sees_its_own_programmes_and_downloads_them_with_a_reason_and_another_agencys_report_is_not_found()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "성과확인 자활센터");
        using var partner = sessions[0];
        var programme = await ProgrammeAsync(factory, agencyId, "보고서 과정");
        await ReferralsAsync(factory, 6, [S.Referred], (agencyId, programme));

        var page = await partner.GetAsync("/Partner/Reports");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("[data-testid='report-scope']").ShouldStartWith("성과확인 자활센터 · ");
        Row(page, "offers", "보고서 과정").ShouldBe(["6", "<5", "<5", "<5", "<5", "<5"]);
        Row(page, "funnel", "의뢰됨").ShouldBe(["6"]);
        Row(page, "places", "보고서 과정").ShouldBe(["10", "6", "60%"]);
        var charts = page.Document.QuerySelectorAll("svg[data-testid='chart']");
        charts.Length.ShouldBe(3);
        charts.ShouldAllBe(c => c.NextElementSibling!.QuerySelector("table") != null);
        (await partner.GetAsync("/partner")).Document.QuerySelector("[data-testid='partner-reports']").ShouldNotBeNull();

        var noReason = await partner.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='table=Offers']");
        noReason.Text("#why-offers-error").ShouldContain("사유");
        noReason.Summary.ShouldBeEmpty();
        var (name, lines) = await CsvAsync(await partner.SubmitAsync(page, Reason, "form[action*='table=Offers']"));
        name.ShouldStartWith("성과_성과확인_자활센터_");
        name.ShouldMatch(@"_\d{8}-\d{8}_프로그램별_의뢰_결과\.csv$");
        lines.ShouldBe(["프로그램,의뢰됨,수락,수료,중도 포기,거절,성과율", "보고서 과정,6,<5,<5,<5,<5,<5"]);
        (await AccessLogOfAsync(factory, "GetOfferReport.Export")).ShouldContain(e => e.Action == PersonalDataAction.Export && e.Reason == "성과공유회 자료");

        var (otherAgency, others) = await NewPartnerAsync(factory, "다른 자활센터");
        others[0].Dispose();
        (await partner.GetAsync($"/Partner/Reports?OrganisationId={otherAgency}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await AccessLogOfAsync(factory, "GetOfferReport.Query")).ShouldContain(e => e.Outcome == "NotFound" && e.Subject == $"offer-report:{otherAgency}");
        using var applicant = await DemoAsync(factory, Roles.Applicant);
        (await applicant.GetAsync("/Partner/Reports")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_employer_sees_its_own_posts_funnel_to_hire_and_another_companys_report_is_not_found()
    {
        var (companyId, employer) = await Employer.EmployerFlows.NewEmployerOfAsync(factory, verified: true);
        using var _ = employer;
        var post = await PostAsync(factory, companyId, "보고서 조리원");
        await ReferralsAsync(factory, 5, [S.Referred, S.Accepted, S.Interview, S.Hired], post: (companyId, post));
        await ReferralsAsync(factory, 2, [S.Referred], post: (companyId, post));

        var page = await employer.GetAsync("/Employer/Reports");
        page.Status.ShouldBe(HttpStatusCode.OK);
        Row(page, "offers", "보고서 조리원").ShouldBe(["7", "5", "5", "5", "<5", "71%"]);
        Row(page, "funnel", "채용").ShouldBe(["5"]);
        Row(page, "funnel", "불채용").ShouldBe(["<5"]);
        (await employer.GetAsync("/employer")).Document.QuerySelector("[data-testid='employer-reports']").ShouldNotBeNull();

        var (name, lines) = await CsvAsync(await employer.SubmitAsync(page, Reason, "form[action*='table=Funnel']"));
        name.ShouldStartWith("성과_새기업_");
        lines.ShouldBe(["단계,인원", "의뢰됨,7", "수락,5", "면접,5", "채용,5", "불채용,<5"]);

        (await employer.GetAsync($"/Employer/Reports?OrganisationId={Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var (_, partners) = await NewPartnerAsync(factory, "고용 보고서 기관");
        using var partner = partners[0];
        (await partner.GetAsync("/Employer/Reports")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_councils_staff_and_members_see_its_figures_and_others_are_refused_in_the_access_log()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "협의회 보고 센터");
        using var member = sessions[0];
        await JoinCouncilAsync(factory, agencyId, "SEOUL");
        var programme = await ProgrammeAsync(factory, agencyId, "협의회 과정");
        await ReferralsAsync(factory, 5, [S.Referred, S.Accepted, S.Completed], (agencyId, programme));
        var seoul = await Organizations.OrganizationPages.OfficeIdAsync(factory, "SEOUL");

        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var page = await manager.GetAsync("/Network/Reports");
        page.Status.ShouldBe(HttpStatusCode.OK);
        Row(page, "members", "협의회 보고 센터").ShouldBe(["5", "5", "5", "100%"]);
        page.Document.QuerySelectorAll("[data-testid='report-flows'] tbody tr").ShouldContain(tr => tr.TextContent.Contains("협의회 보고 센터"));

        var own = await member.GetAsync("/Network/Reports");
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.Text("[data-testid='report-scope']").ShouldBe(page.Text("[data-testid='report-scope']"));
        var (name, lines) = await CsvAsync(await member.SubmitAsync(own, Reason, "form[action*='table=Members']"));
        name.ShouldContain("_회원_기관별_의뢰_결과.csv");
        lines.ShouldContain("협의회 보고 센터,5,5,5,100%");
        lines.Skip(1).ShouldContain(l => l.Contains("<5"));
        (await AccessLogOfAsync(factory, "GetCouncilReport.Export")).ShouldContain(e => e.Reason == "성과공유회 자료" && e.Subject == $"council-report:{seoul}:Members");

        using var busan = await Organizations.OrganizationPages.StaffOfAsync(factory, Roles.Counselor, "BUSAN-ULSAN");
        (await busan.GetAsync($"/Network/Reports?OfficeId={seoul}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var (_, outsiders) = await NewPartnerAsync(factory, "협의회 밖 기관");
        using var outsider = outsiders[0];
        (await outsider.GetAsync($"/Network/Reports?OfficeId={seoul}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var applicant = await DemoAsync(factory, Roles.Applicant);
        (await applicant.GetAsync("/Network/Reports")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var employer = await DemoAsync(factory, Roles.Employer);
        (await employer.GetAsync("/Network/Reports")).Status.ShouldBe(HttpStatusCode.Forbidden);

        (await AccessLogOfAsync(factory, "GetCouncilReport.Query")).Count(e => e.Outcome == "Forbidden" && e.Subject == $"council-report:{seoul}").ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_period_that_cannot_be_used_is_explained_beside_its_field_with_what_was_typed_and_the_month_is_shown_instead()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "기간 확인 기관");
        using var partner = sessions[0];
        await JoinCouncilAsync(factory, agencyId, "SEOUL");
        var (companyId, employer) = await Employer.EmployerFlows.NewEmployerOfAsync(factory, verified: true);
        using var _ = employer;
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        using var visitor = factory.NewSession();
        var today = Restart.Core.Common.KoreanTime.ToKorean(DateTime.UtcNow);
        var month = $"{new DateOnly(today.Year, today.Month, 1):yyyy-MM-dd} ~ {new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month)):yyyy-MM-dd}";
        (WebSession Session, string Page)[] readers =
        [
            (partner, "/Partner/Reports"), (employer, "/Employer/Reports"), (partner, "/Network/Reports"), (manager, "/Network/Reports"),
            (manager, "/Staff/Reports"), (visitor, "/Outcomes"),
        ];

        foreach (var (session, page) in readers)
        {
            // A year out of range (an address typed or kept from long ago).
            var year = await session.GetAsync($"{page}?Period=Month&Year=1999&Number=5");
            year.Status.ShouldBe(HttpStatusCode.OK, page);
            year.FieldError("Year").ShouldBe("기간을 다시 골라 주세요.", page);
            year.Document.QuerySelector("input[name='Year']")!.GetAttribute("value").ShouldBe("1999", page);
            year.Text("[data-testid='report-scope']").ShouldEndWith(month, Shouldly.Case.Sensitive, page);

            // A custom period that ends before it starts.
            var backwards = await session.GetAsync($"{page}?Period=Custom&From=2026-11-10&Until=2026-11-01");
            backwards.Status.ShouldBe(HttpStatusCode.OK, page);
            backwards.FieldError("Until").ShouldNotBeEmpty(page);
            backwards.Text("[data-testid='report-scope']").ShouldEndWith(month, Shouldly.Case.Sensitive, page);
        }
    }

    [Fact]
    public async Task The_report_pages_read_in_Korean_and_in_English_with_no_message_key_left_untranslated()
    {
        var (agencyId, sessions) = await NewPartnerAsync(factory, "번역 보고 기관");
        using var partner = sessions[0];
        await JoinCouncilAsync(factory, agencyId, "SEOUL");
        await ReferralsAsync(factory, 5, [S.Referred], (agencyId, await ProgrammeAsync(factory, agencyId, "번역 과정")));
        var (companyId, employer) = await Employer.EmployerFlows.NewEmployerOfAsync(factory, verified: true);
        using var _ = employer;
        await ReferralsAsync(factory, 5, [S.Referred], post: (companyId, await PostAsync(factory, companyId, "번역 공고")));
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        (WebSession Session, string Url, string Korean, string English)[] pages =
        [
            (partner, "/Partner/Reports", "우리 기관 프로그램 성과", "Our programmes' outcomes"),
            (partner, "/Network/Reports", "협의회 성과", "Council outcomes"),
            (employer, "/Employer/Reports", "우리 회사 채용 성과", "Our job posts' hiring outcomes"),
            (manager, "/Network/Reports", "협의회 성과", "Council outcomes"),
            (manager, "/Staff/Reports", "성과 현황", "Outcomes"),
        ];
        // A key the resources lack is shown as the key itself ("PartnerReports.Table.Places"): none may reach the page.
        var key = new System.Text.RegularExpressions.Regex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(\.[A-Za-z]+)*\b");

        foreach (var language in new[] { "ko", "en" })
        {
            foreach (var (session, url, korean, english) in pages)
            {
                var page = await session.GetAsync(url);
                if (language == "en" && page.Text("main h1") == korean)
                {
                    (await session.SubmitAsync(page, new Dictionary<string, string>(), "form[action='/Culture']")).Status.ShouldBe(HttpStatusCode.Redirect);
                    page = await session.GetAsync(url);
                }

                page.Status.ShouldBe(HttpStatusCode.OK, url);
                page.Text("main h1").ShouldBe(language == "ko" ? korean : english, url);
                key.Matches(page.Text("main")).Select(m => m.Value).ShouldBeEmpty($"{url} in {language}");
            }
        }
    }
}
