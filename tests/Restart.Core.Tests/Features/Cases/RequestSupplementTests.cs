using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.Cases;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.Cases;

public sealed class RequestSupplementTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Staff_of_the_office_request_a_supplement_and_the_answer_returns_the_case_to_review(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host);
        await host.SendAsync(new SubmitApplication.Command());
        var caseId = await CaseIdAsync(host, applicant.Id);
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "BUSAN-ULSAN"));
        (await host.SendAsync(await CaseTestData.Seen(host, new RequestSupplement.Command { CaseId = caseId, Message = "x", Deadline = new DateOnly(2026, 12, 1) }))).Status
            .ShouldBe(ResultStatus.NotFound, "staff of another region do not see the case");
        await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = OfficeOf(host, "SEOUL"));
        await CaseTestData.ActAsync(host, new RequestSupplement.Command { CaseId = caseId, Message = "폐업사실증명원을 올려 주세요.", Deadline = new DateOnly(2026, 12, 1) });

        host.User.SignIn(applicant, Roles.Applicant);
        var waiting = (await host.SendAsync(new GetMyCase.Query())).Value;
        waiting.Status.ShouldBe(CaseStatus.SupplementRequested);
        waiting.Supplement.ShouldNotBeNull().Deadline.ShouldBe(new DateOnly(2026, 12, 1));
        (await host.SendAsync(new AnswerSupplement.Command { Message = "올렸습니다.", FileName = "proof.pdf", Content = Pdf })).Succeeded.ShouldBeTrue();

        var answered = (await host.SendAsync(new GetMyCase.Query())).Value;
        answered.Status.ShouldBe(CaseStatus.EligibilityReview);
        answered.Supplement.ShouldBeNull();
        answered.Documents.ShouldContain(d => d.Kind == DocumentKind.SupplementAnswer);
        answered.Timeline.Select(t => t.To).ShouldBe([CaseStatus.Submitted, CaseStatus.EligibilityReview, CaseStatus.SupplementRequested, CaseStatus.EligibilityReview]);
    }
}
