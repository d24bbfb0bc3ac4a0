using System.Collections.Concurrent;
using System.Reflection;
using MediatR;

namespace Restart.Core.Common.Behaviours;

/// <summary>
/// Refuses a request whose sender lacks the roles the request declares. Rules about which record a user
/// may see (own case, own region) belong to the handler, which knows the record.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var policy = RequestPolicy.For(typeof(TRequest));
        if (policy.Anonymous)
        {
            return next();
        }

        var allowed = user.IsAuthenticated && (policy.Roles.Count == 0 || policy.Roles.Any(user.IsInRole));
        return allowed ? next() : Task.FromResult(Failure<TResponse>.Of(ResultStatus.Forbidden, []));
    }
}

public sealed record RequestPolicy(bool Anonymous, IReadOnlyList<string> Roles)
{
    private static readonly ConcurrentDictionary<Type, RequestPolicy> Cache = new();

    /// <summary>The declared policy of a request type; a request that declares none is a programming error.</summary>
    public static RequestPolicy For(Type requestType) => Cache.GetOrAdd(requestType, static type =>
    {
        if (type.GetCustomAttribute<SentByAnyoneAttribute>() is not null)
        {
            return new RequestPolicy(true, []);
        }

        var authorize = type.GetCustomAttribute<SentByAttribute>()
            ?? throw new InvalidOperationException($"{type.FullName} declares neither [SentBy] nor [SentByAnyone].");
        return new RequestPolicy(false, authorize.Roles);
    });
}
