using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Offers;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Offers;

public sealed class GetOpenOfferTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_programme_shows_its_places_left_and_the_agency_public_contact_but_not_its_contact_person(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        var partner = await OfferTestData.CompanyAsync(host, verified: true, "성수푸드");
        var id = await OfferTestData.ProgrammeAsync(host, agency, "기업연계 조리 과정", 10, p =>
        {
            (p.Kind, p.PartnerCompanyId, p.Capacity, p.MinAge, p.MaxAge) = (ProgrammeKind.CompanyLinkedTraining, partner, 5, 40, 69);
            (p.BenefitAmount, p.OtherConditions) = (1_000_000, "폐업 후 1년 이내");
        }, "11");
        await ReferAsync(host, id, agency, ReferralStatus.Accepted, ReferralStatus.Completed, ReferralStatus.Interview, ReferralStatus.Suggested, ReferralStatus.Declined, ReferralStatus.Dropped);

        var programme = (await host.SendAsync(new GetOpenProgramme.Query { Id = id })).Value;

        programme.PlacesLeft.ShouldBe(2, "accepted, completed and interview take a place; suggested, declined and dropped do not");
        programme.PartnerCompany.ShouldBe("성수푸드");
        programme.Regions.ShouldBe(["서울특별시"]);
        (programme.MinAge, programme.MaxAge, programme.OtherConditions, programme.Benefit.Amount).ShouldBe((40, 69, "폐업 후 1년 이내", 1_000_000L));
        programme.Agency.ShouldBe(new GetOpenProgramme.AgencyInfo("서울강남고용복지플러스센터", AgencyKind.EmploymentWelfareCenter, "02-3468-4794", "https://www.work24.go.kr"));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_draft_closed_past_or_unknown_programme_is_not_found(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var agency = await OfferTestData.AgencyAsync(host);
        var draft = await OfferTestData.ProgrammeAsync(host, agency, "초안", 5, p => p.Status = OfferStatus.Draft);
        var closed = await OfferTestData.ProgrammeAsync(host, agency, "종료", 5, p => p.Status = OfferStatus.Closed);
        var past = await OfferTestData.ProgrammeAsync(host, agency, "지난", -1);

        foreach (var id in new[] { draft, closed, past, Guid.NewGuid() })
        {
            (await host.SendAsync(new GetOpenProgramme.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_job_shows_its_requirements_by_name_and_the_company_but_not_its_contact_person(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var company = await OfferTestData.CompanyAsync(host, verified: true);
        var id = await OfferTestData.JobAsync(host, company, "한식 조리사", 7, j =>
        {
            j.Qualifications.Add(new JobPostQualification { JobPostId = j.Id, QualificationCode = "7910" });
            (j.Skills, j.ExperienceYears, j.Openings, j.Shift) = ("칼질, 위생 관리", 3, 2, ShiftKind.Rotating);
        });

        var job = (await host.SendAsync(new GetOpenJob.Query { Id = id })).Value;

        job.Qualifications.ShouldBe(["한식조리기능사"]);
        (job.Skills, job.ExperienceYears, job.Openings, job.Shift).ShouldBe(("칼질, 위생 관리", 3, 2, ShiftKind.Rotating));
        job.Company.ShouldBe(new GetOpenJob.CompanyInfo("성수푸드", "서울특별시", "성동구", "한식 일반 음식점업", true));
        job.Occupation.ShouldBe("한식 조리사");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_draft_closed_past_unknown_or_unverified_company_post_is_not_found(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        OfferTestData.FixClock(host);
        var verified = await OfferTestData.CompanyAsync(host, verified: true);
        var unverified = await OfferTestData.CompanyAsync(host, verified: false, "미인증상사");
        Guid[] ids =
        [
            await OfferTestData.JobAsync(host, verified, "초안", 5, j => j.Status = OfferStatus.Draft),
            await OfferTestData.JobAsync(host, verified, "마감", 5, j => j.Status = OfferStatus.Closed),
            await OfferTestData.JobAsync(host, verified, "지난", -1),
            await OfferTestData.JobAsync(host, unverified, "미인증", 5),
            Guid.NewGuid(),
        ];

        foreach (var id in ids)
        {
            (await host.SendAsync(new GetOpenJob.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        }
    }

    /// <summary>One referral to the programme in each of <paramref name="statuses"/>, each for a case of its own.</summary>
    private static async Task ReferAsync(CoreHost host, Guid programmeId, Guid agencyId, params ReferralStatus[] statuses)
    {
        var cases = await CaseTestData.ManyCasesAsync(host, "SEOUL", statuses.Length, i => ($"신청인 {i}", CaseStatus.Submitted, Track.ReEmployment));
        await using var db = host.Database.NewContext();
        var office = TestData.OfficeOf(host, "SEOUL");
        for (var i = 0; i < statuses.Length; i++)
        {
            var caseId = cases[i];
            var applicant = db.Cases.Where(c => c.Id == caseId).Select(c => c.ApplicantUserId).Single();
            db.Referrals.Add(new Referral
            {
                CaseId = caseId,
                ApplicantUserId = applicant,
                RegionalOfficeId = office,
                ProgrammeId = programmeId,
                AgencyId = agencyId,
                Status = statuses[i],
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                CreatedByUserId = applicant,
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
