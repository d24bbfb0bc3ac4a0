using System.Reflection;

namespace Restart.Core.Common;

public enum ResultStatus
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>A message for one field (or for the whole form when <see cref="Field"/> is empty).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// The outcome of a use case. Expected outcomes (invalid input, not found, forbidden, a concurrency
/// conflict) are values the page shows, never exceptions.
/// </summary>
public class Result
{
    protected Result(ResultStatus status, IReadOnlyList<FieldError> errors)
    {
        Status = status;
        Errors = errors;
    }

    public ResultStatus Status { get; }
    public IReadOnlyList<FieldError> Errors { get; }
    public bool Succeeded => Status == ResultStatus.Ok;

    public static Result Ok() => new(ResultStatus.Ok, []);
    public static Result NotFound() => new(ResultStatus.NotFound, []);
    public static Result Forbidden() => new(ResultStatus.Forbidden, []);
    public static Result Conflict(string message) => new(ResultStatus.Conflict, [new FieldError("", message)]);
    public static Result Invalid(IReadOnlyList<FieldError> errors) => new(ResultStatus.Invalid, errors);
    public static Result Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    internal static Result Failure(ResultStatus status, IReadOnlyList<FieldError> errors) => new(status, errors);
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(ResultStatus status, IReadOnlyList<FieldError> errors, T? value) : base(status, errors) => _value = value;

    /// <summary>The value of a successful result; reading it from a failure is a programming error.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"A {Status} result has no value.");

    public static Result<T> Ok(T value) => new(ResultStatus.Ok, [], value);
    public static new Result<T> NotFound() => new(ResultStatus.NotFound, [], default);
    public static new Result<T> Forbidden() => new(ResultStatus.Forbidden, [], default);
    public static new Result<T> Conflict(string message) => new(ResultStatus.Conflict, [new FieldError("", message)], default);
    public static new Result<T> Invalid(IReadOnlyList<FieldError> errors) => new(ResultStatus.Invalid, errors, default);
    public static new Result<T> Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    public static implicit operator Result<T>(T value) => Ok(value);

    internal static new Result<T> Failure(ResultStatus status, IReadOnlyList<FieldError> errors) => new(status, errors, default);
}

/// <summary>Builds a failed <typeparamref name="TResponse"/> for pipeline behaviours that stop a request early.</summary>
internal static class Failure<TResponse>
{
    private static readonly Func<ResultStatus, IReadOnlyList<FieldError>, TResponse> Create = Build();

    public static TResponse Of(ResultStatus status, IReadOnlyList<FieldError> errors) => Create(status, errors);

    private static Func<ResultStatus, IReadOnlyList<FieldError>, TResponse> Build()
    {
        var type = typeof(TResponse);
        if (!typeof(Result).IsAssignableFrom(type))
        {
            return (_, _) => throw new InvalidOperationException($"{type.Name} is not a Result; every request must answer with Result or Result<T>.");
        }

        var method = type.GetMethod(nameof(Result.Failure), BindingFlags.NonPublic | BindingFlags.Static, [typeof(ResultStatus), typeof(IReadOnlyList<FieldError>)])!;
        return method.CreateDelegate<Func<ResultStatus, IReadOnlyList<FieldError>, TResponse>>();
    }
}
