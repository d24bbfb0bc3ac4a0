using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Account;

/// <summary>An ex-owner opens an account. Only applicants register themselves; other roles are created by an administrator.</summary>
public static class RegisterApplicant
{
    [SentByAnyone]
    public sealed class Command : ICommand<Result<string>>, IPersonalDataRequest
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
        public Validator(RestartDbContext db)
        {
            RuleFor(x => x.Name).PersonName();
            RuleFor(x => x.Email).ValidEmail()
                .MustAsync(async (email, ct) => !await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct))
                .WithMessage(_ => Text.Get("Email.Taken"));
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => Text.Get("Password.Mismatch"));
            RuleFor(x => x.AgreeRequired).Equal(true).WithMessage(_ => Text.Get("Consent.RequiredMissing"));
        }
    }

    internal sealed class Handler(UserManager<ApplicationUser> users, RestartDbContext db, ICurrentUser current, TimeProvider clock, AccessLogSubject subject)
        : IRequestHandler<Command, Result<string>>
    {
        public async Task<Result<string>> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = new ApplicationUser
            {
                UserName = request.Email.Trim(),
                Email = request.Email.Trim(),
                DisplayName = request.Name.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, request.Password);
            if (!created.Succeeded)
            {
                return Result<string>.Invalid(IdentityErrors.ToFieldErrors(created, nameof(Command.Password)));
            }

            var inRole = await users.AddToRoleAsync(user, Roles.Applicant);
            if (!inRole.Succeeded)
            {
                return Result<string>.Invalid(IdentityErrors.ToFieldErrors(inRole, nameof(Command.Password)));
            }

            // Each item separately, with the text version and where the answer came from.
            db.Consents.AddRange(
                ConsentRecords.New(user.Id, ConsentItem.Required, true, current.IpAddress, clock),
                ConsentRecords.New(user.Id, ConsentItem.Optional, request.AgreeOptional, current.IpAddress, clock),
                ConsentRecords.New(user.Id, ConsentItem.ThirdParty, request.AgreeThirdParty, current.IpAddress, clock));
            subject.Set(user.Id);
            return user.Id;
        }
    }
}
