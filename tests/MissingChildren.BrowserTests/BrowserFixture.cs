using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MissingChildren.BrowserTests;

/// <summary>
/// The app on a real port (Kestrel on 127.0.0.1) over a fresh SQLite database with the demo council, and
/// Debian's Chromium driven by Playwright. Chromium is <c>/usr/bin/chromium</c> or <c>MC_CHROMIUM</c>.
/// Without it the journeys skip here, and fail when <c>CI=true</c>. The default profile unless a subclass gives another host.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(new SqliteAppFactory())
    {
    }

    protected BrowserFixture(AppFactory app) => App = app;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("MC_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public string? Unavailable { get; private set; }

    public AppFactory App { get; }

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseUrl { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath}. Install Debian's 'chromium' package (see .ci/run) or set MC_CHROMIUM.";
            return;
        }

        App.UseKestrel(0);
        await App.InitializeAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        // CI runs the browser beside the integration suite on two cores: give assertions time to see the next page.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Skips the calling test when Chromium is missing, unless CI requires it.</summary>
    public void SkipUnlessAvailable()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (TestDatabase.RequireAllServers)
        {
            throw new InvalidOperationException("CI=true requires Chromium: " + Unavailable);
        }

        Assert.Skip(Unavailable);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl.ToString(), Locale = "en-GB", TimezoneId = "Europe/London" });
        return await context.NewPageAsync();
    }
}

/// <summary>The browser over a Medway host (003): its own template database with the Medway profile.</summary>
public sealed class MedwayBrowserFixture() : BrowserFixture(new MedwaySqliteAppFactory());

public sealed class MedwaySqliteAppFactory() : ProfileAppFactory("Sqlite", "Medway");

public static class AccessibilityExtensions
{
    /// <summary>Runs axe on the page as it is now and fails with each violation named, where it is and why.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var problems = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(problems.Count == 0, $"axe found problems on {page.Url}:\n{string.Join("\n", problems)}");
        PlainWords.AssertReadable(page.Url, await page.TitleAsync() + "\n" + await page.InnerTextAsync("body"));
    }

    /// <summary>Saves a full-page screenshot under TestResults/screenshots for people to look at.</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", name + ".png"), FullPage = true });
}
