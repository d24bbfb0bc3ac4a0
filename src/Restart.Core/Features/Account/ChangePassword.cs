using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Account;

public static class ChangePassword
{
    [SentBy]
    public sealed class Command : ICommand<Result>, IOwnDataRequest
    {
        public string CurrentPassword { get; set; } = "";
        public string NewPassword { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => Text.Get("Password.Required"));
            RuleFor(x => x.NewPassword).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => Text.Get("Password.Mismatch"));
        }
    }

    /// <summary>
    /// Wrong current passwords slow further attempts for the account (PasswordAttempts), so a stolen session cannot
    /// guess the password at leisure, and nobody can lock the account out (ADR 0021).
    /// </summary>
    internal sealed class Handler(UserManager<ApplicationUser> users, ICurrentUser currentUser, PasswordAttempts attempts, AfterCommit after) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(currentUser.UserId!);
            if (user is null)
            {
                return Result.NotFound();
            }

            if (await attempts.WaitUntilAsync(PasswordAttempts.ChangePassword, user.Id, cancellationToken) is { } until)
            {
                return Result.Invalid(nameof(Command.CurrentPassword), Text.Format("Password.Wait", KoreanTime.ToKorean(until)));
            }

            if (!await users.CheckPasswordAsync(user, request.CurrentPassword))
            {
                after.AfterTransaction(ct => attempts.FailedAsync(PasswordAttempts.ChangePassword, user.Id, ct));
                return Result.Invalid(nameof(Command.CurrentPassword), Text.Get("Password.Wrong"));
            }

            after.AfterTransaction(ct => attempts.SucceededAsync(PasswordAttempts.ChangePassword, user.Id, ct));

            var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
            return changed.Succeeded ? Result.Ok() : Result.Invalid(IdentityErrors.ToFieldErrors(changed, nameof(Command.NewPassword)));
        }
    }
}
