using System.Globalization;
using FluentValidation;
using MediatR;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Features.Admin.AccessReview;

/// <summary>
/// Records that a month's access was reviewed, by whom, when, with a note. The record is the request's own
/// access-log entry (subject "access-log-review:yyyy-MM", the note as its reason): sealed in the same keyed
/// chain as what it reviewed, so a review cannot be added, edited or removed afterwards unnoticed (ADR 0022).
/// </summary>
public static class ReviewAccessMonth
{
    public const string Operation = "ReviewAccessMonth.Command";
    public const int MaxNote = 200;

    [SentBy(Roles.Administrator)]
    public sealed class Command : ICommand<Result>, IPersonalDataRequest
    {
        public string Month { get; set; } = "";

        public string? Note { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => SubjectOf(Month);
        string? IPersonalDataRequest.Reason => string.IsNullOrWhiteSpace(Note) ? "" : Note.Trim();
    }

    public static string SubjectOf(string month) => "access-log-review:" + (month.Length <= 7 ? month : month[..7]);

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly month) =>
        DateOnly.TryParseExact((text ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    /// <summary>The month's first and next month's first instant, Korean time, in UTC.</summary>
    public static (DateTime From, DateTime Until) UtcRange(DateOnly month) =>
        (KoreanTime.FromKorean(month.ToDateTime(TimeOnly.MinValue)), KoreanTime.FromKorean(month.AddMonths(1).ToDateTime(TimeOnly.MinValue)));

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Month).Cascade(CascadeMode.Stop)
                .Must(m => TryParse(m, out _)).WithMessage(_ => Text.Get("AccessReview.MonthInvalid"))
                .Must(m => TryParse(m, out var month) && UtcRange(month).From <= clock.GetUtcNow().UtcDateTime)
                .WithMessage(_ => Text.Get("AccessReview.MonthInFuture"));
            RuleFor(x => x.Note).MaximumLength(MaxNote).WithMessage(_ => Text.Format("AccessReview.NoteTooLong", MaxNote));
        }
    }

    /// <summary>Nothing to change: the access-log entry the pipeline writes for this request is the record.</summary>
    internal sealed class Handler : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command request, CancellationToken cancellationToken) => Task.FromResult(Result.Ok());
    }
}
