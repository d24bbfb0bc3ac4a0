using Bogus;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.LoadData;

/// <summary>
/// The matching engine's data set (ADR 0018, docs/performance.md "Matching"): <c>jobs</c> open posts (and a tenth as
/// many closed or draft ones) of verified companies spread over Korea by population, programmes, and <c>applicants</c>
/// submitted cases with desired occupations and regions, former businesses, certificates and career text. Occupations,
/// qualifications and skills follow what ex-owners look for (cooks, care, cleaning, sales, driving, logistics) with
/// the rest of KECO mixed in. Bogus "ko" with a fixed seed: the same arguments write the same rows.
/// </summary>
public sealed class MatchingVolume(RestartDbContext db, int applicants, int jobs, int seed = 10)
{
    private const int Batch = 5_000;

    // 시·도 by share of the population (주민등록인구 2024, rounded %): where posts and people are.
    private static readonly (string Sido, float Share)[] Population =
    [
        ("11", 18f), ("26", 6.4f), ("27", 4.6f), ("28", 5.8f), ("29", 2.8f), ("30", 2.8f), ("31", 2.1f), ("36", 0.8f), ("41", 26.6f),
        ("43", 3.1f), ("44", 4.2f), ("46", 3.5f), ("47", 4.9f), ("48", 6.3f), ("50", 1.3f), ("51", 2.9f), ("52", 3.4f),
    ];

    // What ex-owners most often look for, with the qualification a post may ask for and the skills it names.
    private static readonly (string Occupation, string? Qualification, string[] Skills)[] Common =
    [
        ("5312", "7910", ["한식 조리", "식재료 관리", "위생 관리"]), ("5313", "7913", ["중식 조리", "웍 다루기"]), ("5314", "7911", ["양식 조리", "소스 조리"]),
        ("5318", null, ["대량 조리", "위생 관리", "배식"]), ("5323", null, ["주방 보조", "설거지"]), ("5321", null, ["패스트푸드 조리", "고객 응대"]),
        ("5322", null, ["고객 응대", "서빙"]), ("5317", null, ["바리스타", "음료 제조"]), ("8711", "7893", ["제빵 공정", "원가 관리"]), ("8712", "7992", ["떡 제조"]),
        ("5501", null, ["요양보호사 자격증", "노인 돌봄"]), ("5503", null, ["노인 돌봄", "말벗"]), ("5611", null, ["건물 청소", "분리수거"]),
        ("6152", null, ["POS", "고객 응대", "재고 관리"]), ("6161", null, ["POS", "계산"]), ("6151", null, ["매장 관리", "재고 관리", "직원 관리"]),
        ("6241", null, ["1종 보통 운전면허", "배송"]), ("6223", null, ["1종 대형 운전면허", "화물 운송"]), ("6230", "7875", ["지게차 운전", "상하차"]),
        ("6245", "7875", ["상하차", "재고 관리"]), ("6246", null, ["화물 분류", "야간 근무"]), ("5112", "7937", ["커트", "펌", "고객 응대"]),
        ("5632", "7960", ["세탁", "다림질"]), ("8312", "7780", ["전기 배선", "설비 점검"]), ("0272", null, ["엑셀", "전산회계"]), ("0292", null, ["전화 상담", "고객 응대"]),
        ("5643", null, ["주차 관리", "고객 응대"]), ("5420", null, ["시설 관리", "순찰"]),
    ];

    // Former businesses of small owners: restaurants, cafés, shops, salons, laundries (KSIC 세세분류).
    private static readonly string[] Businesses = ["56111", "56111", "56191", "56221", "56162", "56150", "47121", "47122", "47212", "47219", "47520", "96112", "96912", "47612", "49231", "95211"];

    private readonly Faker faker = new("ko") { Random = new Randomizer(seed) };
    private readonly DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly DateTime now = DateTime.UtcNow;

    /// <summary>Writes everything in batches and returns the submitted cases' ids, in order.</summary>
    public async Task<List<Guid>> WriteAsync(CancellationToken cancellationToken = default)
    {
        var sigungus = (await db.Sigungus.AsNoTracking().Where(s => s.Kind != "일반구").OrderBy(s => s.Code).Select(s => new { s.Code, s.SidoCode }).ToListAsync(cancellationToken))
            .GroupBy(s => s.SidoCode).ToDictionary(g => g.Key, g => g.Select(s => s.Code).ToArray());
        var leaves = await db.Occupations.AsNoTracking().Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Level == 4).OrderBy(o => o.Code).Select(o => o.Code).ToListAsync(cancellationToken);
        var names = await db.Qualifications.AsNoTracking().ToDictionaryAsync(q => q.Code, q => q.Name, cancellationToken);
        var office = await db.RegionalOffices.AsNoTracking().OrderBy(o => o.Code).Select(o => o.Id).FirstAsync(cancellationToken);
        var sidoNames = Population.Select(p => p.Sido).ToArray();
        var shares = Population.Select(p => p.Share / 100f).ToArray();
        string Place() => faker.PickRandom(sigungus[faker.Random.WeightedRandom(sidoNames, shares)]);
        (string Occupation, string? Qualification, string[] Skills) Work() =>
            faker.Random.Bool(0.7f) ? faker.PickRandom(Common) : (faker.PickRandom(leaves), null, faker.Random.Bool(0.5f) ? ["성실", "컴퓨터 활용"] : []);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var companies = Enumerable.Range(1, Math.Max(20, jobs / 20)).Select(i => new Company
        {
            Id = Id(), Name = $"{faker.Company.CompanyName()} {i}", SigunguCode = Place(), IndustryCode = faker.PickRandom(Businesses)[..2],
            Phone = faker.Phone.PhoneNumber("0##-###-####"), CreatedAt = now, VerifiedAt = now, Version = Id(),
        }).ToList();
        await AddAllAsync(companies, cancellationToken);
        await AddAllAsync(Enumerable.Range(0, jobs + jobs / 10).Select(i =>
        {
            var company = companies[faker.Random.Int(0, companies.Count - 1)];
            var (occupation, qualification, skills) = Work();
            var hours = faker.Random.WeightedRandom([40, 30, 20, 48], [0.6f, 0.2f, 0.15f, 0.05f]);
            var wage = faker.Random.Int(200, 380) * 10_000 * hours / 40;
            var post = new JobPost
            {
                Id = Id(), CompanyId = company.Id, Title = $"{Title(occupation)} 모집 ({faker.PickRandom("정규직", "계약직", "경력 무관", "중장년 우대")})",
                OccupationCode = occupation, SidoCode = company.SigunguCode[..2], SigunguCode = company.SigunguCode, WeeklyHours = hours, WageAmount = wage, MonthlyWage = wage,
                Skills = skills.Length == 0 ? null : string.Join(", ", faker.PickRandom(skills, faker.Random.Int(1, skills.Length))),
                ExperienceYears = faker.Random.WeightedRandom([0, 1, 2, 3, 5], [0.55f, 0.2f, 0.12f, 0.08f, 0.05f]), Openings = faker.Random.Int(1, 5),
                Description = faker.Lorem.Paragraph(), OpensOn = today.AddDays(-faker.Random.Int(0, 30)), ClosesOn = today.AddDays(faker.Random.Int(0, 60)),
                Status = i < jobs ? OfferStatus.Open : faker.PickRandom(OfferStatus.Closed, OfferStatus.Draft), CreatedAt = now, PublishedAt = now.AddDays(-faker.Random.Int(0, 30)), Version = Id(),
            };
            if (qualification is not null && faker.Random.Bool(0.4f))
            {
                post.Qualifications.Add(new JobPostQualification { JobPostId = post.Id, QualificationCode = qualification });
            }

            return post;
        }), cancellationToken);

        var agencies = Enumerable.Range(1, Math.Max(10, jobs / 1_000)).Select(i => new Agency
        {
            Id = Id(), Name = $"{faker.Address.City()} {faker.PickRandom("고용복지플러스센터", "자활센터", "일자리재단", "폴리텍 캠퍼스")} {i}", Kind = faker.PickRandom<AgencyKind>(),
            SidoCode = Place()[..2], Phone = faker.Phone.PhoneNumber("0##-###-####"), CreatedAt = now, Version = Id(),
        }).ToList();
        await AddAllAsync(agencies, cancellationToken);
        var courses = Common.Where(c => c.Qualification is not null).Select(c => names[c.Qualification!]).ToArray();
        await AddAllAsync(Enumerable.Range(0, Math.Max(50, jobs / 100)).Select(i =>
        {
            var agency = agencies[i % agencies.Count];
            var kind = faker.Random.WeightedRandom([ProgrammeKind.CertificationCourse, ProgrammeKind.CompanyLinkedTraining, ProgrammeKind.Training, ProgrammeKind.CareerConsulting, ProgrammeKind.Loan, ProgrammeKind.StartupCoaching],
                [0.25f, 0.1f, 0.25f, 0.2f, 0.1f, 0.1f]);
            var title = kind is ProgrammeKind.CertificationCourse or ProgrammeKind.CompanyLinkedTraining ? $"{faker.PickRandom(courses)} 취득 과정 {i + 1}기"
                : $"{faker.PickRandom("재취업", "재창업", "디지털 역량", "직무 전환", "경력설계")} {faker.PickRandom("교육", "상담", "컨설팅", "아카데미")} {i + 1}기";
            return new Programme
            {
                Id = Id(), AgencyId = agency.Id, Title = title, Kind = kind, Track = kind is ProgrammeKind.Loan or ProgrammeKind.StartupCoaching ? Track.ReFounding : faker.PickRandom(Track.ReEmployment, Track.Both),
                Regions = faker.Random.Bool(0.1f) ? [] : [new ProgrammeRegion { SidoCode = agency.SidoCode }], ApplyFrom = today.AddDays(-faker.Random.Int(0, 30)),
                ApplyUntil = today.AddDays(faker.Random.Int(0, 60)), Capacity = faker.Random.Int(10, 60), MinAge = 18, MaxAge = faker.Random.Bool(0.3f) ? 69 : null,
                Description = $"{title}: 폐업 소상공인을 위한 과정입니다. {faker.Lorem.Sentence()}", Status = OfferStatus.Open, CreatedAt = now, PublishedAt = now, Version = Id(),
                PartnerCompanyId = kind == ProgrammeKind.CompanyLinkedTraining ? faker.PickRandom(companies).Id : null,
            };
        }), cancellationToken);

        var cases = new List<Guid>();
        for (var start = 0; start < applicants; start += Batch)
        {
            for (var i = start; i < Math.Min(applicants, start + Batch); i++)
            {
                var email = $"match{i + 1:000000}@restart.perf";
                var user = new ApplicationUser
                {
                    Id = Id().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    DisplayName = faker.Name.LastName() + faker.Name.FirstName(), CreatedAt = now, SecurityStamp = Id().ToString("N"), ConcurrencyStamp = Id().ToString(),
                };
                db.Users.Add(user);
                var home = Place();
                db.ApplicantProfiles.Add(new ApplicantProfile
                {
                    Id = Id(), UserId = user.Id, Name = user.DisplayName, Phone = faker.Phone.PhoneNumber("010-####-####"), SigunguCode = home, CreatedAt = now, Version = Id(),
                    BirthDate = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1958, 1, 1), new DateTime(1990, 12, 31))),
                });
                var wanted = Enumerable.Range(0, faker.Random.Int(1, 3)).Select(_ => Work()).DistinctBy(w => w.Occupation).ToList();
                var held = wanted.Where(w => w.Qualification is not null && faker.Random.Bool(0.4f)).Select(w => names[w.Qualification!]);
                var business = faker.PickRandom(Businesses);
                var skills = wanted.SelectMany(w => w.Skills).Append("1종 보통 운전면허").Distinct().ToList();
                var c = new Case
                {
                    Id = Id(), ApplicantUserId = user.Id, CreatedAt = now.AddDays(-30), UpdatedAt = now, Version = Id(), BusinessName = faker.Company.CompanyName(),
                    IndustryCode = business, BusinessSigunguCode = home, OpenedOn = today.AddYears(-faker.Random.Int(1, 20)), ClosureState = ClosureState.Closed,
                    ClosedOn = today.AddDays(-faker.Random.Int(10, 300)), Track = faker.PickRandom(Track.ReEmployment, Track.ReEmployment, Track.Both, Track.ReFounding),
                    DesiredMonthlyWage = faker.Random.Int(200, 350) * 10_000, DesiredWeeklyHours = faker.PickRandom(30, 40, 40),
                    CertificatesAndSkills = string.Join(", ", held.Concat(faker.PickRandom(skills, Math.Min(2, skills.Count)))),
                    CareerHistory = $"{business} 업종 자영업 {faker.Random.Int(1, 20)}년" + (faker.Random.Bool(0.5f) ? $", 직장 경력 {faker.Random.Int(1, 10)}년" : ""),
                };
                c.DesiredOccupations.AddRange(wanted.Select(w => new CaseDesiredOccupation { CaseId = c.Id, Code = w.Occupation }));
                c.DesiredRegions.AddRange(new[] { home, faker.PickRandom(sigungus[home[..2]]) }.Distinct().Select(s => new CaseDesiredRegion { CaseId = c.Id, SigunguCode = s }));
                c.Submit($"M-{i + 1:D7}", office, user.Id, now.AddDays(-29));
                db.Cases.Add(c);
                cases.Add(c.Id);
            }

            await SaveAsync(cancellationToken);
        }

        return cases;
    }

    private static string Title(string occupation) => occupation switch
    {
        "5312" => "한식 조리사", "5313" => "중식 조리사", "5314" => "양식 조리사", "5318" => "단체급식 조리원", "5323" => "주방 보조원", "5321" => "패스트푸드 조리원",
        "5322" => "홀 서빙", "5317" => "바리스타", "8711" => "제빵사", "8712" => "떡 제조원", "5501" => "요양보호사", "5503" => "노인 돌봄 종사원",
        "5611" => "건물 청소원", "6152" => "매장 판매원", "6161" => "계산원", "6151" => "매장 관리자", "6241" => "택배 배송 기사", "6223" => "화물차 운전원",
        "6230" => "지게차 운전원", "6245" => "상하차 작업원", "6246" => "화물 분류원", "5112" => "미용사", "5632" => "세탁원", "8312" => "전기공",
        "0272" => "경리 사무원", "0292" => "고객 상담원", "5643" => "주차 관리원", "5420" => "건물 관리원", _ => $"직무({occupation})",
    };

    private Guid Id() => faker.Random.Guid();

    private async Task AddAllAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var chunk in rows.Chunk(Batch))
        {
            db.AddRange(chunk);
            await SaveAsync(cancellationToken);
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
