using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Restart.Web.Hosting;

/// <summary>
/// The public programme and job pages are kept for a minute, the public outcomes five, for visitors who are not signed in (docs/operations.md):
/// one rendering per address and language serves everyone else. Signed-in people (whose menu shows their name),
/// responses that set a cookie and anything but a 200 are never kept — the framework's default policy, which
/// the named policy builds on, sees to that once authentication has run.
/// </summary>
public static class OutputCaching
{
    /// <summary>The policy of /Programs, /Jobs and their detail pages.</summary>
    public const string PublicOffers = "public-offers";

    /// <summary>The tag of every kept offer page: <c>IOutputCacheStore.EvictByTagAsync(OffersTag, …)</c> drops them after a change.</summary>
    public const string OffersTag = "offers";

    public static readonly TimeSpan OffersDuration = TimeSpan.FromSeconds(60);

    /// <summary>The policy of the public outcomes (/Outcomes): totals that move slowly, kept five minutes.</summary>
    public const string PublicOutcomes = "public-outcomes";

    public static readonly TimeSpan OutcomesDuration = TimeSpan.FromMinutes(5);

    private static OutputCachePolicyBuilder PerAddressAndLanguage(OutputCachePolicyBuilder policy, TimeSpan duration) => policy
        .Expire(duration)
        .SetVaryByQuery("*")
        // The language comes from a cookie, which the cache key does not see: without this a Korean page would
        // be served to a visitor who chose English.
        .VaryByValue(context => new KeyValuePair<string, string>(
            "culture", context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? ""));

    public static WebApplicationBuilder AddRestartOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(PublicOffers, p => PerAddressAndLanguage(p, OffersDuration).Tag(OffersTag));
            o.AddPolicy(PublicOutcomes, p => PerAddressAndLanguage(p, OutcomesDuration));
        });
        // A kept page is shown to everyone: it must carry no one's antiforgery token (nor set its cookie).
        builder.Services.Replace(ServiceDescriptor.Singleton<IHtmlGenerator, SharedPageHtmlGenerator>());
        return builder;
    }

    /// <summary>After a programme or a post is saved, published or closed: the public pages show it at the next visit, not a minute later (on this instance; others within the minute).</summary>
    public static ValueTask ForgetKeptOffersAsync(this HttpContext context) =>
        context.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(OffersTag, context.RequestAborted);

    /// <summary>True while the response being rendered may be kept and served to others.</summary>
    public static bool IsSharedResponse(this HttpContext context) =>
        context.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };
}

/// <summary>
/// Leaves the antiforgery token out of the forms of a page the output cache may keep: the token is bound to
/// one visitor's cookie, so a kept page would hand it to everyone and fail their posts. The only form such a
/// page posts is the layout's language switch, which takes no token (see <c>Pages/Culture.cshtml.cs</c>).
/// </summary>
internal sealed class SharedPageHtmlGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> optionsAccessor,
    IModelMetadataProvider metadataProvider,
    IUrlHelperFactory urlHelperFactory,
    HtmlEncoder htmlEncoder,
    ValidationHtmlAttributeProvider validationAttributeProvider)
    : DefaultHtmlGenerator(antiforgery, optionsAccessor, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider)
{
    public override IHtmlContent GenerateAntiforgery(ViewContext viewContext) =>
        viewContext.HttpContext.IsSharedResponse() ? HtmlString.Empty : base.GenerateAntiforgery(viewContext);
}
