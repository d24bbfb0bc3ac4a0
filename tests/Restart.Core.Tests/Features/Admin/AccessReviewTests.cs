using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Core.Features.Admin.AccessReview;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Admin;

public sealed class AccessReviewTests
{
    private static readonly DateTime InNovember = new(2026, 11, 30, 14, 59, 0, DateTimeKind.Utc); // 23:59 on 30 Nov in Korea
    private static readonly DateTime InDecember = new(2026, 11, 30, 15, 1, 0, DateTimeKind.Utc);  // 00:01 on 1 Dec in Korea

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_month_lists_who_read_whose_data_with_the_reasons_given_in_Korean_time(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await AppendAsync(host, InNovember, "case:11", PersonalDataAction.Download, "서류 검토");
        await AppendAsync(host, InNovember, "case:12", PersonalDataAction.Change, null);
        await AppendAsync(host, InDecember, "case:13", PersonalDataAction.Export, "월간 보고");
        await host.SignInAsNewAsync(Roles.Administrator);

        var november = (await host.SendAsync(new ListMonthlyAccess.Query { Month = "2026-11" })).Value!;

        november.Entries.Items.Select(e => (e.Subject, e.Action, e.Reason)).ShouldBe([("case:11", PersonalDataAction.Download, "서류 검토")],
            "reads only; a change is not a read, and 00:01 on 1 December in Korea is December");
        (await host.SendAsync(new ListMonthlyAccess.Query { Month = "2026-12" })).Value!.Entries.Items.Where(e => e.Operation == "Test").Single().Subject.ShouldBe("case:13");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Recording_a_review_keeps_who_when_and_the_note_sealed_in_the_chain(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var officer = await host.SignInAsNewAsync(Roles.Administrator);

        (await host.SendAsync(new ReviewAccessMonth.Command { Month = "2026-11", Note = "이상 없음" })).Succeeded.ShouldBeTrue();

        var month = (await host.SendAsync(new ListMonthlyAccess.Query { Month = "2026-11" })).Value!;
        var review = month.Reviews.ShouldHaveSingleItem();
        (review.Reviewer, review.Note).ShouldBe((officer.Email, "이상 없음"));
        (await host.SendAsync(new ListMonthlyAccess.Query { Month = "2026-10" })).Value!.Reviews.ShouldBeEmpty();
        (await host.SendAsync(new VerifyAccessLog.Query())).Value!.Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_month_not_begun_or_an_over_long_note_is_refused_with_a_message()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Administrator);
        host.Clock.Now = InNovember;

        var future = await host.SendAsync(new ReviewAccessMonth.Command { Month = "2026-12" });
        var tooLong = await host.SendAsync(new ReviewAccessMonth.Command { Month = "2026-11", Note = new string('가', 201) });

        future.Errors.ShouldContain(e => e.Message == "아직 시작되지 않은 월은 점검할 수 없습니다.");
        tooLong.Status.ShouldBe(ResultStatus.Invalid);
        (await host.SendAsync(new ListMonthlyAccess.Query { Month = "2026-11" })).Value!.Reviews.ShouldBeEmpty("a refused review is not a review");
    }

    [Theory]
    [InlineData(Roles.Counselor)]
    [InlineData(Roles.RegionalManager)]
    [InlineData(Roles.Applicant)]
    public async Task Other_roles_are_refused_and_the_refusal_is_logged(string role)
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var user = await host.SignInAsNewAsync(role);

        (await host.SendAsync(new ListMonthlyAccess.Query { Month = "2026-11" })).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(new ReviewAccessMonth.Command { Month = "2026-11" })).Status.ShouldBe(ResultStatus.Forbidden);

        await using var db = host.Database.NewContext();
        (await db.AccessLog.Where(e => e.ActorUserId == user.Id).Select(e => e.Outcome).ToListAsync(TestContext.Current.CancellationToken))
            .ShouldBe(["Forbidden", "Forbidden"]);
    }

    private static Task AppendAsync(CoreHost host, DateTime at, string subject, PersonalDataAction action, string? reason) =>
        host.InScopeAsync(p => p.GetRequiredService<AccessLogAppender>().AppendAsync(
            new AccessLogAppender.Entry(at, null, "203.0.113.7", subject, action, "Test", "Ok", reason), CancellationToken.None));
}
