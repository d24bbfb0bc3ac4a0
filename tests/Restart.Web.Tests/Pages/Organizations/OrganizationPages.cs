using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Organizations;

/// <summary>What the organisation and network page tests set up the same way: people signed in, a council in the database, forms posted.</summary>
internal static class OrganizationPages
{
    internal static async Task<WebSession> DemoAsync(RestartWebFactory factory, string role)
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    /// <summary>A staff member of another office, created for the test and signed in.</summary>
    internal static async Task<WebSession> StaffOfAsync(RestartWebFactory factory, string role, string officeCode)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.restart";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var office = await db.RegionalOffices.Where(o => o.Code == officeCode).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "타 지역 직원", RegionalOfficeId = office, CreatedAt = DateTime.UtcNow };
            (await users.CreateAsync(user, TestFlows.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        }

        var session = factory.NewSession();
        (await session.LoginAsync(email, TestFlows.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    internal static async Task<Guid> OfficeIdAsync(RestartWebFactory factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        return await db.RegionalOffices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>An agency that is a member of an office's council, with a contact person and, if named, an open programme.</summary>
    internal static async Task<(Guid Agency, Guid? Programme)> CouncilMemberAsync(RestartWebFactory factory, string officeCode, string name, string? programme = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var office = await db.RegionalOffices.Where(o => o.Code == officeCode).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
        var agency = new Agency
        {
            Name = name, Kind = AgencyKind.JobFoundation, SidoCode = "11", Summary = name + "의 재취업 지원", Phone = "02-777-1234", Website = "https://jobs.example.org",
            ContactName = "연락담당 " + name, ContactEmail = "desk@jobs.example.org", ContactPhone = "010-3333-4444", CreatedAt = DateTime.UtcNow,
        };
        db.Agencies.Add(agency);
        db.CouncilMembers.Add(new CouncilMember { RegionalOfficeId = office, AgencyId = agency.Id, JoinedOn = new DateOnly(2026, 1, 2) });
        Programme? offered = null;
        if (programme is not null)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            offered = new Programme
            {
                AgencyId = agency.Id, Title = programme, Kind = ProgrammeKind.Training, Track = Track.ReEmployment, Description = programme,
                ApplyFrom = today.AddDays(-5), ApplyUntil = today.AddDays(40), Capacity = 15, Status = OfferStatus.Open, CreatedAt = DateTime.UtcNow,
            };
            db.Programmes.Add(offered);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (agency.Id, offered?.Id);
    }

    /// <summary>Posts the fields as given (repeated names included) with the page's antiforgery token, without following the redirect.</summary>
    internal static async Task<WebSession.Page> PostAsync(WebSession session, WebSession.Page page, string url, params (string Name, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", TestFlows.Token(page))));
        var response = await session.Client.PostAsync(url, content, TestContext.Current.CancellationToken);
        return await WebSession.ReadAsync(response, url);
    }
}
