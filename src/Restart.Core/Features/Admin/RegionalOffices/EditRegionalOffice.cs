using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.RegionalOffices;

/// <summary>An administrator corrects an office's name and contact details. Two administrators may edit at once: the later save is refused, not silently lost.</summary>
public static class EditRegionalOffice
{
    [SentBy(Roles.Administrator)]
    public sealed class Query : IQuery<Result<Command>>
    {
        public Guid Id { get; set; }
    }

    [SentBy(Roles.Administrator)]
    public sealed class Command : ICommand<Result>
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string? Phone { get; set; }
        public string? Address { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Office.NameRequired"))
                .MaximumLength(100).WithMessage(_ => Text.Format("Text.TooLong", 100));
            RuleFor(x => x.NameEn).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Office.NameRequired"))
                .MaximumLength(100).WithMessage(_ => Text.Format("Text.TooLong", 100));
            RuleFor(x => x.Phone).Matches(@"^0\d{1,2}-\d{3,4}-\d{4}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
                .WithMessage(_ => Text.Get("Phone.Invalid"));
            RuleFor(x => x.Address).MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db) : IRequestHandler<Query, Result<Command>>
    {
        public async Task<Result<Command>> Handle(Query request, CancellationToken cancellationToken)
        {
            var office = await db.RegionalOffices.AsNoTracking()
                .Where(o => o.Id == request.Id)
                .Select(o => new Command { Id = o.Id, Name = o.Name, NameEn = o.NameEn, Phone = o.Phone, Address = o.Address, Version = o.Version })
                .SingleOrDefaultAsync(cancellationToken);
            return office is null ? Result<Command>.NotFound() : office;
        }
    }

    internal sealed class CommandHandler(RestartDbContext db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var office = await db.RegionalOffices.SingleOrDefaultAsync(o => o.Id == request.Id, cancellationToken);
            if (office is null)
            {
                return Result.NotFound();
            }

            // Compare against the version the editor saw, not the one just read.
            db.Entry(office).Property(o => o.Version).OriginalValue = request.Version;
            office.Name = request.Name.Trim();
            office.NameEn = request.NameEn.Trim();
            office.Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
            office.Address = string.IsNullOrWhiteSpace(request.Address) ? null : request.Address.Trim();
            return Result.Ok();
        }
    }
}
