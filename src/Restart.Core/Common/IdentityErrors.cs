using Microsoft.AspNetCore.Identity;

namespace Restart.Core.Common;

/// <summary>Identity's own errors are English; the portal shows its own Korean-first wording.</summary>
public static class IdentityErrors
{
    public static List<FieldError> ToFieldErrors(IdentityResult result, string passwordField) =>
        [.. result.Errors.Select(e => e.Code switch
        {
            "DuplicateEmail" or "DuplicateUserName" => new FieldError("Email", Text.Get("Email.Taken")),
            "InvalidEmail" or "InvalidUserName" => new FieldError("Email", Text.Get("Email.Invalid")),
            "PasswordMismatch" => new FieldError("CurrentPassword", Text.Get("Password.Wrong")),
            "InvalidToken" => new FieldError("", Text.Get("Password.ResetLinkInvalid")),
            var code when code.StartsWith("Password", StringComparison.Ordinal) =>
                new FieldError(passwordField, Text.Format("Password.TooShort", ValidationRules.MinPasswordLength)),
            _ => new FieldError("", Text.Get("Account.Failed")),
        })];
}
