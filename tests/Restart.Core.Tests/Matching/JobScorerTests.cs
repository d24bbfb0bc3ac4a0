using Restart.Core.Matching;

namespace Restart.Core.Tests.Matching;

/// <summary>Each factor of a job's score and the sentence it gives, matched and missing, on hand-built people and posts.</summary>
public sealed class JobScorerTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private (int Score, string[] Reasons) Rate(OpenPost post, Func<Applicant, Applicant>? person = null, MatchingOptions? options = null)
    {
        var scorer = new JobScorer(fixture.Person(person), fixture.Reference, options ?? new MatchingOptions());
        return (JobScorer.Percent(scorer.Score(post)), [.. scorer.Explain(post).Select(r => (r.Met ? "+ " : "- ") + MatchReasonText.Describe(r))]);
    }

    [Fact]
    public void A_post_that_meets_every_wish_scores_100_and_says_why()
    {
        var (score, reasons) = Rate(ReferenceFixture.Post(Today, qualifications: ["7910"], skills: "한식 조리", experience: 3));

        score.ShouldBe(100);
        reasons.ShouldBe([
            "+ 희망 직종과 같음: 한식 조리사",
            "+ 희망 지역과 같은 시·군·구: 서울특별시 성동구",
            "+ 희망 임금 이상: 월 2,500,000원 (희망 월 2,500,000원)",
            "+ 희망 근무시간에 맞음: 주 40시간 (희망 주 40시간)",
            "+ 요구 자격증 보유: 한식조리기능사",
            "+ 요구 기술 보유: 한식 조리",
            "+ 요구 경력 충족: 3년 이상 (경력 11년)",
        ]);
    }

    [Fact]
    public void Occupation_counts_the_same_code_then_its_middle_group_then_the_former_business_then_nothing()
    {
        Rate(ReferenceFixture.Post(Today, occupation: "5313")).Reasons[0].ShouldBe("+ 희망 직종과 같은 분야(음식 서비스직): 중식 조리사");
        Rate(ReferenceFixture.Post(Today, occupation: "5313")).Score.ShouldBe(88, "30 × 0.6 of the occupation's 30");
        Rate(ReferenceFixture.Post(Today, occupation: "5318"), p => Reshape(p, occupations: ["6152"]))
            .Reasons[0].ShouldBe("+ 이전 사업(한식 일반 음식점업)과 관련된 직종: 단체급식 조리사");
        var other = Rate(ReferenceFixture.Post(Today, occupation: "6241"));
        other.Reasons[0].ShouldBe("- 희망 직종과 다름: 택배원");
        other.Score.ShouldBe(70);
    }

    [Fact]
    public void Region_counts_a_desired_district_home_the_same_province_a_neighbouring_one_then_elsewhere()
    {
        Rate(ReferenceFixture.Post(Today, sigungu: "11680"), p => Reshape(p, cities: ["11680"])).Reasons[1].ShouldBe("+ 희망 지역과 같은 시·군·구: 서울특별시 강남구");
        Rate(ReferenceFixture.Post(Today), p => Reshape(p, cities: ["11680"])).Reasons[1].ShouldBe("+ 거주지와 같은 시·군·구: 서울특별시 성동구");
        Rate(ReferenceFixture.Post(Today, sigungu: "11440")).Reasons[1].ShouldBe("+ 희망 지역과 같은 시·도: 서울특별시");
        Rate(ReferenceFixture.Post(Today, sigungu: "41150")).Reasons[1].ShouldBe("+ 희망 지역과 인접한 시·도: 경기도");
        var far = Rate(ReferenceFixture.Post(Today, sigungu: "26350"));
        far.Reasons[1].ShouldBe("- 희망 지역과 먼 곳: 부산광역시 해운대구");
        far.Score.ShouldBe(75);
    }

    [Fact]
    public void A_general_district_counts_as_the_city_a_person_names()
    {
        Rate(ReferenceFixture.Post(Today, sigungu: "41111"), p => Reshape(p, cities: ["41110"])).Reasons[1].ShouldBe("+ 희망 지역과 같은 시·군·구: 경기도 수원시 장안구");
    }

    [Fact]
    public void A_lower_wage_and_other_hours_cost_points_and_say_by_how_much()
    {
        var low = Rate(ReferenceFixture.Post(Today, wage: 2_250_000, hours: 48));

        low.Reasons[2].ShouldBe("- 희망 임금보다 낮음: 월 2,250,000원 (희망 월 2,500,000원)");
        low.Reasons[3].ShouldBe("- 희망 근무시간과 다름: 주 48시간 (희망 주 40시간)");
        low.Score.ShouldBe(92, "wage 10% short (none at 25%) → 0.6 of 15; 4 hours beyond the tolerance of 4 (none at 16 more) → 0.75 of 10: 91.5");
        Rate(ReferenceFixture.Post(Today, hours: 44)).Reasons[3].ShouldBe("+ 희망 근무시간에 맞음: 주 44시간 (희망 주 40시간)");
    }

    [Fact]
    public void A_missing_qualification_skill_or_experience_is_named()
    {
        var (score, reasons) = Rate(ReferenceFixture.Post(Today, occupation: "6230", qualifications: ["7875", "7910"], skills: "지게차 운전, 한식 조리", experience: 2),
            p => Reshape(p, business: 0, career: 1));

        reasons.Skip(4).ShouldBe([
            "- 요구 자격증 없음: 지게차운전기능사",
            "+ 요구 자격증 보유: 한식조리기능사",
            "- 요구 기술 확인 안 됨: 지게차 운전",
            "+ 요구 기술 보유: 한식 조리",
            "- 요구 경력 부족: 2년 이상 (경력 1년)",
        ]);
        score.ShouldBe(60, "occupation 0, region 25, wage 15, hours 10, certificates 5 of 10, skills 2.5 of 5, experience 2.5 of 5");
    }

    [Fact]
    public void The_former_business_counts_as_experience_only_for_posts_related_to_it()
    {
        Rate(ReferenceFixture.Post(Today, occupation: "5312", experience: 5)).Reasons.Last().ShouldBe("+ 요구 경력 충족: 5년 이상 (경력 11년)");
        Rate(ReferenceFixture.Post(Today, occupation: "6241", experience: 5)).Reasons.Last().ShouldBe("- 요구 경력 부족: 5년 이상 (경력 0년)");
    }

    [Fact]
    public void Without_a_wish_for_wage_or_hours_those_factors_neither_cost_nor_show()
    {
        var (score, reasons) = Rate(ReferenceFixture.Post(Today, wage: 1_000_000, hours: 15), p => Reshape(p, wage: null, hours: null));

        score.ShouldBe(100);
        reasons.Length.ShouldBe(2);
    }

    [Fact]
    public void Weights_come_from_the_options()
    {
        var regionOnly = new MatchingOptions { Jobs = new JobWeights { Occupation = 0, Region = 1, Wage = 0, Hours = 0, Certificates = 0, Skills = 0, Experience = 0 } };

        Rate(ReferenceFixture.Post(Today, occupation: "6241"), options: regionOnly).Score.ShouldBe(100);
        Rate(ReferenceFixture.Post(Today, sigungu: "26350"), options: regionOnly).Score.ShouldBe(0);
        Rate(ReferenceFixture.Post(Today, sigungu: "11440"), options: new MatchingOptions { Jobs = regionOnly.Jobs, SameSidoCredit = 0.9 }).Score.ShouldBe(90);
    }

    internal static Applicant Reshape(Applicant p, string[]? occupations = null, string[]? cities = null, int? business = null, int? career = null,
        int? wage = -1, int? hours = -1) => new()
    {
        CaseId = p.CaseId,
        Occupations = occupations ?? p.Occupations,
        DesiredCities = cities is null ? p.DesiredCities : cities.ToHashSet(),
        HomeCity = p.HomeCity,
        Sidos = p.Sidos,
        NeighbouringSidos = p.NeighbouringSidos,
        IndustryCode = p.IndustryCode,
        RelatedOccupations = p.RelatedOccupations,
        DesiredMonthlyWage = wage == -1 ? p.DesiredMonthlyWage : wage,
        DesiredWeeklyHours = hours == -1 ? p.DesiredWeeklyHours : hours,
        Qualifications = p.Qualifications,
        SkillText = p.SkillText,
        BusinessYears = business ?? p.BusinessYears,
        CareerYears = career ?? p.CareerYears,
        Age = p.Age,
        Track = p.Track,
        PlanGoals = p.PlanGoals,
        ProgrammeSidos = p.ProgrammeSidos,
    };
}
