using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.My.ApplicantOfferTestData;
using Standing = Restart.Core.Features.My.GetMyRecommendations.Standing;

namespace Restart.Core.Tests.Features.My;

/// <summary>The applicant's recommendations: their own case only, in words, with their marks and referrals; and what those without an active case see.</summary>
public sealed class GetMyRecommendationsTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_applicant_sees_fitting_offers_of_their_own_case_with_reasons_in_Korean_and_their_marks(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var cook = await JobAsync(host, "단체급식 조리원");
        var other = await JobAsync(host, "한식 주방 보조");
        var course = await ProgrammeAsync(host, "한식조리기능사 취득 과정");
        var me = await ApplicantAsync(host);

        var first = (await host.SendAsync(new GetMyRecommendations.Query())).Value;
        first.Standing.ShouldBe(Standing.Active);
        first.HasCounselor.ShouldBeTrue();
        var job = first.Jobs.Single(j => j.Id == cook.Id);
        (job.Company, job.Region, job.Mark).ShouldBe(("(주)한끼푸드", "서울특별시 성동구", GetMyRecommendations.Mark.None));
        job.Reasons.ShouldContain(r => r.Met && r.Text.StartsWith("희망 직종과 같음"));
        job.Reasons.ShouldContain(r => r.Met && r.Text.StartsWith("희망 지역과 같은 시·군·구"));
        job.Reasons.ShouldNotContain(r => r.Text.StartsWith("Match."), "every reason is put into words");
        first.Programmes.ShouldContain(p => p.Id == course.Id);

        (await host.SendAsync(new MarkInterest.Mark { JobPostId = cook.Id })).Succeeded.ShouldBeTrue();
        await ReferToJobAsync(host, me, other);
        var after = (await host.SendAsync(new GetMyRecommendations.Query())).Value;
        after.Jobs.Single(j => j.Id == cook.Id).Mark.ShouldBe(GetMyRecommendations.Mark.Interested);
        after.Jobs.Single(j => j.Id == other.Id).Mark.ShouldBe(GetMyRecommendations.Mark.Referred);

        var someoneElse = await ApplicantAsync(host, "이타인");
        var theirs = (await host.SendAsync(new GetMyRecommendations.Query())).Value;
        theirs.Jobs.Single(j => j.Id == cook.Id).Mark.ShouldBe(GetMyRecommendations.Mark.None, "another person's page never shows my marks");
        (await OutcomesAsync(host, someoneElse.User.Id, "GetMyRecommendations.Query")).ShouldBe(["Ok"], "each view is the person's own data, logged");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Without_a_submitted_active_case_the_page_says_why_and_staff_are_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await JobAsync(host);
        await host.SignInAsNewAsync(Roles.Applicant);
        var none = (await host.SendAsync(new GetMyRecommendations.Query())).Value;
        (none.Standing, none.Jobs.Count, none.Programmes.Count).ShouldBe((Standing.NotApplied, 0, 0));

        await TestData.FillDraftAsync(host);
        (await host.SendAsync(new GetMyRecommendations.Query())).Value.Standing.ShouldBe(Standing.Draft);

        await ApplicantAsync(host);
        (await host.SendAsync(new WithdrawApplication.Command { Reason = "취업했습니다" })).Succeeded.ShouldBeTrue();
        var ended = (await host.SendAsync(new GetMyRecommendations.Query())).Value;
        (ended.Standing, ended.Jobs.Count).ShouldBe((Standing.Ended, 0));

        var counselor = await CaseTestData.StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(new GetMyRecommendations.Query())).Status.ShouldBe(ResultStatus.Forbidden);
        (await OutcomesAsync(host, counselor.Id, "GetMyRecommendations.Query")).ShouldBe(["Forbidden"]);
    }
}
