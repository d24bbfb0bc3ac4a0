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
}
