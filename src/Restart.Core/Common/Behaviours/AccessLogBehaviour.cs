using MediatR;
using Restart.Core.Data;

namespace Restart.Core.Common.Behaviours;

/// <summary>
/// Records every request that reads or changes a person's data — refused ones too — in the access log.
/// It sits outside authorization so that a refused attempt is recorded with its outcome.
/// </summary>
public sealed class AccessLogBehaviour<TRequest, TResponse>(AccessLogWriter writer) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IPersonalDataRequest personal)
        {
            return await next();
        }

        var response = await next();
        var outcome = response is Result result ? result.Status.ToString() : "Ok";
        await writer.WriteAsync(personal.Subject, personal.Action, RequestName.Of(typeof(TRequest)), outcome, cancellationToken);
        return response;
    }
}
