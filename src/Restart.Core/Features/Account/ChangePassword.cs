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

    internal sealed class Handler(UserManager<ApplicationUser> users, ICurrentUser currentUser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(currentUser.UserId!);
            if (user is null)
            {
                return Result.NotFound();
            }

            var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
            return changed.Succeeded ? Result.Ok() : Result.Invalid(IdentityErrors.ToFieldErrors(changed, nameof(Command.NewPassword)));
        }
    }
}
