using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Matching;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Matching;

/// <summary>The real reference lists (a migrated, seeded SQLite database) for tests that score hand-built people and posts.</summary>
public sealed class ReferenceFixture : IAsyncLifetime
{
    public MatchReference Reference { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await using var db = host.Database.NewContext();
        Reference = await MatchReference.LoadAsync(db, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// 김영수 as a hand-built applicant: lives in and wants 성동구 (11200), wants 한식 조리사 (5312), once ran a 한식 restaurant
    /// (56111) for 11 years, wants 2,500,000 KRW for 40 hours, holds 한식조리기능사; <paramref name="shape"/> changes any of it.
    /// </summary>
    public Applicant Person(Func<Applicant, Applicant>? shape = null)
    {
        var (_, related) = Reference.OccupationsOfIndustry("56111");
        var person = new Applicant
        {
            CaseId = Guid.NewGuid(),
            Occupations = ["5312"],
            DesiredCities = new HashSet<string> { "11200" },
            HomeCity = "11200",
            Sidos = new HashSet<string> { "11" },
            NeighbouringSidos = new HashSet<string> { "28", "41" },
            IndustryCode = "56111",
            RelatedOccupations = related,
            DesiredMonthlyWage = 2_500_000,
            DesiredWeeklyHours = 40,
            Qualifications = new HashSet<string> { "7910" },
            SkillText = MatchText.Normalize("한식 조리, 식재료 관리"),
            BusinessYears = 11,
            CareerYears = 0,
            Age = 58,
            Track = Track.ReEmployment,
            PlanGoals = null,
            ProgrammeSidos = new HashSet<string> { "11" },
        };
        return shape is null ? person : shape(person);
    }

    /// <summary>A post of 한식 조리사 in 성동구 at 2,500,000 KRW for 40 hours, nothing else asked, closing in 20 days of <paramref name="today"/>.</summary>
    public static OpenPost Post(DateOnly today, string title = "성동 한식 조리사", string occupation = "5312", string sigungu = "11200", int wage = 2_500_000, int hours = 40,
        string[]? qualifications = null, string? skills = null, int experience = 0, int openings = 1, int filled = 0, int closesIn = 20) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        CompanyId = Guid.NewGuid(),
        CompanyName = "성수푸드",
        OccupationCode = occupation,
        SidoCode = sigungu[..2],
        SigunguCode = sigungu,
        MonthlyWage = wage,
        WeeklyHours = hours,
        ExperienceYears = experience,
        ClosesOn = today.AddDays(closesIn),
        Openings = openings,
        Filled = filled,
        Qualifications = qualifications ?? [],
        Skills = OpenPost.SplitSkills(skills),
        SkillKeys = [.. OpenPost.SplitSkills(skills).Select(MatchText.Normalize)],
    };
}
