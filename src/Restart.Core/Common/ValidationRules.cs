using System.Text.RegularExpressions;
using FluentValidation;

namespace Restart.Core.Common;

/// <summary>Rules several forms share, each with its Korean-first message.</summary>
public static partial class ValidationRules
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

    /// <summary>A telephone number as written in Korea (02-1234-5678, 010-1234-5678, or a 1588-1234 representative number), when one is given.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalPhone<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || PhonePattern().IsMatch(v.Trim())).WithMessage(_ => Text.Get("Phone.Invalid"));

    /// <summary>A web address starting with http:// or https://, when one is given.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalWebsite<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .MaximumLength(200).WithMessage(_ => Text.Format("Text.TooLong", 200))
            .Must(v => string.IsNullOrWhiteSpace(v)
                || (Uri.TryCreate(v.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage(_ => Text.Get("Website.Invalid"));

    [GeneratedRegex(@"^(0\d{1,2}-\d{3,4}-\d{4}|1\d{3}-\d{4})$")]
    private static partial Regex PhonePattern();
}
