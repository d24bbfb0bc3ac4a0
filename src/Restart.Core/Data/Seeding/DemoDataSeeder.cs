using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// Demo data for local runs and demonstrations: one account per role with a known password (README),
/// agencies, employers, programmes, job posts and applicants with realistic Korean names and real codes.
/// Runs once: it does nothing when the demo administrator already exists.
/// </summary>
public sealed class DemoDataSeeder(RestartDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public const string Password = "restart-demo-2026";

    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        [Roles.Applicant] = "applicant@restart.demo",
        [Roles.Counselor] = "counselor@restart.demo",
        [Roles.RegionalManager] = "manager@restart.demo",
        [Roles.AgencyPartner] = "partner@restart.demo",
        [Roles.Employer] = "employer@restart.demo",
        [Roles.Administrator] = "admin@restart.demo",
    };

    private static readonly (string Name, AgencyKind Kind, string Sido)[] AgencySeeds =
    [
        ("서울강남고용복지플러스센터", AgencyKind.EmploymentWelfareCenter, "11"),
        ("노사발전재단 서울중장년내일센터", AgencyKind.TripartiteFoundation, "11"),
        ("한국폴리텍대학 서울정수캠퍼스", AgencyKind.Polytechnic, "11"),
        ("신용회복위원회 서울중앙지부", AgencyKind.CreditCounseling, "11"),
        ("서울광역자활센터", AgencyKind.SelfSufficiencyCenter, "11"),
        ("경기도일자리재단", AgencyKind.JobFoundation, "41"),
        ("부산광역자활센터", AgencyKind.SelfSufficiencyCenter, "26"),
        ("소상공인연합회 대구경북지회", AgencyKind.SmallBusinessAssociation, "27"),
        ("광주광역시교육청", AgencyKind.EducationOffice, "29"),
        ("전북대학교 RISE사업단", AgencyKind.University, "52"),
    ];

    private static readonly (string Name, string Sigungu, string Industry)[] CompanySeeds =
    [
        ("(주)한빛푸드", "11200", "10"),
        ("성수정밀", "11200", "29"),
        ("다온물류", "41135", "52"),
        ("푸른요양원", "11440", "87"),
        ("새벽베이커리", "11680", "56"),
        ("대성종합건설", "26350", "41"),
        ("미래돌봄센터", "27260", "87"),
        ("한결마트", "30200", "47"),
        ("청솔택배", "41110", "49"),
        ("바른인쇄", "29110", "18"),
        ("동해수산", "51110", "10"),
        ("전주한옥식당", "52111", "56"),
    ];

    private static readonly (string Title, string Occupation)[] JobSeeds =
    [
        ("한식 조리사 (주 5일)", "5312"),
        ("단체급식 조리원", "5318"),
        ("주방 보조원", "5323"),
        ("요양보호사", "5501"),
        ("노인 돌봄 종사원", "5503"),
        ("건물 청소원", "5611"),
        ("택배 배송 기사", "6241"),
        ("화물 분류원", "6246"),
        ("매장 판매원", "6152"),
        ("제과·제빵사", "8711"),
        ("경리 사무원", "0272"),
        ("고객 상담원", "0292"),
    ];

    /// <summary>What each kind of agency really offers, so demo programmes read like the real ones.</summary>
    private static readonly Dictionary<AgencyKind, (string Title, ProgrammeKind Kind, Track Track)[]> ProgrammeSeeds = new()
    {
        [AgencyKind.EmploymentWelfareCenter] = [("국민취업지원제도 취업활동계획 수립", ProgrammeKind.CareerConsulting, Track.ReEmployment), ("전직장려수당 신청 안내", ProgrammeKind.Allowance, Track.ReEmployment), ("긴급복지 생계지원 연계", ProgrammeKind.Welfare, Track.Both)],
        [AgencyKind.TripartiteFoundation] = [("중장년 경력설계 및 이력서 클리닉", ProgrammeKind.CareerConsulting, Track.ReEmployment), ("모의면접과 1:1 전직 컨설팅", ProgrammeKind.CareerConsulting, Track.ReEmployment), ("직무 체험 프로그램", ProgrammeKind.Training, Track.ReEmployment)],
        [AgencyKind.Polytechnic] = [("기업연계 특화과정 (조리 실무)", ProgrammeKind.Training, Track.ReEmployment), ("신중년 특화과정 (전기설비)", ProgrammeKind.Training, Track.ReEmployment), ("재창업 기술교육 (제과·제빵)", ProgrammeKind.Training, Track.ReFounding)],
        [AgencyKind.CreditCounseling] = [("채무조정 및 신용회복 상담", ProgrammeKind.CreditRecovery, Track.Both), ("소액 금융 지원 상담", ProgrammeKind.Loan, Track.Both), ("재무 설계 교육", ProgrammeKind.CreditRecovery, Track.Both)],
        [AgencyKind.SelfSufficiencyCenter] = [("자활기금 점포임차 융자", ProgrammeKind.Loan, Track.ReFounding), ("요양보호사 자격 취득 과정", ProgrammeKind.Training, Track.ReEmployment), ("자활사업단 참여", ProgrammeKind.Welfare, Track.ReEmployment)],
        [AgencyKind.JobFoundation] = [("희망리턴패키지 재취업 역량강화 교육", ProgrammeKind.Training, Track.ReEmployment), ("중장년 일자리 매칭 박람회", ProgrammeKind.CareerConsulting, Track.ReEmployment), ("경기 재도전 일자리 지원금", ProgrammeKind.Allowance, Track.ReEmployment)],
        [AgencyKind.SmallBusinessAssociation] = [("재창업 사업화 컨설팅", ProgrammeKind.StartupCoaching, Track.ReFounding), ("찾아가는 재기 플래너 상담", ProgrammeKind.StartupCoaching, Track.ReFounding), ("폐업 정리 및 재기 교육", ProgrammeKind.Training, Track.Both)],
        [AgencyKind.EducationOffice] = [("평생교육 디지털 역량 과정", ProgrammeKind.Training, Track.ReEmployment), ("방과후 강사 양성 과정", ProgrammeKind.Training, Track.ReEmployment), ("학교 돌봄 인력 양성", ProgrammeKind.Training, Track.ReEmployment)],
        [AgencyKind.University] = [("RISE 지역 창업 아카데미", ProgrammeKind.StartupCoaching, Track.ReFounding), ("스마트 상점 전환 교육", ProgrammeKind.Training, Track.ReFounding), ("중장년 재취업 학점 과정", ProgrammeKind.Training, Track.ReEmployment)],
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(Accounts[Roles.Administrator]) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var faker = new Faker("ko") { Random = new Randomizer(2026) };

        var agencies = AgencySeeds.Select(a => new Agency
        {
            Name = a.Name,
            Kind = a.Kind,
            SidoCode = a.Sido,
            Phone = faker.Phone.PhoneNumber("02-###-####"),
            CreatedAt = now,
        }).ToList();
        db.Agencies.AddRange(agencies);

        var companies = CompanySeeds.Select(c => new Company
        {
            Name = c.Name,
            SigunguCode = c.Sigungu,
            IndustryCode = c.Industry,
            VerifiedAt = now,
            Phone = faker.Phone.PhoneNumber("0##-###-####"),
            CreatedAt = now,
        }).ToList();
        db.Companies.AddRange(companies);

        foreach (var agency in agencies)
        {
            foreach (var seed in ProgrammeSeeds[agency.Kind])
            {
                var opens = today.AddDays(faker.Random.Int(-60, 10));
                db.Programmes.Add(new Programme
                {
                    AgencyId = agency.Id,
                    Title = seed.Title,
                    Kind = seed.Kind,
                    Track = seed.Track,
                    Regions = [new ProgrammeRegion { SidoCode = agency.SidoCode }],
                    ApplyFrom = opens,
                    ApplyUntil = opens.AddDays(faker.Random.Int(20, 90)),
                    Capacity = faker.Random.Int(10, 60),
                    MinAge = 18,
                    MaxAge = seed.Kind == ProgrammeKind.Loan ? 69 : null,
                    Description = $"{agency.Name}에서 운영하는 {seed.Title} 프로그램입니다. 폐업 소상공인을 우선 선발합니다.",
                    Status = OfferStatus.Open,
                    CreatedAt = now,
                });
            }
        }

        foreach (var company in companies)
        {
            foreach (var seed in faker.PickRandom(JobSeeds, 5))
            {
                var weeklyHours = faker.PickRandom(20, 30, 40);
                var wage = faker.Random.Int(220, 320) * 10_000 * weeklyHours / 40;
                db.JobPosts.Add(new JobPost
                {
                    CompanyId = company.Id,
                    Title = seed.Title,
                    OccupationCode = seed.Occupation,
                    SidoCode = company.SigunguCode[..2],
                    SigunguCode = company.SigunguCode,
                    WeeklyHours = weeklyHours,
                    WageAmount = wage,
                    MonthlyWage = wage,
                    Description = $"{company.Name}에서 {seed.Title}을(를) 모집합니다. 경력 무관, 중장년 우대.",
                    OpensOn = today.AddDays(-faker.Random.Int(0, 20)),
                    ClosesOn = today.AddDays(faker.Random.Int(5, 45)),
                    Status = OfferStatus.Open,
                    CreatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var offices = await db.RegionalOffices.Include(o => o.Coverage).ToDictionaryAsync(o => o.Code, cancellationToken);
        var seoul = offices["SEOUL"];
        await CreateAccountAsync(Roles.Applicant, "김영수", _ => { });
        await CreateAccountAsync(Roles.Counselor, "박지현", u => u.RegionalOfficeId = seoul.Id);
        await CreateAccountAsync(Roles.RegionalManager, "이정훈", u => u.RegionalOfficeId = seoul.Id);
        await CreateAccountAsync(Roles.AgencyPartner, "최민정", u => u.AgencyId = agencies[0].Id);
        await CreateAccountAsync(Roles.Employer, "정대호", u => u.CompanyId = companies[0].Id);
        await CreateAccountAsync(Roles.Administrator, "관리자", _ => { });

        var demoApplicant = await users.FindByEmailAsync(Accounts[Roles.Applicant]);
        db.ApplicantProfiles.Add(NewProfile(faker, demoApplicant!.Id, "김영수", "11200", now));

        var sigungus = await db.Sigungus.Where(s => s.Kind != "일반구").Select(s => s.Code).ToListAsync(cancellationToken);
        for (var i = 0; i < 30; i++)
        {
            var name = faker.Name.LastName() + faker.Name.FirstName();
            var user = await CreateUserAsync($"applicant{i + 1:00}@restart.demo", name, now);
            await users.AddToRoleAsync(user, Roles.Applicant);
            db.ApplicantProfiles.Add(NewProfile(faker, user.Id, name, faker.PickRandom(sigungus), now));
        }

        await db.SaveChangesAsync(cancellationToken);

        var counselor = await users.FindByEmailAsync(Accounts[Roles.Counselor]);
        var manager = await users.FindByEmailAsync(Accounts[Roles.RegionalManager]);
        await new DemoCaseSeeder(db, faker, now).SeedAsync(offices, counselor!, manager!, cancellationToken);

        async Task CreateAccountAsync(string role, string name, Action<ApplicationUser> configure)
        {
            var user = new ApplicationUser { UserName = Accounts[role], Email = Accounts[role], EmailConfirmed = true, DisplayName = name, CreatedAt = now };
            configure(user);
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private async Task<ApplicationUser> CreateUserAsync(string email, string name, DateTime now)
    {
        // Other demo applicants have no password: they exist to fill lists, not to sign in.
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
        Check(await users.CreateAsync(user));
        return user;
    }

    private static ApplicantProfile NewProfile(Faker faker, string userId, string name, string sigungu, DateTime now) => new()
    {
        UserId = userId,
        Name = name,
        BirthDate = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1958, 1, 1), new DateTime(1988, 12, 31))),
        Phone = faker.Phone.PhoneNumber("010-####-####"),
        SigunguCode = sigungu,
        CreatedAt = now,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be created: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
