using Microsoft.EntityFrameworkCore;
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
    public async Task A_registered_applicant_can_sign_up_once_per_address(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var command = new RegisterApplicant.Command { Name = "홍길동", Email = "hong@example.com", Password = "a long enough phrase", ConfirmPassword = "a long enough phrase", AgreeRequired = true };

        var first = await host.SendAsync(command);
        var second = await host.SendAsync(command);

        first.Succeeded.ShouldBeTrue();
        second.Status.ShouldBe(ResultStatus.Invalid);
        second.Errors.ShouldContain(e => e.Field == "Email" && e.Message.Contains("이미 가입된"));
        await using var db = host.Database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == "hong@example.com", TestContext.Current.CancellationToken);
        user.DisplayName.ShouldBe("홍길동");
        (await db.UserRoles.CountAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Applicant), TestContext.Current.CancellationToken)).ShouldBe(1);
    }
}
