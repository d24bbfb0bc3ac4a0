using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.Apply;

public sealed class ApplyBusinessTests
{
    [Fact]
    public async Task Wrong_business_details_are_each_explained()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await host.SendAsync(Personal());
        var command = Business();
        command.BusinessNumber = "124-81-00999";
        command.OpenedOn = new DateOnly(2020, 5, 1);
        command.ClosedOn = new DateOnly(2019, 1, 1);
        command.RegularEmployees = -1;
        command.Industry = "99999 없는 업종";
        command.ClosureReason = (ClosureReason)99;

        var result = await host.SendAsync(command);

        result.Errors.Single(e => e.Field == "BusinessNumber").Message.ShouldStartWith("사업자등록번호가 올바르지 않습니다");
        result.Errors.Single(e => e.Field == "ClosedOn").Message.ShouldBe("폐업일은 개업일보다 빠를 수 없습니다.");
        result.Errors.Single(e => e.Field == "RegularEmployees").Message.ShouldContain("0 이상");
        result.Errors.Single(e => e.Field == "Industry").Message.ShouldContain("목록에 있는 업종");
        result.Errors.Single(e => e.Field == "ClosureReason").Message.ShouldBe("폐업 사유를 골라 주세요.", "a value posted by hand outside the list");
    }

    [Fact]
    public async Task A_step_posted_before_the_earlier_ones_is_refused_in_plain_words()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);

        var business = await host.SendAsync(Business());
        var submit = await host.SendAsync(new SubmitApplication.Command());

        business.Errors.Single().Message.ShouldBe("앞 단계를 먼저 저장해 주세요.");
        submit.Status.ShouldBe(ResultStatus.NotFound);
    }
}
