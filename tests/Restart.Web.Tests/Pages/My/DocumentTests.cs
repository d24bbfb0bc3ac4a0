using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.My;

public sealed class DocumentTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task Someone_elses_document_is_a_404_and_the_attempt_is_logged()
    {
        using var owner = factory.NewSession();
        await RegisterAsync(owner, "서류 주인");
        await FillPersonalAsync(owner);
        await FillBusinessAsync(owner);
        await FillWishesAsync(owner);
        await UploadAsync(owner, await owner.GetAsync("/Apply/Documents"), "proof.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var link = (await owner.GetAsync("/Apply/Documents")).Document.QuerySelector("form[action*='handler=Remove']")!.GetAttribute("action")!;
        // The form's action is /Apply/Documents?documentId={id}&handler=Remove.
        var documentId = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query)["documentId"].ToString();
        var own = await owner.GetAsync($"/My/Document/{documentId}");
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.Response.Headers.CacheControl!.NoStore.ShouldBeTrue("kept in no browser cache or proxy");
        own.Response.Headers.CacheControl.Private.ShouldBeTrue();

        using var stranger = factory.NewSession();
        var strangerEmail = await RegisterAsync(stranger, "남의 서류");
        var attempt = await stranger.GetAsync($"/My/Document/{documentId}");
        attempt.Status.ShouldBe(HttpStatusCode.NotFound);
        attempt.Text("main h1").ShouldBe("페이지를 찾을 수 없습니다");
        (await stranger.GetAsync($"/My/Document/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound, "the same answer as for an id that does not exist");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var strangerId = await db.Users.Where(u => u.Email == strangerEmail).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var logged = await db.AccessLog.Where(e => e.ActorUserId == strangerId && e.Action == PersonalDataAction.Download).ToListAsync(TestContext.Current.CancellationToken);
        logged.ShouldContain(e => e.Outcome == "NotFound" && e.Subject != $"document:{documentId}", "logged under the owner's id");
    }

    [Fact]
    public async Task A_partner_refused_by_the_page_itself_is_in_the_access_log_too()
    {
        using var partner = factory.NewSession();
        await partner.LoginAsync(DemoDataSeeder.Accounts[Roles.AgencyPartner], DemoDataSeeder.Password);
        var documentId = Guid.NewGuid();

        (await partner.GetAsync($"/My/Document/{documentId}")).Status.ShouldBe(HttpStatusCode.Forbidden);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var partnerId = await db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[Roles.AgencyPartner]).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var entry = await db.AccessLog.SingleAsync(e => e.ActorUserId == partnerId && e.Subject == $"page:/My/Document/{documentId}", TestContext.Current.CancellationToken);
        entry.Outcome.ShouldBe("Forbidden");
    }
}
