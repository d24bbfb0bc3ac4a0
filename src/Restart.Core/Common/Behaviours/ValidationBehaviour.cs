using FluentValidation;
using MediatR;

namespace Restart.Core.Common.Behaviours;

/// <summary>Runs every validator of the request (async rules too) and answers with all failures at once.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new List<FieldError>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            errors.AddRange(result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)));
        }

        return errors.Count == 0 ? await next() : Failure<TResponse>.Of(ResultStatus.Invalid, errors);
    }
}
