using FluentValidation;
using Restart.Core.Domain;

namespace Restart.Core.Common;

public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
    Custom = 4,
}

/// <summary>A report's period as a form sends it: a month, a quarter or a year of a year, or custom dates (Korean calendar days, both included).</summary>
public abstract class ReportPeriodRequest
{
    public PeriodKind Period { get; set; } = PeriodKind.Month;
    public int? Year { get; set; }
    /// <summary>The month (1–12) of a monthly period or the quarter (1–4) of a quarterly one.</summary>
    public int? Number { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }

    /// <summary>The period's days and the instants they span, for a report read on <paramref name="today"/>.</summary>
    public ReportSpan Span(DateOnly today)
    {
        var (from, until) = Resolve(today);
        return new ReportSpan(from, until);
    }

    /// <summary>The first and the last day; with nothing chosen, the month that <paramref name="today"/> is in.</summary>
    public (DateOnly From, DateOnly Until) Resolve(DateOnly today)
    {
        var year = Year ?? today.Year;
        switch (Period)
        {
            case PeriodKind.Custom when From is { } from && Until is { } until:
                return (from, until);
            case PeriodKind.Year:
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            case PeriodKind.Quarter:
                var quarter = Number ?? ((today.Month - 1) / 3) + 1;
                var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
                return (first, first.AddMonths(3).AddDays(-1));
            default:
                var month = new DateOnly(year, Period == PeriodKind.Month ? Number ?? today.Month : today.Month, 1);
                return (month, month.AddMonths(1).AddDays(-1));
        }
    }
}

/// <summary>The rules every report's period shares.</summary>
public abstract class ReportPeriodValidator<T> : AbstractValidator<T> where T : ReportPeriodRequest
{
    /// <summary>A custom period longer than this is a year's report asked the long way.</summary>
    public const int MaxDays = 366;

    protected ReportPeriodValidator()
    {
        RuleFor(x => x.Period).IsInEnum().WithMessage(_ => Text.Get("Report.PeriodInvalid"));
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage(_ => Text.Get("Report.PeriodInvalid"));
        RuleFor(x => x.Number).InclusiveBetween(1, 12).When(x => x.Period == PeriodKind.Month).WithMessage(_ => Text.Get("Report.PeriodInvalid"));
        RuleFor(x => x.Number).InclusiveBetween(1, 4).When(x => x.Period == PeriodKind.Quarter).WithMessage(_ => Text.Get("Report.PeriodInvalid"));
        When(x => x.Period == PeriodKind.Custom, () =>
        {
            RuleFor(x => x.From).NotNull().WithMessage(_ => Text.Get("Report.FromRequired"));
            RuleFor(x => x.Until).NotNull().WithMessage(_ => Text.Get("Report.UntilRequired"))
                .Must((q, until) => q.From is null || until is null || until >= q.From).WithMessage(_ => Text.Get("Period.UntilBeforeFrom"))
                .Must((q, until) => q.From is null || until is null || until.Value.DayNumber - q.From.Value.DayNumber < MaxDays)
                .WithMessage(_ => Text.Format("Report.PeriodTooLong", MaxDays));
        });
    }
}

/// <summary>A report's days (Korean calendar days, both included) and the instants they span, [Start, End) in UTC.</summary>
public sealed record ReportSpan(DateOnly From, DateOnly Until)
{
    public DateTime Start => KoreanTime.FromKorean(From.ToDateTime(TimeOnly.MinValue));
    public DateTime End => KoreanTime.FromKorean(Until.AddDays(1).ToDateTime(TimeOnly.MinValue));
}

/// <summary>
/// One table of a report for a file, or every table for a workbook (the page writes it): the same figures and "&lt;5"
/// cells as the page, with the reason for the export, which the access log records (ADR 0026 §3, §6).
/// </summary>
public abstract class ReportExportRequest<TTable> : ReportPeriodRequest, IPersonalDataRequest where TTable : struct, Enum
{
    /// <summary>One table for a CSV file; null for the workbook of every table.</summary>
    public TTable? Table { get; set; }

    public string? Why { get; set; }

    /// <summary>The report exported, as the access log names it ("office-report:{office}"); the table, or "workbook", is added.</summary>
    protected abstract string Report { get; }

    PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Export;
    string IPersonalDataRequest.Subject => $"{Report}:{Table?.ToString() ?? "workbook"}";
    string? IPersonalDataRequest.Reason => Why?.Trim();
}

/// <summary>The rules of every report's export: the period's, a table the report has (or none, for every table), and a reason.</summary>
public abstract class ReportExportValidator<T, TTable> : ReportPeriodValidator<T> where T : ReportExportRequest<TTable> where TTable : struct, Enum
{
    protected ReportExportValidator()
    {
        RuleFor(x => x.Table).IsInEnum().When(x => x.Table is not null).WithMessage(_ => Text.Get("Report.PeriodInvalid"));
        RuleFor(x => x.Why).Cascade(CascadeMode.Stop)
            .Must(w => !string.IsNullOrWhiteSpace(w)).WithMessage(_ => Text.Get("Export.ReasonRequired"))
            .MaximumLength(150).WithMessage(_ => Text.Format("Text.TooLong", 150));
    }
}
