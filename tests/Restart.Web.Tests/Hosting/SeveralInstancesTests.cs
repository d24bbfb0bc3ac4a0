using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Hosting;

/// <summary>The portal as two instances behind a load balancer, on one PostgreSQL database.</summary>
public sealed class SeveralInstancesTests
{
    [Fact]
    public async Task Signed_in_on_one_instance_a_person_posts_a_form_on_the_other()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = new RestartWebFactory { Database = database };
        await using var second = new RestartWebFactory { Database = database };
        // Both start at the same moment on the empty database; both must come up.
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        // One browser, one cookie jar; the load balancer sends each request where it likes.
        var cookies = new CookieContainer();
        using var onFirst = new WebSession(first.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        using var onSecond = new WebSession(second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));

        var signedIn = await onFirst.LoginAsync(DemoDataSeeder.Accounts[Roles.Applicant], DemoDataSeeder.Password);
        signedIn.Status.ShouldBe(HttpStatusCode.Redirect);
        (await onSecond.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK, "the other instance reads the sign-in cookie");

        var form = await onFirst.GetAsync("/Account/ChangePassword");
        var changed = await onSecond.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.CurrentPassword"] = DemoDataSeeder.Password,
            ["Data.NewPassword"] = "a-new-password-2026",
            ["Data.ConfirmPassword"] = "a-new-password-2026",
        });

        changed.Status.ShouldBe(HttpStatusCode.OK, "the other instance accepts the form's antiforgery token");
        changed.Text(".alert-success").ShouldNotBeEmpty("the password was changed");
        using var again = new WebSession(first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        (await again.LoginAsync(DemoDataSeeder.Accounts[Roles.Applicant], "a-new-password-2026")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_log_out_on_one_instance_ends_the_session_on_the_other()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        // The other instance re-reads a session at every request here; by default it may trust it for 10 seconds.
        await using var first = new RestartWebFactory { Database = database, Settings = { ["Identity:SessionRevocationCheck"] = "00:00:00" } };
        await using var second = new RestartWebFactory { Database = database };
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));
        var cookies = new CookieContainer();
        using var onFirst = new WebSession(first.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        using var onSecond = new WebSession(second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        (await onFirst.LoginAsync(DemoDataSeeder.Accounts[Roles.Applicant], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await onFirst.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK);
        var copied = Pages.Account.LogoutTests.Copy(cookies);

        (await onSecond.SubmitAsync(await onSecond.GetAsync("/Account/Logout"), new Dictionary<string, string>())).Location.ShouldBe("/Account/Login");

        using var replay = new WebSession(first.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(copied)));
        (await replay.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.Redirect, "the session ended on the other instance");
    }
}
