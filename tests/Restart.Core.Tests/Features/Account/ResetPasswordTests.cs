using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Features.Account;

public sealed class ResetPasswordTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_reset_link_with_a_wrong_token_is_refused_in_Korean(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var user = await host.SignInAsNewAsync(Roles.Applicant);
        host.User.SignOut();

        var result = await host.SendAsync(new ResetPassword.Command { UserId = user.Id, Token = "forged", Password = "new long password", ConfirmPassword = "new long password" });

        result.Status.ShouldBe(ResultStatus.Invalid);
        result.Errors.Single().Message.ShouldContain("링크가 만료되었거나");
    }
}
