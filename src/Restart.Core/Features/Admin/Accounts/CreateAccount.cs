using FluentValidation;
using MediatR;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.Accounts;

/// <summary>
/// An administrator creates a staff, partner, employer or administrator account; a regional manager creates
/// partner and employer accounts for the organisations they manage, and nothing else. The account has no
/// password yet: the person sets one from the invitation mail, so no password ever passes through a third person.
/// </summary>
public static class CreateAccount
{
    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result<string>>, IPersonalDataRequest
    {
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public Guid? RegionalOfficeId { get; set; }
        public Guid? AgencyId { get; set; }
        public Guid? CompanyId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Create;
        string IPersonalDataRequest.Subject => "account:new";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(RestartDbContext db)
        {
            RuleFor(x => x.DisplayName).PersonName();
            RuleFor(x => x.Email).ValidEmail()
                .MustAsync(async (email, ct) => !await db.Users.AnyAsync(u => u.NormalizedEmail == email.Trim().ToUpperInvariant(), ct))
                .WithMessage(_ => Text.Get("Email.Taken"));
            RuleFor(x => x.Role).Must(r => Roles.AssignableByAdministrator.Contains(r)).WithMessage(_ => Text.Get("Role.Invalid"));

            When(x => Roles.IsStaff(x.Role), () =>
                RuleFor(x => x.RegionalOfficeId).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(_ => Text.Get("Office.Required"))
                    .MustAsync((id, ct) => db.RegionalOffices.AnyAsync(o => o.Id == id, ct)).WithMessage(_ => Text.Get("Office.Required")));
            When(x => x.Role == Roles.AgencyPartner, () =>
                RuleFor(x => x.AgencyId).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(_ => Text.Get("Agency.Required"))
                    .MustAsync((id, ct) => db.Agencies.AnyAsync(a => a.Id == id, ct)).WithMessage(_ => Text.Get("Agency.Required")));
            When(x => x.Role == Roles.Employer, () =>
                RuleFor(x => x.CompanyId).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(_ => Text.Get("Company.Required"))
                    .MustAsync((id, ct) => db.Companies.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => Text.Get("Company.Required")));
        }
    }

    internal sealed class Handler(UserManager<ApplicationUser> users, IAccountEmails emails, AfterCommit afterCommit, TimeProvider clock, AccessLogSubject subject, IMemoryCache cache,
        RestartDbContext db, ICurrentUser sender)
        : IRequestHandler<Command, Result<string>>
    {
        public async Task<Result<string>> Handle(Command request, CancellationToken cancellationToken)
        {
            if (!OrganizationScope.SeesAll(sender) && await ManagerRefusalAsync(request, cancellationToken) is { } refused)
            {
                return refused;
            }

            // Only the organisation that fits the role is kept, whatever else the form sent.
            var user = new ApplicationUser
            {
                UserName = request.Email.Trim(),
                Email = request.Email.Trim(),
                DisplayName = request.DisplayName.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                RegionalOfficeId = Roles.IsStaff(request.Role) ? request.RegionalOfficeId : null,
                AgencyId = request.Role == Roles.AgencyPartner ? request.AgencyId : null,
                CompanyId = request.Role == Roles.Employer ? request.CompanyId : null,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return Result<string>.Invalid(IdentityErrors.ToFieldErrors(created, ""));
            }

            var inRole = await users.AddToRoleAsync(user, request.Role);
            if (!inRole.Succeeded)
            {
                return Result<string>.Invalid(IdentityErrors.ToFieldErrors(inRole, ""));
            }

            // Mailed once the account is committed; a mail server that fails then does not undo the account.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var (email, name, id) = (user.Email, user.DisplayName, user.Id);
            afterCommit.Add(ct => emails.SendInvitationAsync(email, name, id, token, ct));
            afterCommit.Add(() => cache.Remove(Home.GetAdminHome.CacheKey));
            subject.Set(user.Id);
            return user.Id;
        }

        /// <summary>A manager gives no staff or administrator accounts, and none for an organisation outside their scope (not found, as on its page).</summary>
        private async Task<Result<string>?> ManagerRefusalAsync(Command request, CancellationToken cancellationToken)
        {
            var inScope = request.Role switch
            {
                Roles.AgencyPartner => await OrganizationScope.Agencies(db, sender).AnyAsync(a => a.Id == request.AgencyId, cancellationToken),
                Roles.Employer => await OrganizationScope.Companies(db, sender).AnyAsync(c => c.Id == request.CompanyId, cancellationToken),
                _ => (bool?)null,
            };
            return inScope switch
            {
                null => Result<string>.Forbidden(),
                false => Result<string>.NotFound(),
                true => null,
            };
        }
    }
}
