using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Matching;
using Restart.Core.Tests.Features.Offers;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Matching;

/// <summary>Programmes: eligibility as filters, fit with the plan and the track, and the gaps they close; on each engine.</summary>
public sealed class ProgrammeRecommendationsTests
{
    private static Task<Recommendations> RecommendAsync(CoreHost host, Guid caseId) =>
        host.InScopeAsync(p => p.GetRequiredService<IMatchEngine>().RecommendAsync(caseId, 20, 20, TestContext.Current.CancellationToken));

    private static string[] Described(IEnumerable<MatchReason> reasons) => [.. reasons.Select(r => (r.Met ? "+ " : "- ") + MatchReasonText.Describe(r))];

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Only_programmes_the_person_may_join_are_recommended(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        await OfferTestData.ProgrammeAsync(host, agency, "서울 재취업 교육", 10, null, "11");
        await OfferTestData.ProgrammeAsync(host, agency, "전국 재취업 상담", 20);
        await OfferTestData.ProgrammeAsync(host, agency, "공통 재기 교육", 30, p => p.Track = Track.Both, "11");
        await OfferTestData.ProgrammeAsync(host, agency, "부산 교육", 10, null, "26");
        await OfferTestData.ProgrammeAsync(host, agency, "청년 교육", 10, p => p.MaxAge = 39, "11");
        await OfferTestData.ProgrammeAsync(host, agency, "재창업 코칭", 10, p => p.Track = Track.ReFounding, "11");
        await OfferTestData.ProgrammeAsync(host, agency, "다음 주 접수", 20, p => p.ApplyFrom = OfferTestData.Today.AddDays(7), "11");
        await OfferTestData.ProgrammeAsync(host, agency, "어제 마감", -1, null, "11");
        await OfferTestData.ProgrammeAsync(host, agency, "초안", 10, p => p.Status = OfferStatus.Draft, "11");
        var full = await OfferTestData.ProgrammeAsync(host, agency, "정원 마감", 10, p => p.Capacity = 1, "11");
        var (caseId, userId) = await MatchTestData.CaseAsync(host);
        await using (var db = host.Database.NewContext())
        {
            db.Referrals.Add(new Referral
            {
                CaseId = caseId, ApplicantUserId = userId, RegionalOfficeId = TestData.OfficeOf(host, "SEOUL"), ProgrammeId = full, AgencyId = agency,
                Status = ReferralStatus.Accepted, CreatedAt = DateTime.UtcNow, CreatedByUserId = userId, UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var programmes = (await RecommendAsync(host, caseId)).Programmes;

        programmes.Select(p => p.Title).ShouldBe(["서울 재취업 교육", "전국 재취업 상담", "공통 재기 교육"]);
        Described(programmes[0].Reasons).ShouldBe(["+ 재취업 지원 프로그램", "+ 거주 지역 대상: 서울특별시", "+ 신청 기간 중: 2026-12-11까지", "+ 남은 자리: 20명"]);
        Described(programmes[1].Reasons).ShouldContain("+ 전국 대상");
        Described(programmes[2].Reasons).ShouldContain("+ 재취업·재창업 모두 대상");
        (programmes[0].Score, programmes[1].Score, programmes[2].Score).ShouldBe((75, 65, 55), "track 40 (half for both tracks), no plan 25, no gap 0, own region 10");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_qualification_the_top_jobs_ask_for_lists_the_courses_that_lead_to_it_and_the_jobs_it_unlocks(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var company = await OfferTestData.CompanyAsync(host, verified: true);
        var forklift = await OfferTestData.JobAsync(host, company, "성동 지게차 운전원", 20, j =>
        {
            j.OccupationCode = "6230";
            j.Qualifications.Add(new JobPostQualification { JobPostId = j.Id, QualificationCode = "7875" });
        });
        var agency = await OfferTestData.AgencyAsync(host);
        var course = await OfferTestData.ProgrammeAsync(host, agency, "지게차 운전 기능사 취득 과정", 15, p => p.Kind = ProgrammeKind.CertificationCourse, "11");
        var linked = await OfferTestData.ProgrammeAsync(host, agency, "물류 기업연계 과정", 10, p => (p.Kind, p.PartnerCompanyId) = (ProgrammeKind.CompanyLinkedTraining, company), "11");
        var session = await OfferTestData.ProgrammeAsync(host, agency, "지게차운전기능사 안내 설명회", 5, p => p.Kind = ProgrammeKind.CareerConsulting, "11");
        var (caseId, _) = await MatchTestData.CaseAsync(host, c => c.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = c.Id, Code = "6230" }),
            plan: MatchTestData.Plan(Track.ReEmployment, "물류 분야 자격 취득 후 재취업"));

        var recommended = await RecommendAsync(host, caseId);

        var gap = recommended.Gaps.ShouldHaveSingleItem();
        (gap.QualificationCode, gap.QualificationName).ShouldBe(("7875", "지게차운전기능사"));
        gap.Programmes.Select(p => p.Id).ShouldBe([linked, course], "company-linked training of the company that asks, and the course named after it; not the information session");
        gap.JobsUnlocked.ShouldBe([new OfferRef(forklift, "성동 지게차 운전원", "성수푸드")]);
        Described(recommended.Jobs.Single().Reasons).ShouldContain("- 요구 자격증 없음: 지게차운전기능사");
        var top = recommended.Programmes[0];
        top.Title.ShouldBe("물류 기업연계 과정");
        Described(top.Reasons).ShouldContain("+ 상담 계획의 목표와 관련: 물류");
        Described(top.Reasons).ShouldContain("+ 부족한 자격증 취득에 도움: 지게차운전기능사");
        Described(top.Reasons).ShouldContain("+ 수료 후 채용 연계 기업: 성수푸드");
        Described(recommended.Programmes.Single(p => p.ProgrammeId == session).Reasons).ShouldContain("- 상담 계획의 목표와 직접 관련 없음");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_post_closed_or_filled_after_the_index_was_read_is_not_shown_and_one_published_here_soon_is(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var company = await OfferTestData.CompanyAsync(host, verified: true);
        var closing = await OfferTestData.JobAsync(host, company, "곧 마감될 조리사", 20);
        var filling = await OfferTestData.JobAsync(host, company, "곧 채용될 조리사", 20);
        await OfferTestData.JobAsync(host, company, "남는 조리사", 20, j => j.SigunguCode = "11680");
        var (caseId, _) = await MatchTestData.CaseAsync(host);
        (await RecommendAsync(host, caseId)).Jobs.Count.ShouldBe(3);

        await using (var db = host.Database.NewContext())
        {
            await db.JobPosts.Where(j => j.Id == closing).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, OfferStatus.Closed), TestContext.Current.CancellationToken);
        }

        await MatchTestData.HireAsync(host, filling, company);
        (await RecommendAsync(host, caseId)).Jobs.Select(j => j.Title).ShouldBe(["남는 조리사"]);

        await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = company);
        var draft = await OfferTestData.JobAsync(host, company, "새로 올린 조리사", 20, j => j.Status = OfferStatus.Draft);
        await using (var db = host.Database.NewContext())
        {
            var version = await db.JobPosts.Where(j => j.Id == draft).Select(j => j.Version).SingleAsync(TestContext.Current.CancellationToken);
            (await host.SendAsync(new Restart.Core.Features.Employer.ChangeJobPostStatus.Publish { Id = draft, Version = version })).Succeeded.ShouldBeTrue();
        }

        // The publish marked the index stale; the reload runs beside requests, so look a few times.
        IReadOnlyList<JobMatch> jobs = [];
        for (var attempt = 0; attempt < 100 && jobs.All(j => j.JobPostId != draft); attempt++)
        {
            jobs = (await RecommendAsync(host, caseId)).Jobs;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        jobs.Select(j => j.Title).ShouldBe(["새로 올린 조리사", "남는 조리사"]);
    }
}
