using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Account;

/// <summary>Staff sessions end after a short idle time and, active or not, at an absolute limit; an applicant's keeps its own idle time.</summary>
public sealed class SessionLimitsTests : IAsyncDisposable
{
    // Seconds instead of the 15 minutes and 8 hours of production, so the limits can be seen passing; wide enough that a
    // request slowed by a busy machine (a sign-in does a password hash) stays well inside the idle time.
    private readonly RestartWebFactory _factory = new()
    {
        Settings = { ["Identity:StaffIdleTimeout"] = "00:00:04", ["Identity:StaffAbsoluteTimeout"] = "00:00:10" },
    };

    private async Task<WebSession> SignedInAsync(string role)
    {
        var session = _factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    [Fact]
    public async Task A_staff_session_ends_when_idle_and_at_its_absolute_limit_however_active_while_an_applicants_goes_on()
    {
        using var idle = await SignedInAsync(Roles.Counselor);
        using var applicant = await SignedInAsync(Roles.Applicant);
        (await idle.GetAsync("/staff")).Status.ShouldBe(HttpStatusCode.OK);

        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var after = await idle.GetAsync("/staff");
        after.Status.ShouldBe(HttpStatusCode.Redirect, "idle longer than the staff idle time");
        after.Location!.ShouldStartWith("http://localhost/Account/Login");
        (await applicant.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK, "an applicant's session keeps the 30-minute idle time");

        using var busy = await SignedInAsync(Roles.Counselor);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            answers.Add((await busy.GetAsync("/staff")).Status);
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        }

        answers.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK, "active within the idle time");
        answers.TakeLast(2).ShouldAllBe(s => s == HttpStatusCode.Redirect, "past the absolute limit, activity or not");
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
