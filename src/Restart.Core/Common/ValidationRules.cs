using FluentValidation;

namespace Restart.Core.Common;

/// <summary>Rules several forms share, each with its Korean-first message.</summary>
public static class ValidationRules
{
    public const int MaxEmailLength = 256;
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("Email.Required"))
            .MaximumLength(MaxEmailLength).WithMessage(_ => Text.Get("Email.TooLong"))
            .EmailAddress().WithMessage(_ => Text.Get("Email.Invalid"));

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("Password.Required"))
            .MinimumLength(MinPasswordLength).WithMessage(_ => Text.Format("Password.TooShort", MinPasswordLength))
            .MaximumLength(MaxPasswordLength).WithMessage(_ => Text.Format("Password.TooLong", MaxPasswordLength));

    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => Text.Get("Name.Required"))
            .MaximumLength(50).WithMessage(_ => Text.Format("Text.TooLong", 50));

    /// <summary>사업자등록번호: ten digits, hyphens optional, with a valid check digit.</summary>
    public static IRuleBuilderOptions<T, string> ValidBusinessNumber<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => Text.Get("BusinessNumber.Required"))
            .Must(v => Domain.BusinessNumber.Normalize(v) is not null).WithMessage(_ => Text.Get("BusinessNumber.Format"))
            .Must(Domain.BusinessNumber.IsValid).WithMessage(_ => Text.Get("BusinessNumber.CheckDigit"));
}
