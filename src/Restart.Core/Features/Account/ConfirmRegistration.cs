using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Account;

/// <summary>
/// Finishes a registration from the mailed link. The password chosen when registering is asked again, so a person
/// who receives the mail for an account someone else opened in their name cannot finish it unknowingly (ADR 0021).
/// </summary>
public static class ConfirmRegistration
{
    [SentByAnyone]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public string UserId { get; set; } = "";
        public string Token { get; set; } = "";
        public string Password { get; set; } = "";

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => string.IsNullOrEmpty(UserId) || UserId.Length > 64 ? "account:unknown" : UserId;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Password).NotEmpty().WithMessage(_ => Text.Get("Password.Required"));
    }

    internal sealed class Handler(UserManager<ApplicationUser> users, PasswordAttempts attempts, AfterCommit after) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = string.IsNullOrEmpty(request.UserId) ? null : await users.FindByIdAsync(request.UserId);
            if (user?.Email is not { } email || string.IsNullOrEmpty(request.Token))
            {
                return Result.Invalid("", Text.Get("Registration.LinkInvalid"));
            }

            if (user.EmailConfirmed)
            {
                return Result.Invalid("", Text.Get("Registration.AlreadyConfirmed"));
            }

            if (await attempts.WaitUntilAsync(PasswordAttempts.LogIn, email, cancellationToken) is { } until)
            {
                return Result.Invalid("", Text.Format("Password.Wait", KoreanTime.ToKorean(until)));
            }

            // Checked first; a wrong password below rolls the confirmation back with the rest of the command.
            if (!(await users.ConfirmEmailAsync(user, request.Token)).Succeeded)
            {
                return Result.Invalid("", Text.Get("Registration.LinkInvalid"));
            }

            if (!await users.CheckPasswordAsync(user, request.Password))
            {
                after.AfterTransaction(ct => attempts.FailedAsync(PasswordAttempts.LogIn, email, ct));
                return Result.Invalid(nameof(Command.Password), Text.Get("Registration.PasswordWrong"));
            }

            after.AfterTransaction(ct => attempts.SucceededAsync(PasswordAttempts.LogIn, email, ct));
            return Result.Ok();
        }
    }
}
