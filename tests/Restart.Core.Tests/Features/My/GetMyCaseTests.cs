using System.Globalization;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.My;

public sealed class GetMyCaseTests
{
    [Fact]
    public async Task A_timeline_written_by_a_Korean_applicant_reads_in_each_readers_language()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        CultureInfo.CurrentUICulture = new CultureInfo("ko-KR");
        await host.SendAsync(new SubmitApplication.Command());
        await host.SendAsync(new WithdrawApplication.Command { Reason = "다른 곳에 취업했습니다." });

        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        var inEnglish = (await host.SendAsync(new GetMyCase.Query())).Value.Timeline;
        CultureInfo.CurrentUICulture = new CultureInfo("ko-KR");
        var inKorean = (await host.SendAsync(new GetMyCase.Query())).Value.Timeline;

        inEnglish.Select(t => t.Reason).ShouldBe(["Application submitted online.", "The applicant withdrew."]);
        inKorean.Select(t => t.Reason).ShouldBe(["온라인으로 신청서를 제출했습니다.", "신청자가 신청을 철회했습니다."]);
        inEnglish[1].Note.ShouldBe("다른 곳에 취업했습니다.", "what the person wrote stays as written");
    }

    [Fact]
    public async Task An_event_stored_before_reason_codes_shows_its_stored_sentence()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        await host.SendAsync(new SubmitApplication.Command());
        var caseId = await CaseIdAsync(host, applicant.Id);
        await using (var db = host.Database.NewContext())
        {
            db.CaseEvents.Add(new CaseEvent
            {
                CaseId = caseId,
                At = DateTime.UtcNow,
                From = CaseStatus.Submitted,
                To = CaseStatus.EligibilityReview,
                ActorUserId = applicant.Id,
                Reason = "담당자가 자격 검토를 시작했습니다.",
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        var timeline = (await host.SendAsync(new GetMyCase.Query())).Value.Timeline;

        timeline[1].Reason.ShouldBe("담당자가 자격 검토를 시작했습니다.", "an old row has only its text, which is kept and shown");
        timeline[1].Note.ShouldBeNull();
    }
}
