using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Case = Restart.Core.Domain.Case;

namespace Restart.Web.Tests.Infrastructure;

/// <summary>
/// Partner agencies of their own for each test (the demo agency's programmes belong to the demo data), and
/// people referred to them, written straight into the database as the matching issue's referrals will be.
/// </summary>
internal static class PartnerFlows
{
    internal const string Password = "partner test phrase";

    /// <summary>A new agency with one account, or <paramref name="accounts"/> accounts, each signed in in its own session.</summary>
    internal static async Task<(Guid AgencyId, WebSession[] Sessions)> NewPartnerAsync(RestartWebFactory factory, string name, int accounts = 1)
    {
        var agency = new Agency { Name = name, Kind = AgencyKind.SelfSufficiencyCenter, SidoCode = "11", CreatedAt = DateTime.UtcNow };
        var emails = new List<string>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            for (var i = 0; i < accounts; i++)
            {
                var email = $"partner-{Guid.NewGuid():N}@example.com";
                var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{name} 담당자{i + 1}", AgencyId = agency.Id, CreatedAt = DateTime.UtcNow };
                (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
                (await users.AddToRoleAsync(user, Roles.AgencyPartner)).Succeeded.ShouldBeTrue();
                emails.Add(email);
            }
        }

        var sessions = new List<WebSession>();
        foreach (var email in emails)
        {
            var session = factory.NewSession();
            (await session.LoginAsync(email, Password)).Location.ShouldBe("/partner");
            sessions.Add(session);
        }

        return (agency.Id, [.. sessions]);
    }

    internal static async Task<WebSession> DemoAsync(RestartWebFactory factory, string role)
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    /// <summary>An open programme of the agency, straight into the database.</summary>
    internal static async Task<Guid> ProgrammeAsync(RestartWebFactory factory, Guid agencyId, string title)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var programme = new Programme
        {
            AgencyId = agencyId, Title = title, Kind = ProgrammeKind.CertificationCourse, Track = Track.ReEmployment, Description = "요양보호사 자격 취득",
            ApplyFrom = today.AddDays(-5), ApplyUntil = today.AddDays(25), Capacity = 10, Status = OfferStatus.Open, CreatedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow,
        };
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return programme.Id;
    }

    /// <summary>A person with a case, referred to the programme; <paramref name="consents"/> are their third-party decisions, oldest first.</summary>
    internal static async Task<Guid> ReferralAsync(RestartWebFactory factory, Guid agencyId, Guid programmeId, string name, params bool[] consents)
    {
        var now = DateTime.UtcNow;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var officeId = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync();
        var email = $"referred-{Guid.NewGuid():N}@example.com";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
        db.Users.Add(user);
        db.ApplicantProfiles.Add(new ApplicantProfile { UserId = user.Id, Name = name, Phone = "010-9876-5432", SigunguCode = "11200", BirthDate = new DateOnly(1966, 3, 2) });
        var theCase = new Case { ApplicantUserId = user.Id, CreatedAt = now, UpdatedAt = now, Track = Track.ReEmployment };
        theCase.Submit(TestCaseNumbers.Next(), officeId, user.Id, now);
        db.Cases.Add(theCase);
        foreach (var granted in consents)
        {
            db.Consents.Add(new ConsentRecord { UserId = user.Id, Item = ConsentItem.ThirdParty, Granted = granted, TextVersion = ConsentTexts.Version, At = now });
        }

        var referral = new Referral
        {
            CaseId = theCase.Id, ApplicantUserId = user.Id, RegionalOfficeId = officeId, ProgrammeId = programmeId, AgencyId = agencyId,
            CreatedAt = now, UpdatedAt = now, CreatedByUserId = user.Id,
        };
        referral.MoveTo(ReferralStatus.Referred, user.Id, now).ShouldBeTrue();
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    internal static async Task<List<AccessLogEntry>> AccessLogOfAsync(RestartWebFactory factory, string operation)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        return await db.AccessLog.Where(e => e.Operation == operation).OrderBy(e => e.Id).ToListAsync();
    }
}
