using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Admin.AccessLog;

public sealed class ListAccessLogTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_log_is_read_newest_first_by_position_back_and_forth_without_gaps_or_repeats(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Counselor);
        var document = Guid.NewGuid();
        for (var i = 0; i < 45; i++)
        {
            await host.SendAsync(new DownloadDocument.Query { Id = document });
        }

        await host.SignInAsNewAsync(Roles.Administrator);
        var subject = $"document:{document}";
        var newest = (await host.SendAsync(new ListAccessLog.Query { Subject = subject })).Value!;
        var second = (await host.SendAsync(new ListAccessLog.Query { Subject = subject, Before = newest.Older })).Value!;
        var last = (await host.SendAsync(new ListAccessLog.Query { Subject = subject, Before = second.Older })).Value!;
        var backAgain = (await host.SendAsync(new ListAccessLog.Query { Subject = subject, After = last.Newer })).Value!;

        (newest.Items.Count, second.Items.Count, last.Items.Count).ShouldBe((20, 20, 5));
        (newest.Newer, last.Older).ShouldBe((null, null), "nothing newer than the newest, nothing older than the first");
        var ids = newest.Items.Concat(second.Items).Concat(last.Items).Select(e => e.Id).ToList();
        ids.ShouldBe(ids.OrderDescending().ToList(), "newest first");
        ids.Distinct().Count().ShouldBe(45, "every entry once");
        backAgain.Items.Select(e => e.Id).ShouldBe(second.Items.Select(e => e.Id), "going back shows the same page again");
        backAgain.Newer.ShouldBe(second.Newer);
    }
}
