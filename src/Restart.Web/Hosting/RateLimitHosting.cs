using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Restart.Web.Hosting;

/// <summary>
/// Marks a page whose form posts are limited per account (ADR 0012). The account is the value of the
/// named form field (the e-mail address or user id typed or carried in the form), or the signed-in user when no field is named.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LimitPostsPerAccountAttribute(string? accountField = null) : Attribute
{
    public string? AccountField { get; } = accountField;
}

/// <summary>
/// Marks a page whose file uploads (its multipart form posts) are limited per signed-in account (ADR 0024): storage is
/// bounded by the quota, and this bounds how fast anyone can fill and empty it (each upload is encrypted and written).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LimitUploadsPerAccountAttribute : Attribute;

/// <summary>How many uploads one account may send in one window; the refusal page says so.</summary>
public sealed record UploadRateLimit(int Permits, TimeSpan Window)
{
    /// <summary>Set on a request refused by this limit, so the 429 page explains it instead of the general words.</summary>
    public const string RefusedItem = "Restart.UploadRateLimited";
}

/// <summary>
/// Account form posts pass two fixed one-minute windows: a low one per account (guessing one person's
/// password) and a higher one per client address (many accounts from one place), so an office behind one
/// NAT address is not locked out by its own colleagues. Other requests are never limited.
/// </summary>
public static class RateLimitHosting
{
    private const string AccountItem = "Restart.RateLimitedAccount";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddRestartRateLimits(this WebApplicationBuilder builder)
    {
        var perAccount = builder.Configuration.GetValue("RateLimiting:AccountPermitPerMinute", 10);
        var perAddress = builder.Configuration.GetValue("RateLimiting:AddressPermitPerMinute", 60);
        var uploads = new UploadRateLimit(
            builder.Configuration.GetValue("RateLimiting:UploadsPerWindow", 20),
            TimeSpan.FromMinutes(builder.Configuration.GetValue("RateLimiting:UploadWindowMinutes", 10.0)));
        builder.Services.AddSingleton(uploads);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var upload = UploadingAccount(context.HttpContext) is not null;
                if (upload)
                {
                    context.HttpContext.Items[UploadRateLimit.RefusedItem] = true;
                }

                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : upload ? uploads.Window : Window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // The account first: a refused guess at one account does not use up the address's allowance.
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => LimitedAccount(context) is { } account
                    ? RateLimitPartition.GetFixedWindowLimiter("account " + account, _ => PerMinute(perAccount))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => LimitedAccount(context) is not null
                    ? RateLimitPartition.GetFixedWindowLimiter("address " + context.Connection.RemoteIpAddress, _ => PerMinute(perAddress))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => UploadingAccount(context) is { } account
                    ? RateLimitPartition.GetFixedWindowLimiter("upload " + account, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = uploads.Permits, Window = uploads.Window, QueueLimit = 0, AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter("")));
        });
        return builder;
    }

    /// <summary>The account of a limited post; null for anything else, including the 429 page re-executed for a refused post.</summary>
    private static string? LimitedAccount(HttpContext context) =>
        LimitOf(context) is null ? null : context.Items[AccountItem] as string;

    /// <summary>
    /// The signed-in account sending a file to an upload page: a multipart post (the upload forms are the only ones that
    /// are; removing a document or going on is not limited). Null for anything else, the re-executed 429 page included.
    /// </summary>
    private static string? UploadingAccount(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<LimitUploadsPerAccountAttribute>() is not null
        && context.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
            ? context.User.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;

    private static LimitPostsPerAccountAttribute? LimitOf(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) ? context.GetEndpoint()?.Metadata.GetMetadata<LimitPostsPerAccountAttribute>() : null;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true };

    /// <summary>
    /// After routing and authentication: the partition callbacks are synchronous and cannot read a form,
    /// so the account of a limited post is read here (asynchronously; the form stays buffered for the page).
    /// </summary>
    public static IApplicationBuilder UseRestartRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (LimitOf(context) is { } limit)
            {
                context.Items[AccountItem] = await AccountOfAsync(context, limit.AccountField);
            }

            await next();
        });
        return app.UseRateLimiter();
    }

    private static async Task<string> AccountOfAsync(HttpContext context, string? field)
    {
        if (field is null)
        {
            return context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        }

        if (!context.Request.HasFormContentType)
        {
            return "";
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return form[field].ToString().Trim().ToUpperInvariant();
        }
        catch (InvalidDataException)
        {
            // A malformed form: antiforgery refuses it later; it still counts against the address.
            return "";
        }
    }
}
