using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Zhibao.Web.Platform;

/// <summary>The whole product speaks zh-CN: request culture, thread defaults (AntDesign reads them), formats.</summary>
public static class ChineseCulture
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public static IServiceCollection AddChineseCulture(this IServiceCollection services)
    {
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Culture);
            o.SupportedCultures = [Culture];
            o.SupportedUICultures = [Culture];
        });
        return services;
    }
}
