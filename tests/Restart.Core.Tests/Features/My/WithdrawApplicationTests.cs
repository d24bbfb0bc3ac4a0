using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.My;

public sealed class WithdrawApplicationTests
{
    [Fact]
    public async Task Withdrawing_closes_the_case_and_keeps_its_history()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        await host.SendAsync(new SubmitApplication.Command());

        (await host.SendAsync(new WithdrawApplication.Command { Reason = " " })).Errors.Single().Message.ShouldBe("철회 사유를 입력해 주세요.");
        (await host.SendAsync(new WithdrawApplication.Command { Reason = "다른 곳에 취업했습니다." })).Succeeded.ShouldBeTrue();

        var closed = (await host.SendAsync(new GetMyCase.Query())).Value;
        closed.Status.ShouldBe(CaseStatus.Closed);
        closed.Closure.ShouldBe(CaseClosure.Withdrawn);
        closed.Timeline.Count.ShouldBe(2);
        closed.Timeline[1].Reason.ShouldBe("신청자가 신청을 철회했습니다.");
        closed.Timeline[1].Note.ShouldBe("다른 곳에 취업했습니다.", "the person's own words, kept apart and never translated");
        closed.CanWithdraw.ShouldBeFalse();
        (await host.SendAsync(Personal())).Value.ShouldBeTrue("after a withdrawal a new application can start");
        applicant.ShouldNotBeNull();
    }
}
