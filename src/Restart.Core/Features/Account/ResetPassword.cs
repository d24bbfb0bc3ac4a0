using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Account;

/// <summary>Sets a new password from a mailed link (a reset, or an administrator's invitation) and lifts any lockout.</summary>
public static class ResetPassword
{
    [SentByAnyone]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public string UserId { get; set; } = "";
        public string Token { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => string.IsNullOrEmpty(UserId) ? "account:unknown" : UserId;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => Text.Get("Password.Mismatch"));
        }
    }

    internal sealed class Handler(UserManager<ApplicationUser> users, PasswordAttempts attempts, AfterCommit after) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = string.IsNullOrEmpty(request.UserId) ? null : await users.FindByIdAsync(request.UserId);
            if (user is null || string.IsNullOrEmpty(request.Token))
            {
                return Result.Invalid("", Text.Get("Password.ResetLinkInvalid"));
            }

            var reset = await users.ResetPasswordAsync(user, request.Token, request.Password);
            if (!reset.Succeeded)
            {
                return Result.Invalid(IdentityErrors.ToFieldErrors(reset, nameof(Command.Password)));
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            if (user.Email is { } email)
            {
                // The mailed link proves the owner: earlier wrong guesses at the log-in no longer slow them down.
                after.AfterTransaction(ct => attempts.SucceededAsync(PasswordAttempts.LogIn, email, ct));
            }

            if (!user.EmailConfirmed)
            {
                // The link reached the mailbox, which proves the address.
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            return Result.Ok();
        }
    }
}
