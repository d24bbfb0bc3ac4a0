using FluentValidation;
using MediatR;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Account;

/// <summary>
/// Mails a reset link. The request only queues the mail, with the address as typed: whether an account has it is
/// settled when the outbox sends it, so the answer and the work of the request are the same either way and nobody can
/// probe for accounts (ADR 0021).
/// </summary>
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

    internal sealed class Handler(AccountMails mails) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            mails.Queue(AccountMailKind.PasswordReset, request.Email);
            return Task.FromResult(Result.Ok());
        }
    }
}
