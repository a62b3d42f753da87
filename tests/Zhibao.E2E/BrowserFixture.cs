using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Zhibao.E2E;

/// <summary>One app and one headless Chromium shared by every test of the class.</summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "zhibao-e2e-" + Guid.NewGuid().ToString("N"));
    private ZhibaoAppFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("浏览器尚未启动。");

    /// <summary>The app's services, for setting up data a test needs but does not exercise (e.g. a closed case).</summary>
    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("应用尚未启动。");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataFolder);
        factory = new ZhibaoAppFactory(dataFolder);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel reported no http address.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        if (!File.Exists(factory.DatabasePath))
        {
            throw new InvalidOperationException($"The app did not use the test database {factory.DatabasePath}.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium fonts-noto-cjk");
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh context (no cookies) and page, Chinese locale, desktop size.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
            factory = null;
        }
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>xunit calls <see cref="DisposeAsync"/> first; this only covers a fixture whose start failed half-way.</summary>
    public void Dispose() => factory?.Dispose();
}
