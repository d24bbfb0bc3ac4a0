using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Case = Restart.Core.Domain.Case;

namespace Restart.Core.Tests.Infrastructure;

/// <summary>
/// Partner agencies as they meet the portal: an agency with a signed-in account, its programmes, and people
/// referred to them — written straight into the database, as the matching issue's referrals will be.
/// </summary>
internal static class PartnerTestData
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero); // 10:00 in Seoul
    internal static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>A new agency and an account of it, signed in; the clock set to <see cref="Now"/>.</summary>
    internal static async Task<(Guid AgencyId, ApplicationUser User)> PartnerAsync(CoreHost host, string name = "테스트고용복지플러스센터")
    {
        host.Clock.Now = Now;
        var agency = new Agency { Name = name, Kind = AgencyKind.EmploymentWelfareCenter, SidoCode = "11", CreatedAt = Now.UtcDateTime };
        await using (var db = host.Database.NewContext())
        {
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
        }

        var user = await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = agency.Id);
        return (agency.Id, user);
    }

    /// <summary>A company, verified unless said otherwise.</summary>
    internal static async Task<Guid> CompanyAsync(CoreHost host, bool verified = true)
    {
        var company = new Company
        {
            Name = verified ? "(주)검증식품" : "(주)미검증상사", SigunguCode = "11200", CreatedAt = Now.UtcDateTime,
            VerifiedAt = verified ? Now.UtcDateTime : null,
        };
        await using var db = host.Database.NewContext();
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company.Id;
    }

    /// <summary>A form a partner fills in correctly: a training course in Seoul and 경기, applications open for a month.</summary>
    internal static EditProgramme.Command Form(Action<EditProgramme.Command>? change = null)
    {
        var form = new EditProgramme.Command
        {
            Title = "중장년 조리 실무 과정",
            Kind = ProgrammeKind.Training,
            Track = Track.ReEmployment,
            Description = "한식 조리 실무 8주 과정",
            Regions = ["11", "41"],
            MinAge = 40,
            MaxAge = 69,
            OtherConditions = "폐업 후 1년 이내",
            Capacity = 20,
            ApplyFrom = Today,
            ApplyUntil = Today.AddDays(20),
            StartsOn = Today.AddDays(30),
            EndsOn = Today.AddDays(90),
            BenefitAmount = 300_000,
        };
        change?.Invoke(form);
        return form;
    }

    /// <summary>Creates a programme through the form and returns its id.</summary>
    internal static async Task<Guid> CreateAsync(CoreHost host, Action<EditProgramme.Command>? change = null)
    {
        var result = await host.SendAsync(Form(change));
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }

    internal static async Task<Guid> VersionAsync(CoreHost host, Guid programmeId)
    {
        await using var db = host.Database.NewContext();
        return await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Version).SingleAsync();
    }

    /// <summary>
    /// A person with a submitted case, referred to <paramref name="programmeId"/> of <paramref name="agencyId"/>
    /// in <paramref name="status"/>; <paramref name="consents"/> are their third-party decisions, oldest first.
    /// </summary>
    internal static async Task<Guid> ReferralAsync(CoreHost host, Guid agencyId, Guid programmeId, string name, ReferralStatus status = ReferralStatus.Referred,
        bool[]? consents = null, DateTime? at = null, string? planGoals = null)
    {
        var when = at ?? Now.UtcDateTime.AddDays(-1);
        await using var db = host.Database.NewContext();
        var officeId = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync();
        var user = new ApplicationUser { UserName = $"ref-{Guid.NewGuid():N}@test.restart", Email = $"ref-{Guid.NewGuid():N}@test.restart", DisplayName = name, CreatedAt = when };
        db.Users.Add(user);
        db.ApplicantProfiles.Add(new ApplicantProfile { UserId = user.Id, Name = name, Phone = "010-2222-3333", SigunguCode = "11200", BirthDate = new DateOnly(1968, 5, 17) });
        var theCase = new Case { ApplicantUserId = user.Id, CreatedAt = when, UpdatedAt = when, Track = Track.ReEmployment };
        theCase.Submit($"2026-{Random.Shared.Next(100000, 999999):D6}", officeId, user.Id, when);
        db.Cases.Add(theCase);
        if (planGoals is not null)
        {
            db.CasePlans.Add(new CasePlan { CaseId = theCase.Id, Track = Track.Both, Goals = planGoals, AgreedAt = when, AgreedByUserId = user.Id });
        }

        foreach (var granted in consents ?? [true])
        {
            db.Consents.Add(new ConsentRecord { UserId = user.Id, Item = ConsentItem.ThirdParty, Granted = granted, TextVersion = ConsentTexts.Version, At = when });
        }

        var referral = new Referral
        {
            CaseId = theCase.Id, ApplicantUserId = user.Id, RegionalOfficeId = officeId, ProgrammeId = programmeId, AgencyId = agencyId,
            Status = ReferralStatus.Suggested, CreatedAt = when, UpdatedAt = when, CreatedByUserId = user.Id,
        };
        ReferralStatus[] path = status switch
        {
            ReferralStatus.Suggested => [],
            ReferralStatus.Completed or ReferralStatus.Dropped => [ReferralStatus.Referred, ReferralStatus.Accepted, status],
            ReferralStatus.Referred => [ReferralStatus.Referred],
            _ => [ReferralStatus.Referred, status],
        };
        foreach (var to in path)
        {
            referral.MoveTo(to, user.Id, when).ShouldBeTrue($"{to} for the test's set-up");
        }

        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    /// <summary>The person withdraws (or gives) third-party consent: a new decision, the latest counts.</summary>
    internal static async Task DecideConsentAsync(CoreHost host, Guid referralId, bool granted)
    {
        await using var db = host.Database.NewContext();
        var userId = await db.Referrals.Where(r => r.Id == referralId).Select(r => r.ApplicantUserId).SingleAsync();
        db.Consents.Add(new ConsentRecord { UserId = userId, Item = ConsentItem.ThirdParty, Granted = granted, TextVersion = ConsentTexts.Version, At = Now.UtcDateTime });
        await db.SaveChangesAsync();
    }
}
