using System.Net;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Apply;

public sealed class BusinessTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task Mistakes_in_the_business_step_are_explained_and_nothing_typed_is_lost()
    {
        using var session = factory.NewSession();
        await RegisterAsync(session, "실수 많은 사장님");
        await FillPersonalAsync(session);
        var form = await session.GetAsync("/Apply/Business");

        var page = await session.SubmitAsync(form, BusinessFields(new()
        {
            ["Data.BusinessName"] = "<script>alert('x')</script>식당",
            ["Data.BusinessNumber"] = "124-81-00999",
            ["Data.OpenedOn"] = "2020-05-01",
            ["Data.ClosedOn"] = "2019-01-01",
            ["Data.ClosureReasonDetail"] = new string('가', 10_000),
        }));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Data.BusinessNumber").ShouldStartWith("사업자등록번호가 올바르지 않습니다");
        page.FieldError("Data.ClosedOn").ShouldBe("폐업일은 개업일보다 빠를 수 없습니다.");
        page.FieldError("Data.ClosureReasonDetail").ShouldBe("1000자 이하로 입력해 주세요.");
        page.Value("Data.BusinessName").ShouldBe("<script>alert('x')</script>식당");
        page.Value("Data.BusinessNumber").ShouldBe("124-81-00999");
        page.Document.QuerySelectorAll("main script").Length.ShouldBe(0);
        (await session.GetAsync("/Apply/Business")).Value("Data.BusinessName").ShouldBe("", "nothing was saved from the refused form");
    }
}
