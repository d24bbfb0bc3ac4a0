using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Account;

/// <summary>A log-out ends the session on the server: a copy of the cookie taken before it opens nothing afterwards.</summary>
public sealed class LogoutTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_log_out_opens_no_page_after_it()
    {
        var cookies = new CookieContainer();
        using var browser = new WebSession(factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        (await browser.LoginAsync(DemoDataSeeder.Accounts[Roles.Applicant], DemoDataSeeder.Password)).Location.ShouldBe("/applicant");
        (await browser.GetAsync("/applicant")).Status.ShouldBe(HttpStatusCode.OK);
        var copied = Copy(cookies);

        var loggedOut = await browser.SubmitAsync(await browser.GetAsync("/Account/Logout"), new Dictionary<string, string>());
        loggedOut.Location.ShouldBe("/Account/Login");

        using var replay = new WebSession(factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(copied)));
        var home = await replay.GetAsync("/applicant");
        home.Status.ShouldBe(HttpStatusCode.Redirect, "the copied cookie's session has ended");
        home.Location!.ShouldContain("/Account/Login");
        (await replay.GetAsync("/My/Case")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Logging_out_on_one_device_leaves_the_persons_other_devices_signed_in()
    {
        using var phone = factory.NewSession();
        using var desk = factory.NewSession();
        (await phone.LoginAsync(DemoDataSeeder.Accounts[Roles.AgencyPartner], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await desk.LoginAsync(DemoDataSeeder.Accounts[Roles.AgencyPartner], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        await phone.SubmitAsync(await phone.GetAsync("/Account/Logout"), new Dictionary<string, string>());

        (await phone.GetAsync("/partner")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await desk.GetAsync("/partner")).Status.ShouldBe(HttpStatusCode.OK, "a log-out ends one session, not the account's others");
    }

    internal static CookieContainer Copy(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }
}
