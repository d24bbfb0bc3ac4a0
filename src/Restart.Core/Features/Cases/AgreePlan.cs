using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>The counselor and the person agree an individual plan (track, goals, action items with owners and due dates), then services start.</summary>
public static class AgreePlan
{
    public const int MaxItems = 10;

    public sealed class Item
    {
        public string? Description { get; set; }
        public ActionOwner Owner { get; set; } = ActionOwner.Applicant;
        public DateOnly? DueOn { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Description) && DueOn is null;
    }

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : CaseCommand
    {
        public Track? Track { get; set; }
        public string Goals { get; set; } = "";
        public List<Item> Items { get; set; } = [];
    }

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class StartService : CaseCommand;

    public sealed class Validator : CaseCommandValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Track).NotNull().IsInEnum().WithMessage(_ => Text.Get("Track.Required"));
            RuleFor(x => x.Goals).Cascade(CascadeMode.Stop)
                .Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage(_ => Text.Get("Plan.GoalsRequired"))
                .MaximumLength(2000).WithMessage(_ => Text.Format("Text.TooLong", 2000));
            RuleFor(x => x.Items).Must(items => items.Count(i => !i.IsBlank) is > 0 and <= MaxItems)
                .WithMessage(_ => Text.Format("Plan.ItemsRequired", MaxItems));
            RuleForEach(x => x.Items).Where(i => !i.IsBlank).SetValidator(new ItemValidator());
        }
    }

    /// <summary>An action item of a plan or a counseling session: what, and by when.</summary>
    public sealed class ItemValidator : AbstractValidator<Item>
    {
        public ItemValidator()
        {
            RuleFor(i => i.Description).Cascade(CascadeMode.Stop)
                .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage(_ => Text.Get("ActionItem.DescriptionRequired"))
                .MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200));
            RuleFor(i => i.DueOn).NotNull().WithMessage(_ => Text.Get("ActionItem.DueRequired"));
            RuleFor(i => i.Owner).IsInEnum();
        }
    }

    public sealed class StartValidator : CaseCommandValidator<StartService>;

    internal sealed class Handler(StaffCases cases, RestartDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (theCase, staff, refusal) = await cases.OpenAsync(request, CaseAction.AgreePlan, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            theCase!.AgreePlan(staff.UserId, now, request.Note?.Trim());
            theCase.Track = request.Track;
            var plan = await db.CasePlans.SingleOrDefaultAsync(p => p.CaseId == theCase.Id, cancellationToken);
            if (plan is null)
            {
                db.CasePlans.Add(new CasePlan { CaseId = theCase.Id, Track = request.Track!.Value, Goals = request.Goals.Trim(), AgreedAt = now, AgreedByUserId = staff.UserId });
            }
            else
            {
                (plan.Track, plan.Goals, plan.AgreedAt, plan.AgreedByUserId) = (request.Track!.Value, request.Goals.Trim(), now, staff.UserId);
            }

            // The plan's open items are replaced by the agreed ones; items already done stay as the record of what was done.
            await db.CaseActionItems.Where(i => i.CaseId == theCase.Id && i.SessionId == null && i.DoneOn == null).ExecuteDeleteAsync(cancellationToken);
            db.CaseActionItems.AddRange(request.Items.Where(i => !i.IsBlank).Select(i => new CaseActionItem
            {
                CaseId = theCase.Id,
                Description = i.Description!.Trim(),
                Owner = i.Owner,
                DueOn = i.DueOn!.Value,
            }));
            return Result.Ok();
        }
    }

    internal sealed class StartHandler(StaffCases cases, TimeProvider clock) : IRequestHandler<StartService, Result>
    {
        public Task<Result> Handle(StartService request, CancellationToken cancellationToken) =>
            cases.ActAsync(request, CaseAction.StartService, (c, staff) => c.StartService(staff.UserId, clock.GetUtcNow().UtcDateTime, request.Note?.Trim()), cancellationToken);
    }
}
