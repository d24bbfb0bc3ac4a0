using MediatR;
using Restart.Core.Data;

namespace Restart.Core.Common.Behaviours;

/// <summary>
/// Records every request that reads or changes a person's data — refused ones too — in the access log.
/// It sits outside authorization so that a refused attempt is recorded with its outcome. A request about
/// the sender's own data (<see cref="IOwnDataRequest"/>) is recorded under the sender's id.
/// </summary>
public sealed class AccessLogBehaviour<TRequest, TResponse>(AccessLogWriter writer, ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IPersonalDataRequest personal)
        {
            return await next();
        }

        var subject = personal is IOwnDataRequest && user.UserId is { } self ? self : personal.Subject;
        var outcome = "Error";
        try
        {
            var response = await next();
            outcome = response is Result result ? result.Status.ToString() : "Ok";
            return response;
        }
        finally
        {
            // Recorded even when the handler failed or the client went away after the work was done.
            await writer.WriteAsync(subject, personal.Action, RequestName.Of(typeof(TRequest)), outcome, CancellationToken.None, personal.Reason);
        }
    }
}
