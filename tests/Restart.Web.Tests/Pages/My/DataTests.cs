using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.My;

public sealed class DataTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    /// <summary>Registers, applies with one document and submits: the case number from the confirmation page.</summary>
    private static async Task<(string Email, string Number)> SubmittedApplicantAsync(WebSession session, string name, string document)
    {
        var email = await RegisterAsync(session, name);
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);
        var uploaded = await UploadAsync(session, await session.GetAsync("/Apply/Documents"), document, Pdf);
        uploaded.Status.ShouldBe(HttpStatusCode.Redirect);
        var listed = await session.GetAsync(uploaded.Location!);
        (await session.SubmitAsync(listed, new Dictionary<string, string>(), "form[action*='handler=Continue']")).Location.ShouldBe("/Apply/Review");
        (await session.SubmitAsync(await session.GetAsync("/Apply/Review"), new Dictionary<string, string>())).Location.ShouldBe("/Apply/Submitted");
        return (email, (await session.GetAsync("/Apply/Submitted")).Text("[data-testid='case-number']"));
    }

    [Fact]
    public async Task The_page_shows_the_persons_own_data_with_links_to_their_documents_and_none_of_another_applicants()
    {
        using var me = factory.NewSession();
        var (email, number) = await SubmittedApplicantAsync(me, "내 정보", "내 폐업사실증명원.pdf");
        using var other = factory.NewSession();
        var (otherEmail, otherNumber) = await SubmittedApplicantAsync(other, "남의 정보", "남의 서류.pdf");

        var home = await me.GetAsync("/applicant");
        var link = home.Document.QuerySelector("[data-testid='my-data-link']")!.GetAttribute("href");
        var page = await me.GetAsync(link!);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.Text("main h1").ShouldBe("내 정보 내려받기");
        page.Text("[data-testid='my-data-email']").ShouldBe(email);
        page.Text("main").ShouldContain(number);
        page.Text("main").ShouldContain("영수네 한식당");
        var documentLink = page.Document.QuerySelector("[data-testid='my-data-documents'] a")!;
        documentLink.TextContent.ShouldBe("내 폐업사실증명원.pdf");
        (await me.GetAsync(documentLink.GetAttribute("href")!)).Status.ShouldBe(HttpStatusCode.OK, "the link opens the person's own download");
        page.Text("[data-testid='my-data-consents']").ShouldContain("필수");
        page.Text("main").ShouldNotContain(otherEmail);
        page.Text("main").ShouldNotContain(otherNumber);
        page.Text("main").ShouldNotContain("남의 서류.pdf");
    }

    [Fact]
    public async Task The_JSON_download_parses_and_holds_the_same_case_consents_and_documents_and_is_in_the_access_log()
    {
        using var me = factory.NewSession();
        var (email, number) = await SubmittedApplicantAsync(me, "내려받는 사람", "증명원.pdf");
        var page = await me.GetAsync("/My/Data");
        var href = page.Document.QuerySelector("[data-testid='my-data-json']")!.GetAttribute("href")!;

        var response = await me.Client.GetAsync(href, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName ?? "").Trim('"').ShouldMatch(@"^restart-my-data-\d{4}-\d{2}-\d{2}\.json$");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.CacheControl.Private.ShouldBeTrue();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;
        root.GetProperty("account").GetProperty("email").GetString().ShouldBe(email);
        var application = root.GetProperty("applications").EnumerateArray().ShouldHaveSingleItem();
        application.GetProperty("number").GetString().ShouldBe(number);
        application.GetProperty("status").GetString().ShouldBe("Submitted");
        application.GetProperty("documents").EnumerateArray().ShouldHaveSingleItem().GetProperty("fileName").GetString().ShouldBe("증명원.pdf");
        var consents = root.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("item").GetString()).ToList();
        consents.ShouldContain("Required");
        page.Text("[data-testid='my-data-consents']").Split('·').Length.ShouldBeGreaterThan(1);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var exports = await db.AccessLog.Where(e => e.ActorUserId == id && e.Subject == id && e.Action == PersonalDataAction.Export).Select(e => e.Reason).ToListAsync(TestContext.Current.CancellationToken);
        exports.ShouldBe(["DataSubjectAccess: page", "DataSubjectAccess: JSON"], ignoreOrder: true);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_staff_are_refused()
    {
        using var anonymous = factory.NewSession();
        var page = await anonymous.GetAsync("/My/Data");
        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldContain("/Account/Login");
        (await anonymous.GetAsync("/My/Data?handler=Json")).Status.ShouldBe(HttpStatusCode.Redirect);

        using var counselor = factory.NewSession();
        await counselor.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password);
        (await counselor.GetAsync("/My/Data")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var file = await counselor.GetAsync("/My/Data?handler=Json");
        file.Status.ShouldBe(HttpStatusCode.Forbidden);
        file.Response.Content.Headers.ContentDisposition.ShouldBeNull("no file for anyone but the applicant");
    }
}
