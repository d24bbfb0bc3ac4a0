using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>
/// Step 1 of the application: personal details. Never a 주민등록번호: birth date, phone and e-mail suffice.
/// After submission the same form corrects contact details (the case stays with its office).
/// </summary>
public static class ApplyPersonal
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Command>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    [SentBy(Roles.Applicant)]
    public sealed class Command : ICommand<Result<bool>>, IOwnDataRequest
    {
        public string Name { get; set; } = "";
        public DateOnly? BirthDate { get; set; }
        public string Phone { get; set; } = "";
        public string SigunguCode { get; set; } = "";
        /// <summary>Shown, not changed here: it is the account's address.</summary>
        public string? Email { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(RestartDbContext db, TimeProvider clock)
        {
            RuleFor(x => x.Name).PersonName();
            RuleFor(x => x.BirthDate).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("BirthDate.Required"))
                .Must(d => d!.Value <= clock.Today() && d.Value.Year >= 1900).WithMessage(_ => Text.Get("BirthDate.Invalid"));
            RuleFor(x => x.Phone).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Text.Get("Phone.Required"))
                .Matches(@"^0\d{1,2}-?\d{3,4}-?\d{4}$").WithMessage(_ => Text.Get("Phone.Invalid"));
            RuleFor(x => x.SigunguCode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Text.Get("Region.Required"))
                .MustAsync((code, ct) => db.Sigungus.AnyAsync(s => s.Code == code, ct)).WithMessage(_ => Text.Get("Region.Required"));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Command>>
    {
        public async Task<Result<Command>> Handle(Query request, CancellationToken cancellationToken)
        {
            var email = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.Email).SingleAsync(cancellationToken);
            var form = await db.ApplicantProfiles.Where(p => p.UserId == user.UserId)
                .Select(p => new Command { Name = p.Name, BirthDate = p.BirthDate, Phone = p.Phone, SigunguCode = p.SigunguCode })
                .SingleOrDefaultAsync(cancellationToken)
                ?? new Command { Name = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken) };
            form.Email = email;
            return form;
        }
    }

    /// <summary>Answers whether the application goes on (a draft) or the details of a submitted case were corrected.</summary>
    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result<bool>>
    {
        public async Task<Result<bool>> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var active = await db.Cases.HasActiveCaseAsync(userId, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var profile = await db.ApplicantProfiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
            if (profile is null)
            {
                profile = new ApplicantProfile { UserId = userId, Name = "", Phone = "", SigunguCode = request.SigunguCode, CreatedAt = now };
                db.ApplicantProfiles.Add(profile);
            }

            profile.Name = request.Name.Trim();
            profile.BirthDate = request.BirthDate!.Value;
            profile.Phone = request.Phone.Trim();
            profile.SigunguCode = request.SigunguCode;
            if (active)
            {
                return false;
            }

            var draft = await db.Cases.FindOrStartDraftAsync(userId, now, cancellationToken);
            draft.SaveStep(ApplyStep.Personal, now);
            return true;
        }
    }
}
