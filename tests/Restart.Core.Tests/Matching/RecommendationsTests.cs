using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Matching;
using Restart.Core.Tests.Features.Offers;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Matching;

/// <summary>The engine as the pages get it: from the container, on a migrated database of each engine.</summary>
public sealed class RecommendationsTests
{
    private static Task<Recommendations> RecommendAsync(CoreHost host, Guid caseId, int jobs = 20, int programmes = 10) =>
        host.InScopeAsync(p => p.GetRequiredService<IMatchEngine>().RecommendAsync(caseId, jobs, programmes, TestContext.Current.CancellationToken));

    private static string[] Described(IEnumerable<MatchReason> reasons) => [.. reasons.Select(MatchReasonText.Describe)];

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_post_that_fits_best_comes_first_with_its_reasons_and_closed_past_or_filled_posts_never_show(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var company = await OfferTestData.CompanyAsync(host, verified: true);
        await OfferTestData.JobAsync(host, company, "부산 한식 조리사", 20, j => (j.SidoCode, j.SigunguCode) = ("26", "26350"));
        await OfferTestData.JobAsync(host, company, "성동 건물 청소원", 20, j => j.OccupationCode = "5611");
        var best = await OfferTestData.JobAsync(host, company, "성동 한식 조리사", 20, j =>
        {
            (j.MonthlyWage, j.WageAmount) = (2_800_000, 2_800_000);
            j.Qualifications.Add(new JobPostQualification { JobPostId = j.Id, QualificationCode = "7910" });
        });
        await OfferTestData.JobAsync(host, company, "마감된 조리사", 20, j => j.Status = OfferStatus.Closed);
        await OfferTestData.JobAsync(host, company, "어제 마감 조리사", -1);
        var filled = await OfferTestData.JobAsync(host, company, "채용 끝난 조리사", 20);
        await MatchTestData.HireAsync(host, filled, company);
        var unverified = await OfferTestData.CompanyAsync(host, verified: false, "미인증상사");
        await OfferTestData.JobAsync(host, unverified, "미인증 기업 조리사", 20);
        var (caseId, _) = await MatchTestData.CaseAsync(host, c => c.CertificatesAndSkills = "한식 조리기능사 (2012년 취득)");

        var recommended = await RecommendAsync(host, caseId);

        recommended.Jobs.Select(j => j.Title).ShouldBe(["성동 한식 조리사", "부산 한식 조리사", "성동 건물 청소원"]);
        var first = recommended.Jobs[0];
        (first.JobPostId, first.CompanyName, first.MonthlyWage, first.Score).ShouldBe((best, "성수푸드", 2_800_000, 100));
        Described(first.Reasons).ShouldBe([
            "희망 직종과 같음: 한식 조리사",
            "희망 지역과 같은 시·군·구: 서울특별시 성동구",
            "희망 임금 이상: 월 2,800,000원 (희망 월 2,500,000원)",
            "희망 근무시간에 맞음: 주 40시간 (희망 주 40시간)",
            "요구 자격증 보유: 한식조리기능사",
        ]);
        recommended.Jobs[1].Reasons.Where(r => !r.Met).Select(MatchReasonText.Describe).ShouldBe(["희망 지역과 먼 곳: 부산광역시 해운대구"]);
        recommended.Gaps.ShouldBeEmpty("the person holds what the jobs ask for");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_draft_or_an_unknown_case_has_no_recommendations(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        await OfferTestData.JobAsync(host, await OfferTestData.CompanyAsync(host, verified: true), "성동 한식 조리사", 20);
        var (draft, _) = await MatchTestData.CaseAsync(host, submitted: false);

        (await RecommendAsync(host, draft)).ShouldBe(Recommendations.None);
        (await RecommendAsync(host, Guid.NewGuid())).ShouldBe(Recommendations.None);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_demo_applicant_is_recommended_cooks_posts_in_Seoul_and_programmes_of_its_region(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, demoData: true);
        await using var db = host.Database.NewContext();
        var caseId = await db.Cases.Where(c => c.ApplicantUserId == db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[Roles.Applicant]).Select(u => u.Id).First())
            .Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);

        var recommended = await RecommendAsync(host, caseId);

        recommended.Jobs.Count.ShouldBe(20);
        var first = Described(recommended.Jobs[0].Reasons);
        first.ShouldContain(r => r.StartsWith("희망 직종과 같") || r.StartsWith("이전 사업(한식 일반 음식점업)과 관련된 직종"));
        first.ShouldContain(r => r.StartsWith("희망 지역과 같은") || r.StartsWith("거주지와 같은"));
        recommended.Programmes.ShouldNotBeEmpty();
        Described(recommended.Programmes[0].Reasons).ShouldContain("재취업 지원 프로그램");
    }
}
