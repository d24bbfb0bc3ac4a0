using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Account;

/// <summary>Mails a reset link. It answers the same whether or not the address has an account, so nobody can probe for accounts.</summary>
public static class ForgotPassword
{
    [SentByAnyone]
    public sealed class Command : ICommand<Result>
    {
        public string Email { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(x => x.Email).ValidEmail();
    }

    internal sealed class Handler(UserManager<ApplicationUser> users, IAccountEmails emails, AfterCommit afterCommit) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(request.Email.Trim());
            if (user?.Email is { } email)
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                var id = user.Id;
                afterCommit.Add(ct => emails.SendPasswordResetAsync(email, id, token, ct));
            }

            return Result.Ok();
        }
    }
}
