using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Organizations;

/// <summary>
/// An administrator or a regional manager registers an employer or corrects it. One company per
/// 사업자등록번호; a new company is unverified until staff check it (<see cref="VerifyCompany"/>).
/// A manager places companies in their own office's 시·도 only.
/// </summary>
public static class EditCompany
{
    /// <summary>A saved company, to edit; a new one starts from an empty <see cref="Command"/>.</summary>
    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Command>>
    {
        public Guid Id { get; set; }
    }

    [SentBy(Roles.Administrator, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result<Guid>>
    {
        public Guid? Id { get; set; }
        public string Name { get; set; } = "";
        public string BusinessNumber { get; set; } = "";
        public string SigunguCode { get; set; } = "";
        /// <summary>"56111 한식 일반 음식점업" as picked, or empty.</summary>
        public string? Industry { get; set; }
        public string? Phone { get; set; }
        public string? ContactName { get; set; }
        public string? ContactEmail { get; set; }
        public bool IsAgreementCompany { get; set; }
        public Guid Version { get; set; }

        internal string? IndustryCode => ReferenceCodes.Parse(Industry);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(RestartDbContext db, ICurrentUser user)
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Organization.NameRequired"))
                .MaximumLength(100).WithMessage(_ => Text.Format("Text.TooLong", 100));
            RuleFor(x => x.BusinessNumber).ValidBusinessNumber()
                .MustAsync(async (command, number, ct) =>
                {
                    var digits = Domain.BusinessNumber.Normalize(number);
                    return !await db.Companies.AnyAsync(c => c.BusinessNumber == digits && c.Id != command.Id, ct);
                }).WithMessage(_ => Text.Get("Company.BusinessNumberTaken"));
            RuleFor(x => x.SigunguCode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Text.Get("Region.Required"))
                .MustAsync((code, ct) => db.Sigungus.AnyAsync(s => s.Code == code, ct)).WithMessage(_ => Text.Get("Region.Required"))
                .MustAsync((code, ct) => OrganizationScope.CoversDistrictAsync(db, user, code, ct)).WithMessage(_ => Text.Get("Company.OutsideOffice"));
            RuleFor(x => x.Industry)
                .MustAsync(async (command, _, ct) => command.IndustryCode is { } code
                    && await db.Industries.AnyAsync(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code == code && i.Level == 5, ct))
                .When(x => !string.IsNullOrWhiteSpace(x.Industry))
                .WithMessage(_ => Text.Get("Industry.Invalid"));
            RuleFor(x => x.Phone).OptionalPhone();
            RuleFor(x => x.ContactName).MaximumLength(50).WithMessage(_ => Text.Format("Text.TooLong", 50));
            RuleFor(x => x.ContactEmail!).ValidEmail().When(x => !string.IsNullOrWhiteSpace(x.ContactEmail));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Command>>
    {
        public async Task<Result<Command>> Handle(Query request, CancellationToken cancellationToken)
        {
            var found = await OrganizationScope.Companies(db, user).AsNoTracking()
                .Where(c => c.Id == request.Id)
                .Select(c => new Command
                {
                    Id = c.Id, Name = c.Name, BusinessNumber = c.BusinessNumber ?? "", SigunguCode = c.SigunguCode,
                    Industry = c.IndustryCode == null ? null : c.IndustryCode + " " + db.Industries
                        .Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code == c.IndustryCode).Select(i => i.NameKo).FirstOrDefault(),
                    Phone = c.Phone, ContactName = c.ContactName, ContactEmail = c.ContactEmail,
                    IsAgreementCompany = c.IsAgreementCompany, Version = c.Version,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return Result<Command>.NotFound();
            }

            found.BusinessNumber = found.BusinessNumber.Length == 10 ? BusinessNumber.Format(found.BusinessNumber) : found.BusinessNumber;
            return found;
        }
    }

    internal sealed class CommandHandler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result<Guid>>
    {
        public async Task<Result<Guid>> Handle(Command request, CancellationToken cancellationToken)
        {
            Company company;
            if (request.Id is { } id)
            {
                var found = await OrganizationScope.Companies(db, user).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
                if (found is null)
                {
                    return Result<Guid>.NotFound();
                }

                company = found;
                db.Entry(company).Property(c => c.Version).OriginalValue = request.Version;
                db.Entry(company).Property(c => c.Version).IsModified = true;
            }
            else
            {
                // New companies start unverified: staff check them before their job posts go out.
                company = new Company { Name = "", SigunguCode = request.SigunguCode, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Companies.Add(company);
            }

            company.Name = request.Name.Trim();
            company.BusinessNumber = Domain.BusinessNumber.Normalize(request.BusinessNumber);
            company.SigunguCode = request.SigunguCode;
            company.IndustryCode = string.IsNullOrWhiteSpace(request.Industry) ? null : request.IndustryCode;
            company.Phone = Trimmed(request.Phone);
            company.ContactName = Trimmed(request.ContactName);
            company.ContactEmail = Trimmed(request.ContactEmail);
            company.IsAgreementCompany = request.IsAgreementCompany;
            return company.Id;
        }

        private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
