using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

/// <summary>
/// Server-side sessions (ADR 0021). Signing in records a session in the database and puts its id into the cookie's
/// properties (kept when the cookie is renewed or refreshed after a password change); every request checks that the
/// session has not ended, so a log-out ends it for every copy of the cookie, on every instance sharing the database.
/// An instance remembers a session it found alive for <c>Identity:SessionRevocationCheck</c> (10 seconds): a
/// log-out takes effect at once on the instance that handled it and within that time on the others.
/// </summary>
public sealed class AccountSessions(IServiceScopeFactory scopes, IMemoryCache cache, TimeProvider clock, IConfiguration configuration)
{
    public const string SessionKey = "restart.session";
    private readonly TimeSpan _recheckAfter = configuration.GetValue("Identity:SessionRevocationCheck", TimeSpan.FromSeconds(10));

    public async Task<Guid> StartAsync(string userId)
    {
        var session = new AccountSession { Id = Guid.NewGuid(), UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        db.AccountSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public async Task<bool> IsAliveAsync(Guid id)
    {
        if (_recheckAfter > TimeSpan.Zero && cache.TryGetValue(CacheKey(id), out _))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        var alive = await db.AccountSessions.AnyAsync(s => s.Id == id && s.EndedAt == null);
        if (alive && _recheckAfter > TimeSpan.Zero)
        {
            cache.Set(CacheKey(id), true, _recheckAfter);
        }

        return alive;
    }

    public async Task EndAsync(Guid id)
    {
        cache.Remove(CacheKey(id));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
        await db.AccountSessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now));
    }

    /// <summary>Ends the session of the cookie this request came with, if any (a log-out).</summary>
    public async Task EndCurrentAsync(HttpContext context)
    {
        var auth = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (IdOf(auth.Properties) is { } id)
        {
            await EndAsync(id);
        }
    }

    private static string CacheKey(Guid id) => "session-alive:" + id.ToString("N");

    private static Guid? IdOf(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(SessionKey, out var value) == true && Guid.TryParse(value, out var id) ? id : null;

    /// <summary>Hooks the sessions into the sign-in cookie's events, around what is already there.</summary>
    public static void Apply(CookieAuthenticationOptions options)
    {
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = async context =>
        {
            await signingIn(context);
            // A refresh (after a password change) keeps the session it had; a new sign-in starts one.
            if (IdOf(context.Properties) is null && context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId)
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
                context.Properties.Items[SessionKey] = (await sessions.StartAsync(userId)).ToString("D");
            }
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            // A cookie without a session (made before sessions were recorded) or of an ended one opens nothing.
            var sessions = context.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
            if (IdOf(context.Properties) is not { } id || !await sessions.IsAliveAsync(id))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await validate(context);
        };
    }
}
