using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>
/// 상담 기록: a session (date, mode, topics, notes, action items, next appointment), or an outreach visit with
/// what it found. The author may edit a session on the day it was written; later, a correction is a new
/// session that points at the one it corrects.
/// </summary>
public static class RecordCounseling
{
    public const int MaxItems = 5;

    [SentBy(Roles.Counselor, Roles.RegionalManager)]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public Guid CaseId { get; set; }
        /// <summary>Set to edit a session (its author, within a day); otherwise a new one is recorded.</summary>
        public Guid? SessionId { get; set; }
        public Guid? SessionVersion { get; set; }
        /// <summary>The session a new one corrects.</summary>
        public Guid? CorrectsSessionId { get; set; }
        public DateTime? HeldAt { get; set; }
        public CounselingMode? Mode { get; set; }
        public List<CounselingTopics> Topics { get; set; } = [];
        public string Notes { get; set; } = "";
        public DateTime? NextAppointmentAt { get; set; }
        public List<AgreePlan.Item> Items { get; set; } = [];
        public string? VisitSigunguCode { get; set; }
        public BusinessStage? BusinessStage { get; set; }
        public string? NeedsFound { get; set; }
        public string? IntakeOnSite { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
        string IPersonalDataRequest.Subject => $"case:{CaseId}";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.HeldAt).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => Text.Get("Counseling.HeldAtRequired"))
                .Must(at => at!.Value <= clock.GetUtcNow().UtcDateTime.AddHours(1)).WithMessage(_ => Text.Get("Counseling.HeldAtFuture"));
            RuleFor(x => x.Mode).NotNull().IsInEnum().WithMessage(_ => Text.Get("Counseling.ModeRequired"));
            RuleFor(x => x.Topics).NotEmpty().WithMessage(_ => Text.Get("Counseling.TopicsRequired"));
            RuleForEach(x => x.Topics).Must(t => t != CounselingTopics.None && Enum.IsDefined(t)).WithMessage(_ => Text.Get("Counseling.TopicsRequired"));
            RuleFor(x => x.Notes).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Text.Get("Counseling.NotesRequired"))
                .MaximumLength(4000).WithMessage(_ => Text.Format("Text.TooLong", 4000));
            RuleFor(x => x.NextAppointmentAt).Must((x, next) => next is null || next > x.HeldAt).WithMessage(_ => Text.Get("Counseling.NextAfterSession"));
            RuleFor(x => x.Items).Must(items => items.Count(i => !i.IsBlank) <= MaxItems).WithMessage(_ => Text.Format("Plan.ItemsRequired", MaxItems));
            RuleForEach(x => x.Items).Where(i => !i.IsBlank).SetValidator(new AgreePlan.ItemValidator());
            When(x => x.Mode == CounselingMode.Outreach, () =>
            {
                RuleFor(x => x.VisitSigunguCode).NotEmpty().WithMessage(_ => Text.Get("Outreach.PlaceRequired"));
                RuleFor(x => x.BusinessStage).NotNull().IsInEnum().WithMessage(_ => Text.Get("Outreach.StageRequired"));
            });
            RuleFor(x => x.NeedsFound).MaximumLength(500).WithMessage(_ => Text.Format("Text.TooLong", 500));
            RuleFor(x => x.IntakeOnSite).MaximumLength(500).WithMessage(_ => Text.Format("Text.TooLong", 500));
        }
    }

    internal sealed class Handler(StaffCases cases, RestartDbContext db, Notices notices, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (theCase, refusal) = await cases.WorkAsync(request.CaseId, CaseAction.RecordCounseling, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var staff = theCase!.Staff;
            if (request.VisitSigunguCode is { Length: > 0 } place && !await db.Sigungus.AnyAsync(s => s.Code == place, cancellationToken))
            {
                return Result.Invalid(nameof(Command.VisitSigunguCode), Text.Get("Outreach.PlaceRequired"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var session = request.SessionId is { } id ? await db.CounselingSessions.SingleOrDefaultAsync(s => s.Id == id && s.CaseId == theCase.Id, cancellationToken) : null;
            if (request.SessionId is not null)
            {
                if (session is null)
                {
                    return Result.NotFound();
                }

                // After a day, or by someone else, a session stays as written: the correction is a new entry.
                if (!session.MayBeEditedBy(staff.UserId, now))
                {
                    return Result.Invalid("", Text.Get("Counseling.NoLongerEditable"));
                }

                if (session.Version != request.SessionVersion)
                {
                    return Result.Conflict(Text.Get("Conflict.EditedByAnother"));
                }

                session.EditedAt = now;
            }
            else
            {
                if (request.CorrectsSessionId is { } corrected && !await db.CounselingSessions.AnyAsync(s => s.Id == corrected && s.CaseId == theCase.Id, cancellationToken))
                {
                    return Result.NotFound();
                }

                session = new CounselingSession { CaseId = theCase.Id, OfficeId = staff.OfficeId, AuthorUserId = staff.UserId, WrittenAt = now, CorrectsSessionId = request.CorrectsSessionId, Notes = "" };
                db.CounselingSessions.Add(session);
                db.CaseActionItems.AddRange(request.Items.Where(i => !i.IsBlank).Select(i => new CaseActionItem
                {
                    CaseId = theCase.Id,
                    SessionId = session.Id,
                    Description = i.Description!.Trim(),
                    Owner = i.Owner,
                    DueOn = i.DueOn!.Value,
                }));
            }

            // A new or moved appointment is told to the person; one already told is not told again.
            if (request.NextAppointmentAt is { } next && next != session.NextAppointmentAt && next > now)
            {
                notices.Tell(theCase.ApplicantUserId, theCase.Id, NoticeKind.AppointmentSet,
                    [KoreanTime.ToKorean(next).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)]);
            }

            var outreach = request.Mode == CounselingMode.Outreach;
            session.HeldAt = request.HeldAt!.Value;
            session.Mode = request.Mode!.Value;
            session.Topics = request.Topics.Aggregate(CounselingTopics.None, (all, t) => all | t);
            session.Notes = request.Notes.Trim();
            session.NextAppointmentAt = request.NextAppointmentAt;
            session.VisitSigunguCode = outreach ? request.VisitSigunguCode : null;
            session.BusinessStage = outreach ? request.BusinessStage : null;
            session.NeedsFound = outreach ? request.NeedsFound?.Trim() : null;
            session.IntakeOnSite = outreach ? request.IntakeOnSite?.Trim() : null;
            return Result.Ok();
        }
    }
}
