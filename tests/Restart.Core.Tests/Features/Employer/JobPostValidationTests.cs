using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Employer.EmployerTestData;

namespace Restart.Core.Tests.Features.Employer;

public sealed class JobPostValidationTests
{
    private static async Task<string> MessageForAsync(CoreHost host, string field, Action<EditJobPost.Command> change)
    {
        var result = await host.SendAsync(Post(change));
        result.Status.ShouldBe(ResultStatus.Invalid);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe(field, error.Message);
        return error.Message;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Each_field_is_checked_with_a_message_next_to_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);

        (await MessageForAsync(host, "Title", p => p.Title = " ")).ShouldBe("공고 제목을 입력해 주세요.");
        (await MessageForAsync(host, "Occupation", p => p.Occupation = "")).ShouldStartWith("모집 직종을 골라 주세요");
        (await MessageForAsync(host, "Occupation", p => p.Occupation = "9999 없는 직종")).ShouldBe("목록에 있는 직종을 골라 주세요. (고용직업분류)");
        (await MessageForAsync(host, "Description", p => p.Description = "")).ShouldStartWith("하는 일과 근무 조건을");
        (await MessageForAsync(host, "SigunguCode", p => p.SigunguCode = "99999")).ShouldBe("근무지 시·군·구를 골라 주세요.");
        (await MessageForAsync(host, "EmploymentType", p => p.EmploymentType = (EmploymentType)42)).ShouldBe("고용 형태를 골라 주세요.");
        (await MessageForAsync(host, "WageKind", p => p.WageKind = null)).ShouldBe("월급인지 시급인지 골라 주세요.");
        (await MessageForAsync(host, "WageAmount", p => p.WageAmount = null)).ShouldBe("임금을 입력해 주세요.");
        (await MessageForAsync(host, "WageAmount", p => p.WageAmount = -5)).ShouldStartWith("임금은 1원에서");
        (await MessageForAsync(host, "WeeklyHours", p => p.WeeklyHours = 0)).ShouldStartWith("주당 근무시간은 1시간에서 68시간");
        (await MessageForAsync(host, "WeeklyHours", p => p.WeeklyHours = 69)).ShouldStartWith("주당 근무시간은 1시간에서 68시간");
        (await MessageForAsync(host, "Shift", p => p.Shift = null)).ShouldStartWith("근무 형태");
        (await MessageForAsync(host, "Qualifications", p => p.Qualifications = ["한식조리기능사", "없는자격증"]))
            .ShouldBe("“없는자격증”은(는) 국가자격 목록에 없습니다. 목록에 있는 이름으로 골라 주세요.");
        (await MessageForAsync(host, "Qualifications", p => p.Qualifications = ["a", "b", "c", "d", "e", "f"])).ShouldContain("5");
        (await MessageForAsync(host, "Skills", p => p.Skills = new string('가', 501))).ShouldBe("500자 이하로 입력해 주세요.");
        (await MessageForAsync(host, "ExperienceYears", p => p.ExperienceYears = 51)).ShouldStartWith("경력은 0년에서 50년");
        (await MessageForAsync(host, "ExperienceYears", p => p.ExperienceYears = -1)).ShouldStartWith("경력은 0년에서 50년");
        (await MessageForAsync(host, "Openings", p => p.Openings = 0)).ShouldStartWith("모집 인원은 1명");
        (await MessageForAsync(host, "OpensOn", p => p.OpensOn = null)).ShouldBe("접수 시작일을 입력해 주세요.");
        (await MessageForAsync(host, "ClosesOn", p => p.ClosesOn = null)).ShouldBe("마감일을 입력해 주세요.");
        (await MessageForAsync(host, "ClosesOn", p => { p.OpensOn = Today.AddDays(10); p.ClosesOn = Today.AddDays(9); }))
            .ShouldBe("마감일은 접수 시작일과 같거나 그 뒤여야 합니다.");
        (await MessageForAsync(host, "ClosesOn", p => { p.OpensOn = Today.AddDays(-10); p.ClosesOn = Today.AddDays(-1); }))
            .ShouldStartWith("마감일이 이미 지났습니다");
        (await host.SendAsync(Post(p => { p.ExperienceYears = null; p.Qualifications = []; p.Skills = null; p.ClosesOn = Today; }))).Succeeded
            .ShouldBeTrue("optional fields may stay empty and the deadline may be today");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_hourly_wage_at_the_minimum_is_accepted_and_one_won_below_is_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);

        (await host.SendAsync(Post(p => { p.WageKind = WageKind.Hourly; p.WageAmount = MinimumHourly; }))).Succeeded.ShouldBeTrue();
        (await MessageForAsync(host, "WageAmount", p => { p.WageKind = WageKind.Hourly; p.WageAmount = MinimumHourly - 1; }))
            .ShouldBe("2026년 최저임금(시간당 10,320원)보다 낮습니다.");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_monthly_wage_is_compared_with_the_minimum_for_its_weekly_hours(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);
        // 30 hours a week: 36 paid hours with 주휴, 156 paid hours a month.
        var partTime = (int)(MinimumHourly * Wages.MonthlyPaidHours(30));

        (await host.SendAsync(Post(p => p.WageAmount = MinimumMonthlyFullTime))).Succeeded.ShouldBeTrue();
        (await MessageForAsync(host, "WageAmount", p => p.WageAmount = MinimumMonthlyFullTime - 1))
            .ShouldBe("2026년 최저임금보다 낮습니다. 주 40시간 근무라면 월 2,156,880원(시간당 10,320원) 이상이어야 합니다.");
        (await host.SendAsync(Post(p => { p.WeeklyHours = 30; p.WageAmount = partTime; }))).Succeeded.ShouldBeTrue();
        (await MessageForAsync(host, "WageAmount", p => { p.WeeklyHours = 30; p.WageAmount = partTime - 1; }))
            .ShouldContain($"주 30시간 근무라면 월 {partTime:N0}원");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_year_without_a_minimum_wage_row_uses_the_latest_year_before_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await SignInAsEmployerAsync(host);
        host.Clock.Now = new DateTimeOffset(2031, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var result = await host.SendAsync(Post(p => { p.WageKind = WageKind.Hourly; p.WageAmount = 10_000; p.OpensOn = new DateOnly(2031, 3, 1); p.ClosesOn = new DateOnly(2031, 4, 1); }));

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("2026년 최저임금(시간당 10,320원)보다 낮습니다.");
    }
}
