using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Admin.AccessReview;

public sealed class IndexTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_administrator_reads_the_months_accesses_and_records_the_review_with_a_note()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        await admin.GetAsync("/Admin/Accounts");
        var month = KoreanTime.ToKorean(DateTime.UtcNow).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var page = await admin.GetAsync("/Admin/AccessReview");
        page.Text("[data-testid='reviews']").ShouldBe("이 달은 아직 점검 기록이 없습니다.");
        page.Text("[data-testid='entries'] tbody").ShouldContain("ListAccounts.Query");

        var posted = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Data.Note"] = "특이사항 없음" }, "form[data-testid='review-form']");
        var shown = await admin.GetAsync(posted.Location!);

        shown.Text("[data-testid='review-recorded']").ShouldContain(month);
        shown.Text("[data-testid='reviews']").ShouldContain(DemoDataSeeder.Accounts[Roles.Administrator]);
        shown.Text("[data-testid='reviews']").ShouldContain("특이사항 없음");
    }

    [Theory]
    [InlineData(Roles.Counselor)]
    [InlineData(Roles.RegionalManager)]
    [InlineData(Roles.AgencyPartner)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Applicant)]
    public async Task Other_roles_get_403_and_the_refusal_is_in_the_access_log(string role)
    {
        using var session = factory.NewSession();
        await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password);

        (await session.GetAsync("/Admin/AccessReview?month=2026-11")).Status.ShouldBe(HttpStatusCode.Forbidden);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var userId = await db.Users.Where(u => u.Email == DemoDataSeeder.Accounts[role]).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        (await db.AccessLog.AnyAsync(e => e.ActorUserId == userId && e.Subject == "page:/Admin/AccessReview" && e.Outcome == "Forbidden", TestContext.Current.CancellationToken))
            .ShouldBeTrue();
    }
}
