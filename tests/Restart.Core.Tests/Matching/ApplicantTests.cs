using Restart.Core.Matching;

namespace Restart.Core.Tests.Matching;

/// <summary>What the engine reads out of the free text a person wrote.</summary>
public sealed class ApplicantTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    [Fact]
    public void National_qualifications_are_recognised_in_free_text_whatever_the_spacing()
    {
        var held = Applicant.RecognizeQualifications("자격: 한식 조리 기능사, 지게차운전기능사(2019년), 1종 보통 운전면허", fixture.Reference);

        held.ShouldBe(["7910", "7875"], ignoreOrder: true);
    }

    [Fact]
    public void A_longer_qualification_name_is_not_also_read_as_the_shorter_one_inside_it()
    {
        Applicant.RecognizeQualifications("실내건축기사, 이륜자동차정비기능사", fixture.Reference).Select(fixture.Reference.QualificationName)
            .ShouldBe(["실내건축기사", "이륜자동차정비기능사"], ignoreOrder: true);
        Applicant.RecognizeQualifications("건축기사와 실내건축기사", fixture.Reference).Select(fixture.Reference.QualificationName)
            .ShouldBe(["건축기사", "실내건축기사"], ignoreOrder: true);
    }

    [Fact]
    public void Years_of_career_are_summed_but_calendar_years_and_birth_years_are_not()
    {
        Applicant.CareerYearsIn("식당 주방 5년, 배달 2 년. 2019년부터 운영, 70년생").ShouldBe(7);
        Applicant.CareerYearsIn(null).ShouldBe(0);
    }

    [Fact]
    public void The_former_business_leads_to_occupations_through_its_most_specific_row_in_the_table()
    {
        fixture.Reference.OccupationsOfIndustry("56111").Occupations.ShouldBe(["5312", "5318", "5323", "532"]);
        fixture.Reference.OccupationsOfIndustry("56221").Occupations.ShouldContain("5317", "커피 전문점 → 음료 조리원 (바리스타)");
        fixture.Reference.OccupationsOfIndustry("47121").Occupations.ShouldContain("6161", "슈퍼마켓 → 매장 계산원");
        fixture.Reference.OccupationsOfIndustry("10602").Occupations.ShouldBe(["871"], "빵류 제조 falls under 떡·빵·과자 (소분류 106), which wins over 식료품 제조 (10)");
        fixture.Reference.OccupationsOfIndustry(null).Occupations.ShouldBeEmpty();
    }

    [Fact]
    public void Every_province_has_its_neighbours_both_ways_and_Jeju_has_none()
    {
        fixture.Reference.Neighbours["11"].ShouldBe(["28", "41"], ignoreOrder: true);
        fixture.Reference.Neighbours["41"].ShouldContain("11");
        fixture.Reference.Neighbours.ContainsKey("50").ShouldBeFalse();
        fixture.Reference.Neighbours.Keys.Count().ShouldBe(16);
    }
}
