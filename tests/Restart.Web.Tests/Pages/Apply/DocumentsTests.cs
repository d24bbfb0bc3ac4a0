using System.Net;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Apply;

public sealed class DocumentsTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task A_file_over_10_MB_is_refused_next_to_the_field_and_a_far_larger_upload_gets_the_413_page()
    {
        using var session = factory.NewSession();
        await RegisterAsync(session, "큰 파일");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);
        var documents = await session.GetAsync("/Apply/Documents");

        var slightlyLarge = await UploadAsync(session, documents, "scan.pdf", [.. Pdf, .. new byte[(10 * 1024 * 1024) + 1]]);
        var huge = await UploadAsync(session, documents, "huge.pdf", [.. Pdf, .. new byte[20 * 1024 * 1024]]);

        slightlyLarge.Status.ShouldBe(HttpStatusCode.OK);
        slightlyLarge.FieldError("Upload").ShouldBe("파일이 너무 큽니다. 10MB 이하로 올려 주세요.");
        huge.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        huge.Text("main h1").ShouldBe("파일이 너무 큽니다");
        (await session.GetAsync("/Apply/Documents")).Text("main").ShouldContain("아직 올린 서류가 없습니다.");
    }

    [Fact]
    public async Task Over_the_account_quota_the_upload_is_refused_next_to_the_field_and_what_was_saved_stays()
    {
        await using var limited = new RestartWebFactory();
        limited.Settings["Documents:Quota:MaxFiles"] = "2";
        using var session = limited.NewSession();
        await RegisterAsync(session, "서류 많은 사람");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);
        var documents = await session.GetAsync("/Apply/Documents");
        (await UploadAsync(session, documents, "폐업사실증명원.pdf", Pdf)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await UploadAsync(session, documents, "임대차계약서.pdf", Pdf)).Status.ShouldBe(HttpStatusCode.Redirect);

        var third = await UploadAsync(session, documents, "사업자등록증.pdf", Pdf);

        third.Status.ShouldBe(HttpStatusCode.OK);
        third.FieldError("Upload").ShouldStartWith("한 계정에 보관할 수 있는 서류는 모두 2개");
        third.FieldError("Upload").ShouldContain("이미 올린 서류는 그대로 있습니다");
        third.Document.QuerySelector("form[action*='handler=Upload'] input[type=file][name=Upload]").ShouldNotBeNull("the form is shown again to choose another file");
        third.Text("main ul.list-group").ShouldContain("폐업사실증명원.pdf");
        third.Text("main ul.list-group").ShouldContain("임대차계약서.pdf");
        third.Text("main ul.list-group").ShouldNotContain("사업자등록증.pdf");
    }

    [Fact]
    public async Task Too_many_uploads_in_the_window_get_a_Korean_page_that_says_why_and_leads_back_to_the_form()
    {
        await using var limited = new RestartWebFactory();
        limited.Settings["RateLimiting:UploadsPerWindow"] = "3";
        using var session = limited.NewSession();
        await RegisterAsync(session, "자주 올리는 사람");
        await FillPersonalAsync(session);
        await FillBusinessAsync(session);
        await FillWishesAsync(session);
        var documents = await session.GetAsync("/Apply/Documents");
        for (var i = 0; i < 3; i++)
        {
            (await UploadAsync(session, documents, $"scan-{i}.pdf", Pdf)).Status.ShouldBe(HttpStatusCode.Redirect);
        }

        var refused = await UploadAsync(session, documents, "scan-3.pdf", Pdf);

        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Text("main h1").ShouldBe("파일을 너무 자주 올렸습니다");
        refused.Text("main").ShouldContain("10분 동안 올릴 수 있는 파일은 3개까지입니다");
        refused.Document.QuerySelector("main a[href='/Apply/Documents']").ShouldNotBeNull();
        var retryAfter = int.Parse(refused.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 600);
        var page = await session.GetAsync("/Apply/Documents");
        page.Status.ShouldBe(HttpStatusCode.OK, "reading the page is never limited");
        page.Text("main ul.list-group").ShouldContain("scan-2.pdf");
        page.Text("main ul.list-group").ShouldNotContain("scan-3.pdf");
    }
}
