using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.LoadData;

/// <summary>The volume: agencies, companies, programmes, job posts, applicants with profiles, consents and cases.</summary>
internal sealed class Volume(RestartDbContext db, UserManager<ApplicationUser> users, GeneratorSettings settings)
{
    public const string DraftApplicantEmail = "draft@restart.perf";
    private const int Batch = 2_000;
    private static readonly byte[] TinyPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    // Where a submitted case may have got to, each path from submission on, with how often it occurs.
    private static readonly (int Weight, CaseStatus[] Path)[] Journeys =
    [
        (15, []),
        (20, [CaseStatus.EligibilityReview]),
        (5, [CaseStatus.EligibilityReview, CaseStatus.SupplementRequested]),
        (10, [CaseStatus.EligibilityReview, CaseStatus.Eligible]),
        (10, [CaseStatus.EligibilityReview, CaseStatus.Eligible, CaseStatus.Assigned]),
        (10, [CaseStatus.EligibilityReview, CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed]),
        (10, [CaseStatus.EligibilityReview, CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed, CaseStatus.InService]),
        (5, [CaseStatus.EligibilityReview, CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed]),
        (5, [CaseStatus.EligibilityReview, CaseStatus.Ineligible]),
        (5, [CaseStatus.Closed]),
    ];

    private readonly Faker faker = new("ko") { Random = new Randomizer(7) };
    private readonly DateTime now = DateTime.UtcNow;
    private readonly DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task<Dictionary<string, string>> WriteAsync()
    {
        var sigungus = await db.Sigungus.Where(s => s.Kind != "일반구").OrderBy(s => s.Code).Select(s => new { s.Code, s.SidoCode }).ToListAsync();
        var sidos = sigungus.Select(s => s.SidoCode).Distinct().Order().ToList();
        var seoul = sigungus.Where(s => s.SidoCode == "11").ToList();
        var officeOf = await db.RegionalOfficeCoverage.ToDictionaryAsync(c => c.SidoCode, c => c.RegionalOfficeId);
        var industryLeaf = await db.Industries.Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision).MaxAsync(i => i.Level);
        var industries = await db.Industries.Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Level == industryLeaf).OrderBy(i => i.Code).Select(i => i.Code).ToListAsync();
        var divisions = await db.Industries.Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code.Length == 2).OrderBy(i => i.Code).Select(i => i.Code).ToListAsync();
        var occupationLeaf = await db.Occupations.Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision).MaxAsync(o => o.Level);
        var occupations = await db.Occupations.Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && o.Level == occupationLeaf).OrderBy(o => o.Code).Select(o => o.Code).ToListAsync();
        var applicantRole = await db.Roles.Where(r => r.Name == Roles.Applicant).Select(r => r.Id).SingleAsync();
        // The demo data's cases hold random numbers of this year: the volume's numbers go round them.
        var taken = (await db.Cases.Where(c => c.Number != null).Select(c => c.Number!).ToListAsync()).ToHashSet();
        var sequence = 0;
        string NextNumber()
        {
            string number;
            do
            {
                number = $"{today.Year}-{++sequence:D6}";
            }
            while (!taken.Add(number));
            return number;
        }

        var demo = await db.Users.Where(u => u.Email!.EndsWith("@restart.demo")).ToDictionaryAsync(u => u.Email!);
        var counselor = demo[DemoDataSeeder.Accounts[Roles.Counselor]];
        // Each office's cases are worked by its own counselor: the demo one at Seoul, the demo data's colleague elsewhere.
        var counselorOf = demo.Values.Where(u => u.RegionalOfficeId is not null && u.Email!.StartsWith("counselor.", StringComparison.Ordinal))
            .ToDictionary(u => u.RegionalOfficeId!.Value);
        counselorOf[counselor.RegionalOfficeId!.Value] = counselor;
        var partner = demo[DemoDataSeeder.Accounts[Roles.AgencyPartner]];
        var employer = demo[DemoDataSeeder.Accounts[Roles.Employer]];

        // The two accounts that sign in as applicants: the demo one with a case under review, and one with a full draft.
        var draftUser = new ApplicationUser
        {
            Id = Id().ToString(), UserName = DraftApplicantEmail, Email = DraftApplicantEmail, EmailConfirmed = true, DisplayName = "한지민", CreatedAt = now,
        };
        Check(await users.CreateAsync(draftUser, DemoDataSeeder.Password));
        Check(await users.AddToRoleAsync(draftUser, Roles.Applicant));

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();

        var agencies = Enumerable.Range(1, Math.Max(10, settings.Programmes / 5)).Select(i => new Agency
        {
            Id = Id(), Name = $"{faker.Address.City()} {faker.PickRandom("고용복지플러스센터", "자활센터", "일자리재단", "중장년내일센터", "창업지원센터")} {i}",
            Kind = faker.PickRandom<AgencyKind>(), SidoCode = faker.PickRandom(sidos), Phone = faker.Phone.PhoneNumber("0##-###-####"), CreatedAt = now, Version = Id(),
        }).ToList();
        // The demo partner's agency carries a tenth of the programmes, so its home page has pages to turn.
        var partnerAgency = partner.AgencyId!.Value;
        await AddAllAsync(agencies);
        await AddAllAsync(Enumerable.Range(0, settings.Programmes).Select(i =>
        {
            var agency = i % 10 == 0 ? (Id: partnerAgency, SidoCode: "11") : (agencies[i % agencies.Count].Id, agencies[i % agencies.Count].SidoCode);
            var opens = today.AddDays(faker.Random.Int(-90, 20));
            return new Programme
            {
                Id = Id(), AgencyId = agency.Id, Title = $"{faker.PickRandom("재취업", "재창업", "디지털 역량", "신용회복", "직무 전환", "경력설계")} {faker.PickRandom("교육", "상담", "컨설팅", "지원금", "아카데미")} {i + 1}기",
                Kind = faker.PickRandom<ProgrammeKind>(), Track = faker.PickRandom<Track>(),
                Regions = faker.Random.Bool(0.05f) ? [] : [new ProgrammeRegion { SidoCode = agency.SidoCode }],
                ApplyFrom = opens, ApplyUntil = opens.AddDays(faker.Random.Int(10, 120)), Capacity = faker.Random.Int(10, 80), MinAge = 18,
                MaxAge = faker.Random.Bool(0.2f) ? 69 : null, Description = faker.Lorem.Paragraph(), CreatedAt = now, Version = Id(),
                Status = faker.Random.WeightedRandom([OfferStatus.Open, OfferStatus.Closed, OfferStatus.Draft], [0.6f, 0.3f, 0.1f]),
            };
        }));

        var companies = Enumerable.Range(1, Math.Max(10, settings.JobPosts / 10)).Select(i => new Company
        {
            Id = Id(), Name = $"{faker.Company.CompanyName()} {i}", SigunguCode = faker.PickRandom(sigungus).Code,
            IndustryCode = faker.PickRandom(divisions), Phone = faker.Phone.PhoneNumber("0##-###-####"), CreatedAt = now, VerifiedAt = now, Version = Id(),
        }).ToList();
        var employerCompany = employer.CompanyId!.Value;
        await AddAllAsync(companies);
        await AddAllAsync(Enumerable.Range(0, settings.JobPosts).Select(i =>
        {
            var company = i % 50 == 0 ? (Id: employerCompany, SigunguCode: "11200") : (companies[i % companies.Count].Id, companies[i % companies.Count].SigunguCode);
            var hours = faker.PickRandom(20, 30, 40);
            var wage = faker.Random.Int(210, 350) * 10_000 * hours / 40;
            return new JobPost
            {
                Id = Id(), CompanyId = company.Id, Title = $"{faker.Name.JobTitle()} 모집 {i + 1}", OccupationCode = faker.PickRandom(occupations),
                SidoCode = company.SigunguCode[..2], SigunguCode = company.SigunguCode, WeeklyHours = hours, WageAmount = wage, MonthlyWage = wage,
                Description = faker.Lorem.Paragraph(), OpensOn = today.AddDays(-faker.Random.Int(0, 40)), ClosesOn = today.AddDays(faker.Random.Int(-10, 60)),
                Status = faker.Random.WeightedRandom([OfferStatus.Open, OfferStatus.Closed, OfferStatus.Draft], [0.7f, 0.25f, 0.05f]), CreatedAt = now, Version = Id(),
            };
        }));

        // Applicants: an account (no password: they fill lists, they do not sign in), the role, a profile, three consents and one case.
        for (var start = 0; start < settings.Applicants; start += Batch)
        {
            for (var i = start; i < Math.Min(settings.Applicants, start + Batch); i++)
            {
                var email = $"applicant{i + 1:00000}@restart.perf";
                var name = faker.Name.LastName() + faker.Name.FirstName();
                var user = new ApplicationUser
                {
                    Id = Id().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, DisplayName = name, CreatedAt = now.AddDays(-faker.Random.Int(0, 365)), SecurityStamp = Id().ToString("N"),
                    ConcurrencyStamp = Id().ToString(), LockoutEnabled = true,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = applicantRole });
                // A fifth of the people live in Seoul (its share of the population, about 18%): the demo staff's
                // office then holds some 20,000 of 100,000 cases, the queue's hard case.
                var home = faker.Random.Bool(0.2f) ? faker.PickRandom(seoul) : faker.PickRandom(sigungus);
                db.ApplicantProfiles.Add(Profile(user.Id, name, home.Code));
                AddConsents(user.Id, user.CreatedAt);
                db.Cases.Add(NewCase(user.Id, NextNumber(), home.Code, officeOf[home.SidoCode], counselorOf[officeOf[home.SidoCode]], industries, occupations, sigungus.Select(s => s.Code).ToList(),
                    faker.Random.Bool(0.1f) ? null : faker.Random.WeightedRandom(Journeys.Select(j => j.Path).ToArray(), Journeys.Select(j => j.Weight / 100f).ToArray())));
            }

            await SaveAsync();
        }

        // The demo applicant: a case under review with a supplement request and one uploaded document.
        var applicant = demo[DemoDataSeeder.Accounts[Roles.Applicant]];
        var applicantHome = await db.ApplicantProfiles.Where(p => p.UserId == applicant.Id).Select(p => p.SigunguCode).SingleAsync();
        AddConsents(applicant.Id, now.AddDays(-30));
        var demoCase = NewCase(applicant.Id, NextNumber(), applicantHome, officeOf[applicantHome[..2]], counselor, industries, occupations, sigungus.Select(s => s.Code).ToList(),
            [CaseStatus.EligibilityReview, CaseStatus.SupplementRequested]);
        db.Cases.Add(demoCase);
        db.SupplementRequests.Add(new SupplementRequest
        {
            Id = Id(), CaseId = demoCase.Id, Message = "폐업사실증명원 원본을 다시 올려 주세요.", Deadline = today.AddDays(10), RequestedAt = now.AddDays(-1), RequestedByUserId = counselor.Id,
        });
        var document = Document(demoCase.Id, applicant.Id);
        db.CaseDocuments.Add(document);

        // The draft applicant: every wizard step saved, a proof of closure uploaded, not yet submitted.
        db.ApplicantProfiles.Add(Profile(draftUser.Id, draftUser.DisplayName, "11680"));
        AddConsents(draftUser.Id, now.AddDays(-2));
        var draft = NewCase(draftUser.Id, null, "11680", Guid.Empty, counselor, industries, occupations, sigungus.Select(s => s.Code).ToList(), null);
        draft.SaveStep(ApplyStep.Documents, now);
        db.Cases.Add(draft);
        db.CaseDocuments.Add(Document(draft.Id, draftUser.Id));
        await SaveAsync();
        await transaction.CommitAsync();
        await VolumeReferrals.AddAsync(db, partnerAgency, employerCompany, Math.Min(5_000, settings.Applicants / 4), now);

        var office = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync();
        var programme = await db.Programmes.Where(p => p.AgencyId == partnerAgency && p.Status == OfferStatus.Open && p.ApplyUntil >= today).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var job = await db.JobPosts.Where(j => j.CompanyId == employerCompany && j.Status == OfferStatus.Open && j.ClosesOn >= today).OrderBy(j => j.Id).Select(j => j.Id).FirstAsync();
        return new Dictionary<string, string>
        {
            ["DEMO_PROGRAMME"] = programme.ToString(),
            ["DEMO_JOB"] = job.ToString(),
            ["DEMO_DOCUMENT"] = document.Id.ToString(),
            ["DEMO_CASE"] = demoCase.Id.ToString(),
            ["SEOUL_OFFICE"] = office.ToString(),
            ["DRAFT_APPLICANT"] = DraftApplicantEmail,
        };
    }

    private Case NewCase(string userId, string? number, string home, Guid office, ApplicationUser counselor, List<string> industries, List<string> occupations, List<string> sigungus, CaseStatus[]? journey)
    {
        var counselorId = counselor.Id;
        var created = now.AddDays(-faker.Random.Int(5, 150));
        var track = faker.PickRandom<Track>();
        var theCase = new Case
        {
            Id = Id(), ApplicantUserId = userId, CreatedAt = created, UpdatedAt = created, Version = Id(),
            BusinessName = faker.Company.CompanyName(), BusinessNumber = faker.Random.ReplaceNumbers("##########"), IndustryCode = faker.PickRandom(industries),
            BusinessSigunguCode = home, OpenedOn = today.AddDays(-faker.Random.Int(400, 5000)), ClosureState = faker.PickRandom<ClosureState>(),
            ClosedOn = today.AddDays(-faker.Random.Int(0, 300)), RegularEmployees = faker.Random.Int(0, 4), ClosureReason = faker.PickRandom<ClosureReason>(),
            LeasedPremises = faker.Random.Bool(), Track = track, DesiredMonthlyWage = faker.Random.Int(200, 350) * 10_000, DesiredWeeklyHours = faker.PickRandom(20, 30, 40),
            CareerHistory = faker.Random.Bool(0.5f) ? faker.Lorem.Sentence() : null,
        };
        foreach (var code in faker.PickRandom(occupations, faker.Random.Int(1, 3)))
        {
            theCase.DesiredOccupations.Add(new CaseDesiredOccupation { CaseId = theCase.Id, Code = code });
        }

        foreach (var code in faker.PickRandom(sigungus, faker.Random.Int(1, 2)).Append(home).Distinct())
        {
            theCase.DesiredRegions.Add(new CaseDesiredRegion { CaseId = theCase.Id, SigunguCode = code });
        }

        theCase.SaveStep(journey is null ? (ApplyStep)faker.Random.Int(1, 4) : ApplyStep.Documents, created);
        if (journey is null)
        {
            return theCase;
        }

        var at = created.AddDays(1);
        theCase.Submit(number!, office, userId, at);
        foreach (var to in journey)
        {
            at = at.AddDays(faker.Random.Int(1, 4));
            var moved = to switch
            {
                CaseStatus.EligibilityReview => theCase.StartReview(counselorId, at),
                CaseStatus.SupplementRequested => theCase.TransitionTo(to, counselorId, CaseEventReason.SupplementRequested, at, [today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]),
                CaseStatus.Eligible => theCase.DecideEligibility(null, counselorId, at, null),
                CaseStatus.Ineligible => theCase.DecideEligibility(IneligibleReason.TooManyEmployees, counselorId, at, null),
                CaseStatus.Assigned => theCase.Assign(counselorId, counselor.DisplayName, counselorId, at, null),
                CaseStatus.PlanAgreed => theCase.AgreePlan(counselorId, at, null),
                CaseStatus.InService => theCase.StartService(counselorId, at, null),
                CaseStatus.Placed => theCase.RecordPlacement("(주)한빛푸드", DateOnly.FromDateTime(at), 2_500_000, null, counselorId, at, null),
                _ => theCase.Close(CaseClosure.Withdrawn, userId, CaseEventReason.Withdrawn, at, note: "신청 철회"),
            };
            if (!moved)
            {
                throw new InvalidOperationException($"{theCase.Status} → {to} is not a transition");
            }
        }

        return theCase;
    }

    private ApplicantProfile Profile(string userId, string name, string sigungu) => new()
    {
        Id = Id(), UserId = userId, Name = name, BirthDate = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1958, 1, 1), new DateTime(1988, 12, 31))),
        Phone = faker.Phone.PhoneNumber("010-####-####"), SigunguCode = sigungu, CreatedAt = now, Version = Id(),
    };

    private void AddConsents(string userId, DateTime at)
    {
        db.Consents.Add(new ConsentRecord { UserId = userId, Item = ConsentItem.Required, TextVersion = ConsentTexts.Version, Granted = true, At = at, IpAddress = "127.0.0.1" });
        db.Consents.Add(new ConsentRecord { UserId = userId, Item = ConsentItem.Optional, TextVersion = ConsentTexts.Version, Granted = faker.Random.Bool(), At = at, IpAddress = "127.0.0.1" });
        db.Consents.Add(new ConsentRecord { UserId = userId, Item = ConsentItem.ThirdParty, TextVersion = ConsentTexts.Version, Granted = faker.Random.Bool(), At = at, IpAddress = "127.0.0.1" });
    }

    private CaseDocument Document(Guid caseId, string userId)
    {
        var stored = Id().ToString("N");
        Directory.CreateDirectory(settings.DocumentsFolder);
        File.WriteAllBytes(Path.Combine(settings.DocumentsFolder, stored), TinyPdf);
        return new CaseDocument
        {
            Id = Id(), CaseId = caseId, Kind = DocumentKind.ClosureProof, FileName = "폐업사실증명원.pdf", StoredName = stored, ContentType = "application/pdf",
            Length = TinyPdf.Length, UploadedAt = now.AddDays(-3), UploadedByUserId = userId,
        };
    }

    private Guid Id() => faker.Random.Guid();

    private async Task AddAllAsync<T>(IEnumerable<T> rows)
        where T : class
    {
        foreach (var chunk in rows.Chunk(Batch))
        {
            db.AddRange(chunk);
            await SaveAsync();
        }
    }

    private async Task SaveAsync()
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
