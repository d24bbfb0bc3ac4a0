using MediatR;
using Microsoft.AspNetCore.Identity;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.Accounts;

/// <summary>
/// An administrator resets another person's two-factor sign-in (they lost their phone, ADR 0023): the authenticator
/// key is replaced and two-factor sign-in is off, so the old app's codes and the recovery codes no longer open the
/// account. The new security stamp ends the person's sessions within the minute; at the next sign-in a role that
/// requires it sets the app up again before anything else. Recorded in the access log with the person as subject.
/// </summary>
public static class ResetTwoFactor
{
    public const string Operation = "ResetTwoFactor.Command";

    [SentBy(Roles.Administrator)]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public string UserId { get; set; } = "";

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => UserId;
    }

    internal sealed class Handler(UserManager<ApplicationUser> users, AccessLogSubject subject) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(request.UserId);
            if (user is null)
            {
                return Result.NotFound();
            }

            subject.Set(user.Id);
            var off = await users.SetTwoFactorEnabledAsync(user, false);
            var reset = off.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : off;
            return reset.Succeeded ? Result.Ok() : Result.Invalid(IdentityErrors.ToFieldErrors(reset, ""));
        }
    }
}
