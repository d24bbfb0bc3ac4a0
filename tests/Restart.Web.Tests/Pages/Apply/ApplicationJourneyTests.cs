using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Apply;

public sealed class ApplicationJourneyTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task An_ex_owner_registers_applies_step_by_step_uploads_proof_and_sees_the_case()
    {
        using var session = factory.NewSession();
        await RegisterAsync(session, "김영수");

        var start = await session.GetAsync("/Apply");
        start.Location.ShouldBe("/Apply/Personal");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);

        var documents = await session.GetAsync("/Apply/Documents");
        var fake = await UploadAsync(session, documents, "폐업사실증명원.pdf", [.. "this is not a pdf"u8]);
        fake.Status.ShouldBe(HttpStatusCode.OK);
        fake.FieldError("Upload").ShouldStartWith("PDF, JPG, PNG 파일만");
        var uploaded = await UploadAsync(session, fake, "폐업사실증명원.pdf", Pdf);
        uploaded.Location.ShouldBe("/Apply/Documents?uploaded=True");
        var listed = await session.GetAsync(uploaded.Location!);
        listed.Text("main .list-group").ShouldContain("폐업사실증명원.pdf");
        (await session.SubmitAsync(listed, new Dictionary<string, string>(), "form[action*='handler=Continue']")).Location.ShouldBe("/Apply/Review");

        var review = await session.GetAsync("/Apply/Review");
        var rules = review.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rules.ShouldContain(r => r.Contains("폐업 사실") && r.Contains("충족"));
        rules.ShouldContain(r => r.Contains("소상공인 규모") && r.Contains("충족"));
        var submitted = await session.SubmitAsync(review, new Dictionary<string, string>());
        submitted.Location.ShouldBe("/Apply/Submitted");
        var confirmation = await session.GetAsync("/Apply/Submitted");
        var number = confirmation.Text("[data-testid='case-number']");
        number.ShouldMatch(@"^\d{4}-\d{6}$");
        confirmation.Text("main").ShouldContain("서울지역본부");

        var again = await session.SubmitAsync(review, new Dictionary<string, string>());
        again.Location.ShouldBe("/Apply/Submitted", "a second submission lands on the same case");
        (await session.GetAsync("/Apply/Submitted")).Text("[data-testid='case-number']").ShouldBe(number);

        var myCase = await session.GetAsync("/My/Case");
        myCase.Text("[data-testid='case-status']").ShouldBe("접수 완료");
        myCase.Text("main").ShouldContain("온라인으로 신청서를 제출했습니다.");
        var link = myCase.Document.QuerySelectorAll("a").Single(a => a.TextContent == "폐업사실증명원.pdf").GetAttribute("href")!;
        var download = await session.Client.GetAsync(link, TestContext.Current.CancellationToken);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(Pdf);

        (await session.GetAsync("/Apply")).Location.ShouldBe("/My/Case", "one active case: the wizard sends the person to it");
        (await session.GetAsync("/Apply/Documents")).Location.ShouldBe("/Apply", "after submitting, the steps lead back to the case");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        (await db.Cases.CountAsync(c => c.Number == number, TestContext.Current.CancellationToken)).ShouldBe(1);
    }
}
