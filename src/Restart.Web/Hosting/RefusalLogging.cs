using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

/// <summary>
/// A signed-in person refused by a page's [Authorize] (a partner opening an applicant's document address)
/// is recorded in the access log like the refusals the handlers decide: who, when, from where, which
/// address, "Forbidden". Then the framework answers as usual (the 403 page).
/// </summary>
public sealed class RefusalLogging : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            await context.RequestServices.GetRequiredService<AccessLogWriter>().WriteAsync($"page:{context.Request.Path}", PersonalDataAction.View, "Page " + (context.GetEndpoint()?.DisplayName ?? "?"), "Forbidden", CancellationToken.None);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
