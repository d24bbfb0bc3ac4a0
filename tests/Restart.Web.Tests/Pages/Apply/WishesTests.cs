using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Apply;

public sealed class WishesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task A_negative_wage_and_too_many_hours_are_refused_next_to_their_fields()
    {
        using var session = factory.NewSession();
        await RegisterAsync(session, "임금 확인");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);

        var page = await session.SubmitAsync(await session.GetAsync("/Apply/Wishes"), new Dictionary<string, string>
        {
            ["Data.Track"] = "ReEmployment",
            ["Data.Occupations[0]"] = "5312 한식 조리사",
            ["Data.Regions[0]"] = "11200",
            ["Data.DesiredMonthlyWage"] = "-100",
            ["Data.DesiredWeeklyHours"] = "80",
        });

        page.FieldError("Data.DesiredMonthlyWage").ShouldBe("희망 월급은 0원 이상으로 입력해 주세요.");
        page.FieldError("Data.DesiredWeeklyHours").ShouldContain("52시간");
        page.Value("Data.DesiredMonthlyWage").ShouldBe("-100");
    }
}
