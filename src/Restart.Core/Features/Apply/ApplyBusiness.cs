using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>Step 2: the former business.</summary>
public static class ApplyBusiness
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Command>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    [SentBy(Roles.Applicant)]
    public sealed class Command : ICommand<Result>, IOwnDataRequest
    {
        public string BusinessName { get; set; } = "";
        public string BusinessNumber { get; set; } = "";
        /// <summary>The KSIC code, or "56111 한식 일반 음식점업" as the picker fills it.</summary>
        public string Industry { get; set; } = "";
        public string SigunguCode { get; set; } = "";
        public DateOnly? OpenedOn { get; set; }
        public ClosureState? ClosureState { get; set; }
        public DateOnly? ClosedOn { get; set; }
        public int? RegularEmployees { get; set; }
        public ClosureReason? ClosureReason { get; set; }
        public string? ClosureReasonDetail { get; set; }
        public bool? LeasedPremises { get; set; }

        internal string? IndustryCode => ReferenceCodes.Parse(Industry);

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(RestartDbContext db, TimeProvider clock)
        {
            RuleFor(x => x.BusinessName).Cascade(CascadeMode.Stop)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Business.NameRequired"))
                .MaximumLength(100).WithMessage(_ => Text.Format("Text.TooLong", 100));
            RuleFor(x => x.BusinessNumber).ValidBusinessNumber();
            RuleFor(x => x.Industry).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Text.Get("Industry.Required"))
                .MustAsync(async (command, _, ct) => command.IndustryCode is { } code
                    && await db.Industries.AnyAsync(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code == code && i.Level == 5, ct))
                .WithMessage(_ => Text.Get("Industry.Invalid"));
            RuleFor(x => x.SigunguCode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Text.Get("Region.Required"))
                .MustAsync((code, ct) => db.Sigungus.AnyAsync(s => s.Code == code, ct)).WithMessage(_ => Text.Get("Region.Required"));
            RuleFor(x => x.OpenedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("OpenedOn.Required"))
                .Must(d => d!.Value <= clock.Today()).WithMessage(_ => Text.Get("OpenedOn.Future"));
            RuleFor(x => x.ClosureState).NotNull().WithMessage(_ => Text.Get("ClosureState.Required")).IsInEnum().WithMessage(_ => Text.Get("ClosureState.Required"));
            RuleFor(x => x.ClosedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("ClosedOn.Required"))
                .Must((x, d) => x.OpenedOn is null || d!.Value >= x.OpenedOn.Value).WithMessage(_ => Text.Get("ClosedOn.BeforeOpened"))
                .Must((x, d) => x.ClosureState != Domain.ClosureState.Closed || d!.Value <= clock.Today()).WithMessage(_ => Text.Get("ClosedOn.Future"))
                .Must((x, d) => x.ClosureState != Domain.ClosureState.Planned || d!.Value >= clock.Today()).WithMessage(_ => Text.Get("ClosedOn.PlannedPast"));
            RuleFor(x => x.RegularEmployees).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Employees.Required"))
                .InclusiveBetween(0, 10_000).WithMessage(_ => Text.Get("Employees.Range"));
            RuleFor(x => x.ClosureReason).NotNull().WithMessage(_ => Text.Get("ClosureReason.Required")).IsInEnum().WithMessage(_ => Text.Get("ClosureReason.Required"));
            RuleFor(x => x.ClosureReasonDetail).MaximumLength(1000).WithMessage(_ => Text.Format("Text.TooLong", 1000));
            RuleFor(x => x.LeasedPremises).NotNull().WithMessage(_ => Text.Get("Leased.Required"));
        }
    }

    internal sealed class QueryHandler(RestartDbContext db, ICurrentUser user) : IRequestHandler<Query, Result<Command>>
    {
        public async Task<Result<Command>> Handle(Query request, CancellationToken cancellationToken)
        {
            var form = await db.Cases.AsNoTracking()
                .DraftOf(user.UserId)
                .Select(c => new Command
                {
                    BusinessName = c.BusinessName ?? "",
                    BusinessNumber = c.BusinessNumber ?? "",
                    Industry = c.IndustryCode == null ? "" : c.IndustryCode + " " + db.Industries
                        .Where(i => i.Revision == ReferenceDataSeeder.IndustryRevision && i.Code == c.IndustryCode).Select(i => i.NameKo).FirstOrDefault(),
                    SigunguCode = c.BusinessSigunguCode ?? "",
                    OpenedOn = c.OpenedOn,
                    ClosureState = c.ClosureState,
                    ClosedOn = c.ClosedOn,
                    RegularEmployees = c.RegularEmployees,
                    ClosureReason = c.ClosureReason,
                    ClosureReasonDetail = c.ClosureReasonDetail,
                    LeasedPremises = c.LeasedPremises,
                })
                .SingleOrDefaultAsync(cancellationToken);
            return form ?? new Command();
        }
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var draft = await db.Cases.FindDraftAsync(userId, cancellationToken);
            if (draft is null || !draft.HasSaved(ApplyStep.Personal))
            {
                return Result.Invalid("", Text.Get("Apply.StartWithPersonal"));
            }

            draft.BusinessName = request.BusinessName.Trim();
            draft.BusinessNumber = Domain.BusinessNumber.Normalize(request.BusinessNumber);
            draft.IndustryCode = request.IndustryCode;
            draft.BusinessSigunguCode = request.SigunguCode;
            draft.OpenedOn = request.OpenedOn;
            draft.ClosureState = request.ClosureState;
            draft.ClosedOn = request.ClosedOn;
            draft.RegularEmployees = request.RegularEmployees;
            draft.ClosureReason = request.ClosureReason;
            draft.ClosureReasonDetail = string.IsNullOrWhiteSpace(request.ClosureReasonDetail) ? null : request.ClosureReasonDetail.Trim();
            draft.LeasedPremises = request.LeasedPremises;
            draft.SaveStep(ApplyStep.Business, clock.GetUtcNow().UtcDateTime);
            return Result.Ok();
        }
    }
}
