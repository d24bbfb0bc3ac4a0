using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Account;

/// <summary>
/// An ex-owner opens an account. Only applicants register themselves; other roles are created by an administrator.
/// Having an account says a person's business closed, so the answer is the same whether or not the address already
/// has one, after the same work (one password hash, one queued mail): a new account gets a link to confirm the
/// address, and the owner of a taken address is told that someone tried (ADR 0021).
/// </summary>
public static class RegisterApplicant
{
    [SentByAnyone]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public string Name { get; set; } = "";
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";

        /// <summary>필수: collection and use of the items needed to apply. Without it nothing is kept.</summary>
        public bool AgreeRequired { get; set; }
        /// <summary>선택: career history and certificates/skills.</summary>
        public bool AgreeOptional { get; set; }
        /// <summary>제3자 제공: to agencies and employers the person is referred to. Can be given later.</summary>
        public bool AgreeThirdParty { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Create;
        string IPersonalDataRequest.Subject => "account:new";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Name).PersonName();
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => Text.Get("Password.Mismatch"));
            RuleFor(x => x.AgreeRequired).Equal(true).WithMessage(_ => Text.Get("Consent.RequiredMissing"));
        }
    }

    internal sealed class Handler(UserManager<ApplicationUser> users, RestartDbContext db, ICurrentUser current, TimeProvider clock, AccessLogSubject subject,
        AccountMails mails) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var email = request.Email.Trim();
            if (await users.FindByEmailAsync(email) is not null || await users.FindByNameAsync(email) is not null)
            {
                return Taken(request, email);
            }

            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                DisplayName = request.Name.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, request.Password);
            if (!created.Succeeded)
            {
                // Registered by someone else a moment ago: the same answer as any taken address.
                return created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                    ? Taken(request, email)
                    : Result.Invalid(IdentityErrors.ToFieldErrors(created, nameof(Command.Password)));
            }

            var inRole = await users.AddToRoleAsync(user, Roles.Applicant);
            if (!inRole.Succeeded)
            {
                return Result.Invalid(IdentityErrors.ToFieldErrors(inRole, nameof(Command.Password)));
            }

            // Each item separately, with the text version and where the answer came from.
            db.Consents.AddRange(
                ConsentRecords.New(user.Id, ConsentItem.Required, true, current.IpAddress, clock),
                ConsentRecords.New(user.Id, ConsentItem.Optional, request.AgreeOptional, current.IpAddress, clock),
                ConsentRecords.New(user.Id, ConsentItem.ThirdParty, request.AgreeThirdParty, current.IpAddress, clock));
            subject.Set(user.Id);
            mails.Queue(AccountMailKind.ConfirmRegistration, email);
            return Result.Ok();
        }

        /// <summary>The work a new account costs — the password hashed, one mail queued — and the same answer.</summary>
        private Result Taken(Command request, string email)
        {
            _ = users.PasswordHasher.HashPassword(new ApplicationUser(), request.Password);
            mails.Queue(AccountMailKind.RegistrationAttempt, email);
            return Result.Ok();
        }
    }
}
