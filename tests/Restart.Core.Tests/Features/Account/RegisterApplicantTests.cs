using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Account;

public sealed class RegisterApplicantTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Invalid_registration_answers_with_every_problem_in_Korean(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        var result = await host.SendAsync(new RegisterApplicant.Command { Name = " ", Email = "not-an-email", Password = "short", ConfirmPassword = "other" });

        result.Status.ShouldBe(ResultStatus.Invalid);
        result.Errors.Select(e => e.Field).Order().ShouldBe(["AgreeRequired", "ConfirmPassword", "Email", "Name", "Password"]);
        result.Errors.Single(e => e.Field == "Password").Message.ShouldBe("비밀번호는 10자 이상이어야 합니다. 기억하기 쉬운 긴 문장도 좋습니다.");
        result.Errors.Single(e => e.Field == "Email").Message.ShouldContain("이메일 형식");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_address_gets_one_account_and_a_second_registration_mails_its_owner_with_the_same_answer(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var command = new RegisterApplicant.Command { Name = "홍길동", Email = "hong@example.com", Password = "a long enough phrase", ConfirmPassword = "a long enough phrase", AgreeRequired = true };

        var first = await host.SendAsync(command);
        var second = await host.SendAsync(new RegisterApplicant.Command { Name = "다른 사람", Email = " HONG@example.com", Password = "another long phrase", ConfirmPassword = "another long phrase", AgreeRequired = true });
        await host.InScopeAsync(p => p.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(20, TestContext.Current.CancellationToken));

        first.Succeeded.ShouldBeTrue();
        second.Status.ShouldBe(first.Status, "the same answer: nobody learns that the address has an account");
        second.Errors.ShouldBeEmpty();
        host.Mails.Select(m => (m.Kind, m.Email)).ShouldBe([("confirm", "hong@example.com"), ("registration-attempt", "hong@example.com")], ignoreOrder: true);
        await using var db = host.Database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == "hong@example.com", TestContext.Current.CancellationToken);
        user.DisplayName.ShouldBe("홍길동");
        (await db.UserRoles.CountAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Applicant), TestContext.Current.CancellationToken)).ShouldBe(1);
    }
}
