using FluentValidation;
using Restart.Core.Common;

namespace Restart.Core.Documents;

/// <summary>A file a person uploads: not empty, 10 MB at most, and really a PDF, JPEG or PNG by its first bytes.</summary>
public sealed class FileContentValidator : AbstractValidator<byte[]>
{
    public FileContentValidator()
    {
        RuleFor(x => x).Cascade(CascadeMode.Stop)
            .Must(c => c.Length > 0).WithMessage(_ => Text.Get("Document.Required"))
            .Must(c => c.Length <= DocumentStore.MaxBytes).WithMessage(_ => Text.Get("Document.TooLarge"))
            .Must(c => DocumentStore.Sniff(c) is not null).WithMessage(_ => Text.Get("Document.WrongType"));
    }
}
