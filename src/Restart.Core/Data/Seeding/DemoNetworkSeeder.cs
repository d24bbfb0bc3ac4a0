using Bogus;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>Seeds <see cref="DemoNetwork"/>: agencies in their councils, programmes, pilots, companies and job posts; later a few referrals.</summary>
internal sealed class DemoNetworkSeeder(RestartDbContext db, Faker faker, DateTime now, DateOnly today)
{
    /// <summary>The first agency and the first company, whose demo accounts sign in.</summary>
    public async Task<(Guid Agency, Guid Company)> SeedAsync(CancellationToken cancellationToken)
    {
        var offices = await db.RegionalOffices.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var agencies = DemoNetwork.Agencies.Select((a, i) => new Agency
        {
            Name = a.Name,
            Kind = a.Kind,
            SidoCode = a.Sido,
            BusinessNumber = NewBusinessNumber(),
            Summary = a.Summary,
            Website = a.Website,
            Phone = faker.Phone.PhoneNumber(a.Sido == "11" ? "02-####-####" : "031-###-####"),
            ContactName = faker.Name.LastName() + faker.Name.FirstName(),
            ContactEmail = $"agency{i + 1:00}@restart.demo",
            ContactPhone = faker.Phone.PhoneNumber("010-####-####"),
            Regions = [new AgencyRegion { SidoCode = a.Sido }],
            CreatedAt = now,
        }).ToList();
        db.Agencies.AddRange(agencies);
        foreach (var (agency, seed) in agencies.Zip(DemoNetwork.Agencies))
        {
            db.CouncilMembers.AddRange(seed.Councils.Select(code => new CouncilMember { RegionalOfficeId = offices[code], AgencyId = agency.Id, JoinedOn = new DateOnly(2025, 3, 1) }));
        }

        var companies = DemoNetwork.Companies.Select(c => new Company
        {
            Name = c.Name,
            BusinessNumber = NewBusinessNumber(),
            SigunguCode = c.Sigungu,
            IndustryCode = c.Industry,
            Phone = faker.Phone.PhoneNumber("0##-###-####"),
            ContactName = faker.Name.LastName() + faker.Name.FirstName(),
            ContactEmail = $"hr.{faker.Random.AlphaNumeric(6)}@restart.demo",
            IsAgreementCompany = c.Agreement,
            VerifiedAt = c.Verified ? now.AddDays(-30) : null,
            CreatedAt = now.AddDays(-40),
        }).ToList();
        db.Companies.AddRange(companies);

        var programmes = new List<(Programme Programme, Agency Agency)>();
        foreach (var agency in agencies)
        {
            foreach (var seed in DemoNetwork.Programmes[agency.Kind])
            {
                var programme = NewProgramme(agency, seed, companies);
                db.Programmes.Add(programme);
                programmes.Add((programme, agency));
            }
        }

        foreach (var pilot in DemoNetwork.Pilots)
        {
            var members = agencies.Where(a => pilot.Members.Contains(a.Name)).ToList();
            var project = new PilotProject
            {
                RegionalOfficeId = offices[pilot.Office],
                Title = pilot.Title,
                StartsOn = new DateOnly(today.Year, 3, 1),
                EndsOn = new DateOnly(today.Year, 12, 31),
                TargetGroup = pilot.TargetGroup,
                PlannedPlaces = pilot.Places,
                Description = pilot.Description,
                Members = [.. members.Select(m => new PilotProjectMember { AgencyId = m.Id })],
                CreatedAt = now.AddDays(-200),
            };
            db.PilotProjects.Add(project);
            foreach (var (programme, _) in programmes.Where(p => members.Contains(p.Agency) && pilot.ProgrammeTitles.Contains(p.Programme.Title)))
            {
                programme.PilotProjectId = project.Id;
            }
        }

        foreach (var company in companies)
        {
            foreach (var seed in faker.PickRandom(DemoNetwork.Jobs, 5))
            {
                db.JobPosts.Add(NewJobPost(company, seed));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (agencies[0].Id, companies[0].Id);
    }

    /// <summary>
    /// A few referrals of Seoul cases in service to the demo agency and company, at each step, so their pages show work
    /// to answer. The demo applicant's own case is left for a newcomer to refer; the company's posts get openings enough
    /// for these referrals and more, since each referral holds an opening from Referred on (ADR 0019).
    /// </summary>
    public async Task SeedReferralsAsync(Guid agencyId, Guid companyId, Guid officeId, string counselorId, string demoApplicantId, CancellationToken cancellationToken)
    {
        await db.JobPosts.Where(j => j.CompanyId == companyId && j.Openings < 5).ExecuteUpdateAsync(s => s.SetProperty(j => j.Openings, 5), cancellationToken);
        var cases = await db.Cases.Where(c => c.RegionalOfficeId == officeId && c.Status == CaseStatus.InService && c.ApplicantUserId != demoApplicantId)
            .OrderBy(c => c.Number).Select(c => new { c.Id, c.ApplicantUserId }).Take(8).ToListAsync(cancellationToken);
        var programmes = await db.Programmes.Where(p => p.AgencyId == agencyId).OrderBy(p => p.Title).Select(p => p.Id).ToListAsync(cancellationToken);
        var posts = await db.JobPosts.Where(j => j.CompanyId == companyId && j.Status == OfferStatus.Open).OrderBy(j => j.Title).Select(j => j.Id).ToListAsync(cancellationToken);
        ReferralStatus[][] programmePaths = [[ReferralStatus.Referred], [ReferralStatus.Referred], [ReferralStatus.Referred, ReferralStatus.Accepted], [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Completed]];
        ReferralStatus[][] jobPaths = [[ReferralStatus.Referred], [ReferralStatus.Referred, ReferralStatus.Accepted], [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview], [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview, ReferralStatus.Hired]];
        for (var i = 0; i < cases.Count; i++)
        {
            var toJob = i % 2 == 1;
            var at = now.AddDays(-20 + i);
            var referral = new Referral
            {
                CaseId = cases[i].Id,
                ApplicantUserId = cases[i].ApplicantUserId,
                RegionalOfficeId = officeId,
                ProgrammeId = toJob ? null : programmes[i / 2 % programmes.Count],
                AgencyId = toJob ? null : agencyId,
                JobPostId = toJob ? posts[i / 2 % posts.Count] : null,
                CompanyId = toJob ? companyId : null,
                Status = ReferralStatus.Suggested,
                CreatedAt = at,
                CreatedByUserId = counselorId,
                UpdatedAt = at,
            };
            foreach (var step in (toJob ? jobPaths : programmePaths)[i / 2 % 4])
            {
                at = at.AddDays(2);
                referral.MoveTo(step, counselorId, at);
                if (step == ReferralStatus.Accepted)
                {
                    referral.ApplicantAcceptedAt = at;
                }
                else if (step == ReferralStatus.Interview)
                {
                    referral.InterviewOn = DateOnly.FromDateTime(at.AddDays(3));
                }
                else if (step == ReferralStatus.Hired)
                {
                    (referral.HiredOn, referral.HiredMonthlyWage) = (DateOnly.FromDateTime(at.AddDays(7)), 2_600_000);
                }
            }

            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Programme NewProgramme(Agency agency, DemoNetwork.ProgrammeSeed seed, List<Company> companies)
    {
        var opens = today.AddDays(faker.Random.Int(-60, 10));
        var until = opens.AddDays(faker.Random.Int(20, 90));
        var linked = seed.Kind == ProgrammeKind.CompanyLinkedTraining
            ? companies.First(c => c.IsAgreementCompany && c.VerifiedAt is not null && c.SigunguCode[..2] == agency.SidoCode).Id
            : (Guid?)null;
        return new Programme
        {
            AgencyId = agency.Id,
            Title = seed.Title,
            Kind = seed.Kind,
            Track = seed.Track,
            Regions = seed.Kind is ProgrammeKind.CreditRecovery ? [] : [new ProgrammeRegion { SidoCode = agency.SidoCode }],
            ApplyFrom = opens,
            ApplyUntil = until,
            StartsOn = until.AddDays(7),
            EndsOn = until.AddDays(7 + faker.Random.Int(30, 120)),
            Capacity = faker.Random.Int(10, 60),
            MinAge = 18,
            MaxAge = seed.Kind == ProgrammeKind.Loan ? 69 : null,
            OtherConditions = seed.Kind is ProgrammeKind.Loan ? "폐업 후 3년 이내, 기초생활수급자·차상위 우선" : null,
            Description = $"{agency.Name}에서 운영하는 {seed.Title} 프로그램입니다. 폐업 소상공인을 우선 선발합니다.",
            BenefitAmount = seed.Benefit,
            LoanLimit = seed.LoanLimit,
            InterestRate = seed.Rate,
            LoanTermMonths = seed.TermMonths,
            PartnerCompanyId = linked,
            Status = OfferStatus.Open,
            CreatedAt = now.AddDays(-70),
            PublishedAt = now.AddDays(-65),
        };
    }

    private JobPost NewJobPost(Company company, DemoNetwork.JobSeed seed)
    {
        var published = company.VerifiedAt is not null;
        return new JobPost
        {
            CompanyId = company.Id,
            Title = seed.Title,
            OccupationCode = seed.Occupation,
            SidoCode = company.SigunguCode[..2],
            SigunguCode = company.SigunguCode,
            EmploymentType = seed.Type,
            WageKind = seed.WageKind,
            WageAmount = seed.Wage,
            MonthlyWage = Wages.MonthlyEquivalent(seed.WageKind, seed.Wage, seed.Hours),
            WeeklyHours = seed.Hours,
            Shift = seed.Shift,
            Qualifications = seed.Qualification is { } q ? [new JobPostQualification { QualificationCode = q }] : [],
            Skills = seed.Skills,
            ExperienceYears = seed.Experience,
            Openings = faker.Random.Int(1, 4),
            MiddleAgedWelcome = faker.Random.Bool(0.7f),
            TrainingProvided = seed.Training,
            Description = $"{company.Name}에서 {seed.Title}을(를) 모집합니다. 폐업 후 새 출발을 준비하는 분을 환영합니다.",
            OpensOn = today.AddDays(-faker.Random.Int(0, 20)),
            ClosesOn = today.AddDays(faker.Random.Int(5, 45)),
            Status = published ? OfferStatus.Open : OfferStatus.Draft,
            CreatedAt = now.AddDays(-25),
            PublishedAt = published ? now.AddDays(-20) : null,
        };
    }

    private string NewBusinessNumber()
    {
        var nine = faker.Random.ReplaceNumbers("#########");
        return nine + BusinessNumber.CheckDigit(nine);
    }
}
