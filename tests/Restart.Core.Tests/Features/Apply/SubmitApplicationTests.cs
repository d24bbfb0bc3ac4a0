using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.Apply;

public sealed class SubmitApplicationTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_applicant_in_northern_Gyeonggi_goes_to_the_Gyeonggi_North_office_and_one_in_Suwon_to_Gyeonggi(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var offices = new List<string>();
        foreach (var sigungu in new[] { "41285", "41110" })
        {
            await host.SignInAsNewAsync(Roles.Applicant);
            await FillDraftAsync(host, sigungu: sigungu);
            var number = (await host.SendAsync(new SubmitApplication.Command())).Value;
            await using var db = host.Database.NewContext();
            var officeId = await db.Cases.Where(c => c.Number == number).Select(c => c.RegionalOfficeId).SingleAsync(ct);
            offices.Add(await db.RegionalOffices.Where(o => o.Id == officeId).Select(o => o.Code).SingleAsync(ct));
        }

        offices.ShouldBe(["GYEONGGI-NORTH", "GYEONGGI"]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Submitting_creates_one_case_in_the_office_of_the_applicants_region(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        await FillDraftAsync(host, sigungu: "26350");

        var first = await host.SendAsync(new SubmitApplication.Command());
        var second = await host.SendAsync(new SubmitApplication.Command());

        first.Succeeded.ShouldBeTrue(string.Join(", ", first.Errors.Select(e => e.Message)));
        first.Value.ShouldMatch(@"^\d{4}-\d{6}$");
        second.Value.ShouldBe(first.Value, "a second submission answers with the same case");
        await using var db = host.Database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var theCase = await db.Cases.SingleAsync(c => c.ApplicantUserId == applicant.Id, ct);
        theCase.Status.ShouldBe(CaseStatus.Submitted);
        (await db.RegionalOffices.SingleAsync(o => o.Id == theCase.RegionalOfficeId, ct)).Code.ShouldBe("BUSAN-ULSAN");
        var entry = await db.CaseEvents.SingleAsync(e => e.CaseId == theCase.Id, ct);
        (entry.From, entry.To, entry.ActorUserId).ShouldBe((CaseStatus.Draft, CaseStatus.Submitted, applicant.Id));

        var again = await host.SendAsync(Personal());
        again.Value.ShouldBeFalse("with a case in progress the form only corrects contact details");
        (await db.Cases.CountAsync(c => c.ApplicantUserId == applicant.Id, ct)).ShouldBe(1, "no second application was started");
    }
}
