using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Apply;

public sealed class IndexTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task A_step_opened_too_early_or_after_submitting_leads_back_to_where_the_person_is()
    {
        using var session = factory.NewSession();
        await RegisterAsync(session, "순서 확인");

        (await session.GetAsync("/Apply/Documents")).Location.ShouldBe("/Apply");
        await FillPersonalAsync(session);
        (await session.GetAsync("/Apply/Business")).Status.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync("/Apply/Wishes")).Location.ShouldBe("/Apply");
        (await session.GetAsync("/Apply")).Location.ShouldBe("/Apply/Business", "back to the first unsaved step");
    }

    [Fact]
    public async Task Staff_and_partners_cannot_open_the_application_pages()
    {
        using var counselor = factory.NewSession();
        await counselor.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password);
        (await counselor.GetAsync("/Apply/Personal")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await counselor.GetAsync("/My/Case")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = factory.NewSession();
        (await anonymous.GetAsync($"/My/Document/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.Redirect);
    }
}
