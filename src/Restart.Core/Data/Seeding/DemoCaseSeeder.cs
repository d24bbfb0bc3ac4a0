using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// Demo cases: 240 over the offices and every status, half of them at the Seoul office, where the demo
/// counselor finds a working day (appointments today, overdue items, a late document request, follow-ups
/// due) and the demo manager a queue to assign.
/// </summary>
internal sealed class DemoCaseSeeder(RestartDbContext db, Faker faker, DateTime now)
{
    public const int SeoulCases = 120;
    public const int OtherCases = 120;

    /// <summary>
    /// The Seoul case that belongs to the demo applicant (in service, the demo counselor's, with an appointment
    /// today): a former 한식 restaurant owner in 성동구 looking for cook's work, so recommendations have matches.
    /// </summary>
    public const int DemoApplicantCase = 12;

    /// <summary>Every status a submitted case can be in, as often as an office would see it.</summary>
    private static readonly CaseStatus[] Mix =
    [
        CaseStatus.Submitted, CaseStatus.Submitted, CaseStatus.Submitted, CaseStatus.EligibilityReview, CaseStatus.EligibilityReview,
        CaseStatus.SupplementRequested, CaseStatus.Eligible, CaseStatus.Eligible, CaseStatus.Ineligible, CaseStatus.Assigned,
        CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.InService, CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded,
        CaseStatus.FollowUp, CaseStatus.FollowUp, CaseStatus.Closed, CaseStatus.Closed, CaseStatus.OnHold, CaseStatus.Reopened,
    ];

    private static readonly (string Name, string Industry)[] Businesses =
    [
        ("행복한식당", "56111"), ("골목분식", "56191"), ("우리동네카페", "56221"), ("새봄미용실", "96112"), ("한마음세탁소", "96912"),
        ("튼튼가구", "47520"), ("싱싱정육점", "47212"), ("바른문구", "47612"), ("김밥천국 역전점", "56191"), ("소담반찬", "47219"),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, RegionalOffice> offices, ApplicationUser demoCounselor, ApplicationUser demoManager, ApplicationUser demoApplicant, string demoApplicantHome, CancellationToken cancellationToken)
    {
        var applicantRole = await db.Roles.Where(r => r.Name == Roles.Applicant).Select(r => r.Id).SingleAsync(cancellationToken);
        var counselorRole = await db.Roles.Where(r => r.Name == Roles.Counselor).Select(r => r.Id).SingleAsync(cancellationToken);
        var sigungus = await db.Sigungus.Where(s => s.Kind != "일반구").Select(s => new { s.Code, s.SidoCode }).ToListAsync(cancellationToken);
        var taken = offices.Values.SelectMany(o => o.Districts).Select(d => d.SigunguCode).ToHashSet();

        // A second counselor at Seoul, and one at every other office, so cases there have someone to work them.
        var counselors = new Dictionary<Guid, List<ApplicationUser>> { [demoCounselor.RegionalOfficeId!.Value] = [demoCounselor] };
        foreach (var office in offices.Values)
        {
            var colleague = NewUser($"counselor.{office.Code.ToLowerInvariant()}@restart.demo", faker.Name.LastName() + faker.Name.FirstName(), counselorRole);
            colleague.RegionalOfficeId = office.Id;
            counselors.TryAdd(office.Id, []);
            counselors[office.Id].Add(colleague);
        }

        var journey = new DemoCaseJourney(db, faker, now);
        var consentedAt = new FixedClock(now.AddDays(-165));
        var others = offices.Values.Where(o => o.Id != demoCounselor.RegionalOfficeId).ToList();
        var numbers = new HashSet<int>();
        for (var i = 0; i < SeoulCases + OtherCases; i++)
        {
            var office = i < SeoulCases ? offices["SEOUL"] : others[i % others.Count];
            var sidos = office.Coverage.Select(c => c.SidoCode).ToList();
            var districts = office.Districts.Select(d => d.SigunguCode).ToList();
            var home = faker.PickRandom(sigungus.Where(s => districts.Contains(s.Code) || (sidos.Contains(s.SidoCode) && !taken.Contains(s.Code))).ToList()).Code;
            var name = faker.Name.LastName() + faker.Name.FirstName();
            var demo = i == DemoApplicantCase;
            var applicant = demo ? demoApplicant : NewUser($"case{i + 1:000}@restart.demo", name, applicantRole);
            if (demo)
            {
                home = demoApplicantHome;
            }
            else
            {
                db.ApplicantProfiles.Add(new ApplicantProfile
                {
                    UserId = applicant.Id,
                    Name = name,
                    BirthDate = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1958, 1, 1), new DateTime(1990, 12, 31))),
                    Phone = faker.Phone.PhoneNumber("010-####-####"),
                    SigunguCode = home,
                    CreatedAt = now,
                });
            }

            // They agreed to what applying needs; most also to the optional items and to referrals (the demo applicant to all).
            db.Consents.Add(ConsentRecords.New(applicant.Id, ConsentItem.Required, true, null, consentedAt));
            db.Consents.Add(ConsentRecords.New(applicant.Id, ConsentItem.Optional, faker.Random.Bool(0.7f) || demo, null, consentedAt));
            db.Consents.Add(ConsentRecords.New(applicant.Id, ConsentItem.ThirdParty, faker.Random.Bool(0.8f) || demo, null, consentedAt));
            var c = demo ? DemoApplicantsCase(applicant.Id, home) : NewCase(applicant.Id, home, i);
            int number;
            do
            {
                number = faker.Random.Int(0, 999_999);
            }
            while (!numbers.Add(number));

            c.Submit($"{KoreanTime.ToKorean(now).Year}-{number:D6}", office.Id, applicant.Id, now.AddDays(-faker.Random.Double(3, 160)));
            // At Seoul the demo counselor works most cases, so that signing in shows a full day.
            var counselor = i < SeoulCases && i % 4 != 3 ? demoCounselor : faker.PickRandom(counselors[office.Id]);
            // Shifted every round of offices, so that each office gets a spread of statuses, not the same two.
            journey.Walk(c, Mix[(i + (i / others.Count)) % Mix.Length], counselor.Id, counselor.DisplayName, demoManager.Id);
            db.Cases.Add(c);
            if (i < SeoulCases && counselor == demoCounselor && c.Status == CaseStatus.InService && i % 3 == 0)
            {
                Today(c, demoCounselor.Id, i);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo counselor's day: appointments today, an item past due, a follow-up this week.</summary>
    private void Today(Case c, string counselorId, int i)
    {
        var todayKorean = KoreanTime.ToKorean(now).Date;
        db.CounselingSessions.Add(new CounselingSession
        {
            CaseId = c.Id,
            OfficeId = c.RegionalOfficeId!.Value,
            HeldAt = now.AddDays(-7),
            Mode = CounselingMode.Office,
            Topics = CounselingTopics.CareerDesign,
            Notes = "지난주 상담: 희망 직무 정리. 오늘 이력서 초안을 함께 보기로 함.",
            NextAppointmentAt = KoreanTime.FromKorean(todayKorean.AddHours(10 + (i % 7))),
            AuthorUserId = counselorId,
            WrittenAt = now.AddDays(-7),
        });
        db.CaseActionItems.Add(new CaseActionItem { CaseId = c.Id, Description = "건강보험 자격득실확인서 제출", Owner = ActionOwner.Applicant, DueOn = DateOnly.FromDateTime(todayKorean).AddDays(-2) });
    }

    private Case NewCase(string applicantId, string home, int i)
    {
        var (business, industry) = Businesses[i % Businesses.Length];
        var opened = DateOnly.FromDateTime(now).AddYears(-faker.Random.Int(2, 20));
        var c = new Case
        {
            ApplicantUserId = applicantId,
            CreatedAt = now.AddDays(-170),
            UpdatedAt = now,
            BusinessName = business,
            BusinessNumber = DemoBusinessNumber(),
            IndustryCode = industry,
            BusinessSigunguCode = home,
            OpenedOn = opened,
            ClosureState = i % 5 == 0 ? ClosureState.Planned : ClosureState.Closed,
            ClosedOn = DateOnly.FromDateTime(now).AddDays(-faker.Random.Int(10, 200)),
            RegularEmployees = faker.Random.Int(0, 4),
            ClosureReason = faker.PickRandom<ClosureReason>(),
            LeasedPremises = faker.Random.Bool(0.8f),
            Track = faker.PickRandom(Track.ReEmployment, Track.ReEmployment, Track.ReFounding, Track.Both),
            DesiredMonthlyWage = faker.Random.Int(200, 300) * 10_000,
            DesiredWeeklyHours = faker.PickRandom(30, 40),
        };
        c.DesiredRegions.Add(new CaseDesiredRegion { CaseId = c.Id, SigunguCode = home });
        return c;
    }

    /// <summary>The demo applicant's case: 9 years of a 한식 restaurant, cook's work wanted near home, a driving licence but no cook's qualification.</summary>
    private Case DemoApplicantsCase(string applicantId, string home)
    {
        var c = new Case
        {
            ApplicantUserId = applicantId,
            CreatedAt = now.AddDays(-170),
            UpdatedAt = now,
            BusinessName = "행복한식당",
            BusinessNumber = DemoBusinessNumber(),
            IndustryCode = "56111",
            BusinessSigunguCode = home,
            OpenedOn = DateOnly.FromDateTime(now).AddYears(-9),
            ClosureState = ClosureState.Closed,
            ClosedOn = DateOnly.FromDateTime(now).AddDays(-60),
            RegularEmployees = 2,
            ClosureReason = Domain.ClosureReason.PoorSales,
            LeasedPremises = true,
            Track = Track.ReEmployment,
            DesiredMonthlyWage = 2_500_000,
            DesiredWeeklyHours = 40,
            CertificatesAndSkills = "1종 보통 운전면허, 식품위생교육 이수, 한식 조리와 식재료 관리, 대량 조리",
            CareerHistory = "한식 식당 운영 9년 (주방 겸 홀 관리), 단체 도시락 납품",
        };
        c.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = c.Id, Code = "5312" });
        c.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = c.Id, Code = "5318" });
        c.DesiredRegions.Add(new CaseDesiredRegion { CaseId = c.Id, SigunguCode = home });
        c.DesiredRegions.Add(new CaseDesiredRegion { CaseId = c.Id, SigunguCode = "11215" });
        return c;
    }

    /// <summary>A made-up 사업자등록번호 with a valid check digit.</summary>
    private string DemoBusinessNumber()
    {
        var nine = string.Concat(faker.Random.Digits(9));
        return nine + BusinessNumber.CheckDigit(nine);
    }

    /// <summary>A demo account without a password: it fills lists and cannot sign in.</summary>
    private ApplicationUser NewUser(string email, string name, string roleId)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = name,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        return user;
    }

    private sealed class FixedClock(DateTime at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(at, TimeSpan.Zero);
    }
}
