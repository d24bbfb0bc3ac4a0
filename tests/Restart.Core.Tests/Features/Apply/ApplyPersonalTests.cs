using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.Apply;

public sealed class ApplyPersonalTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_draft_saved_on_one_device_resumes_on_another(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Applicant);

        (await host.SendAsync(Personal())).Succeeded.ShouldBeTrue();
        (await host.SendAsync(Business())).Succeeded.ShouldBeTrue();

        var business = (await host.SendAsync(new ApplyBusiness.Query())).Value;
        business.BusinessName.ShouldBe("영수네 한식당");
        business.BusinessNumber.ShouldBe("1248100998");
        business.Industry.ShouldBe("56111 한식 일반 음식점업");
        business.ClosedOn.ShouldBe(new DateOnly(2026, 9, 30));
        var personal = (await host.SendAsync(new ApplyPersonal.Query())).Value;
        personal.Phone.ShouldBe("010-1234-5678");
        personal.Email.ShouldNotBeNull().ShouldEndWith("@test.restart");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Two_tabs_starting_the_application_at_once_make_one_draft(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.SendAsync(Personal())));

        results.ShouldContain(r => r.Succeeded);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Status == ResultStatus.Conflict);
        await using var db = host.Database.NewContext();
        (await db.Cases.CountAsync(c => c.ApplicantUserId == applicant.Id, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await host.SendAsync(Business())).Succeeded.ShouldBeTrue("the one draft goes on as usual");
    }
}
