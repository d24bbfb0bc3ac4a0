using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Features.Admin.AccessLog;

public sealed class VerifyAccessLogTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Editing_or_deleting_an_entry_breaks_the_chain_and_verification_names_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        for (var i = 0; i < 4; i++)
        {
            await host.SendAsync(new ListAccounts.Query { Page = i + 1 });
        }

        var intact = await host.SendAsync(new VerifyAccessLog.Query());
        intact.Value.FirstBrokenId.ShouldBeNull();
        intact.Value.Checked.ShouldBe(4);

        long tamperedId;
        await using (var db = host.Database.NewContext())
        {
            var second = await db.AccessLog.OrderBy(e => e.Id).Skip(1).FirstAsync(TestContext.Current.CancellationToken);
            tamperedId = second.Id;
            db.Entry(second).Property(e => e.Subject).CurrentValue = "someone-else";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        (await host.SendAsync(new VerifyAccessLog.Query())).Value.FirstBrokenId.ShouldBe(tamperedId);

        await using (var db = host.Database.NewContext())
        {
            await db.AccessLog.Where(e => e.Id == tamperedId).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        (await host.SendAsync(new VerifyAccessLog.Query())).Value.FirstBrokenId.ShouldBe(tamperedId + 1, "the entry after a removed one no longer links to its predecessor");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Only_administrators_read_the_log(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var officeId = await OfficeIdAsync(host, "SEOUL");
        await host.SignInAsNewAsync(Roles.RegionalManager, u => u.RegionalOfficeId = officeId);

        (await host.SendAsync(new ListAccessLog.Query())).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(new VerifyAccessLog.Query())).Status.ShouldBe(ResultStatus.Forbidden);
    }
}
