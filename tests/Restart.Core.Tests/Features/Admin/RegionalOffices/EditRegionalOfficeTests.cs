using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.RegionalOffices;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Admin.RegionalOffices;

public sealed class EditRegionalOfficeTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_stale_edit_is_refused_with_a_message_and_the_first_edit_is_kept(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var id = await host.InScopeAsync(async p =>
        {
            await using var db = host.Database.NewContext();
            return await db.RegionalOffices.Where(o => o.Code == "BUSAN-ULSAN").Select(o => o.Id).SingleAsync();
        });

        var seenByFirst = (await host.SendAsync(new EditRegionalOffice.Query { Id = id })).Value;
        var seenBySecond = (await host.SendAsync(new EditRegionalOffice.Query { Id = id })).Value;
        seenByFirst.Phone = "051-111-2222";
        seenBySecond.Phone = "051-999-8888";

        (await host.SendAsync(seenByFirst)).Succeeded.ShouldBeTrue();
        var second = await host.SendAsync(seenBySecond);

        second.Status.ShouldBe(ResultStatus.Conflict);
        second.Errors.Single().Message.ShouldStartWith("다른 사람이 먼저");
        await using var check = host.Database.NewContext();
        (await check.RegionalOffices.SingleAsync(o => o.Id == id, TestContext.Current.CancellationToken)).Phone.ShouldBe("051-111-2222");
    }
}
