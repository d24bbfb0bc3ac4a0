using MediatR;
using Restart.Core.Common;
using Restart.Core.Common.Behaviours;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Common;

public sealed class PipelineTests
{
    [Fact]
    public void Every_request_declares_who_may_send_it()
    {
        var requests = typeof(Result).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();

        requests.Count.ShouldBeGreaterThan(10);
        foreach (var request in requests)
        {
            Should.NotThrow(() => RequestPolicy.For(request), $"{request.FullName} must carry [SentBy] or [SentByAnyone]");
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_request_from_a_role_it_does_not_name_is_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        host.User.SignOut();
        (await host.SendAsync(new ListAccounts.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new ListAccounts.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Counselor);
        (await host.SendAsync(new CreateAccount.Command { Email = "x@example.com", DisplayName = "x", Role = Roles.Administrator })).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_page_number_past_the_end_shows_the_last_page(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await using var db = host.Database.NewContext();

        var page = await db.Sigungus.OrderBy(s => s.Code).Select(s => s.Code).ToPagedAsync(999, TestContext.Current.CancellationToken, pageSize: 50);

        page.TotalCount.ShouldBe(264);
        page.PageCount.ShouldBe(6);
        page.Page.ShouldBe(6);
        page.Items.Count.ShouldBe(14);
        page.HasNext.ShouldBeFalse();
    }
}
