using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Restart.Web.Hosting;

/// <summary>Korean first, English second (ADR 0009): resources, the language cookie, and model-binding messages in the person's language.</summary>
public static class LocalizationHosting
{
    public static readonly CultureInfo[] Cultures = [new("ko-KR"), new("en-US")];

    public static WebApplicationBuilder AddRestartLocalizedPages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Korean text is written as is, not as &#xXXXX; entities: pages stay readable and a third smaller.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Korean unless the person chose English: the browser's language is not asked.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddSingleton<PagePaths>();
        services.AddRazorPages()
            .AddViewLocalization()
            .AddMvcOptions(o =>
            {
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                var messages = o.ModelBindingMessageProvider;
                messages.SetValueIsInvalidAccessor(_ => Ui("Binding.Invalid"));
                messages.SetAttemptedValueIsInvalidAccessor((_, _) => Ui("Binding.Invalid"));
                messages.SetValueMustBeANumberAccessor(_ => Ui("Binding.Number"));
                messages.SetValueMustNotBeNullAccessor(_ => Ui("Binding.Required"));
                messages.SetMissingBindRequiredValueAccessor(_ => Ui("Binding.Required"));
                messages.SetMissingKeyOrValueAccessor(() => Ui("Binding.Required"));
                messages.SetUnknownValueIsInvalidAccessor(_ => Ui("Binding.Invalid"));
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Ui("Binding.Invalid"));
                messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Ui("Binding.Invalid"));
                messages.SetNonPropertyValueMustBeANumberAccessor(() => Ui("Binding.Number"));
                messages.SetMissingRequestBodyRequiredValueAccessor(() => Ui("Binding.Required"));
            });
        return builder;
    }

    private static string Ui(string key) => SharedResource.Get(key);
}
