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
    /// <summary>The phone width every page is also checked at (axe and reflow), and the narrowest WCAG 2.2 reflow asks for (1.4.10).</summary>
    public const int PhoneWidth = 390;

    public const int ReflowWidth = 320;

    /// <summary>The kinds of page axe has already passed at the phone's width in this run (see <see cref="PageKindAsync"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> CheckedOnAPhone = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs axe on the page as it is now, and again 390 pixels wide; checks at both those widths and at 320 pixels that
    /// nothing makes the page scroll sideways (a wide table scrolls in its own region instead); then gives the page its
    /// width back. Fails with each violation named, where it is and why. axe at the phone's width runs once for each
    /// kind of page in a run (its address without ids, with or without errors or a banner): the suite visits the same
    /// screens many times, and axe is its slowest step; the sideways-scroll checks run on every visit.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        await AssertAxeAsync(page);
        await AssertReflowsAsync(page);
        var size = page.ViewportSize;
        var kind = await PageKindAsync(page);
        try
        {
            await page.SetViewportSizeAsync(PhoneWidth, size?.Height ?? 844);
            if (CheckedOnAPhone.TryAdd(kind, true))
            {
                await AssertAxeAsync(page);
            }

            await AssertReflowsAsync(page);
            await page.SetViewportSizeAsync(ReflowWidth, size?.Height ?? 844);
            await AssertReflowsAsync(page);
        }
        finally
        {
            if (size is not null)
            {
                await page.SetViewportSizeAsync(size.Width, size.Height);
            }
        }
    }

    /// <summary>A page's address with ids and numbers as placeholders and its query's names only, and whether it shows errors, a banner or a dialog.</summary>
    private static async Task<string> PageKindAsync(IPage page)
    {
        var url = new Uri(page.Url);
        var path = System.Text.RegularExpressions.Regex.Replace(url.AbsolutePath, "[0-9a-fA-F-]{36}|[0-9]+", "{id}");
        var query = string.Join('&', (url.Query.TrimStart('?')).Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal));
        var state = await page.EvaluateAsync<string>(
            "() => ['.govuk-error-summary', '.govuk-notification-banner', 'dialog[open]', '.govuk-tabs__panel:not(.govuk-tabs__panel--hidden)'].map(s => { const e = document.querySelector(s); return e ? (e.id || 'y') : 'n'; }).join('')");
        return $"{path}?{query}#{state}";
    }

    private static async Task AssertAxeAsync(IPage page)
    {
        var result = await page.RunAxe();
        var problems = result.Violations
            .Select(v => (v.Id, v.Impact, v.Help, Nodes: v.Nodes.Where(n => !IsGovukConditionalReveal(v.Id, n)).ToList()))
            .Where(v => v.Nodes.Count > 0)
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(problems.Count == 0, $"axe found problems on {page.Url} at {page.ViewportSize?.Width} px:\n{string.Join("\n", problems)}");
        PlainWords.AssertReadable(page.Url, await page.TitleAsync() + "\n" + await page.InnerTextAsync("body"));
    }

    /// <summary>
    /// GOV.UK Frontend's conditional reveal marks the radio or checkbox that shows more questions aria-expanded, which
    /// axe does not allow on those roles; GOV.UK keeps it on purpose and its own axe checks make the same one exception.
    /// </summary>
    private static bool IsGovukConditionalReveal(string rule, Deque.AxeCore.Commons.AxeResultNode node) =>
        rule == "aria-allowed-attr"
        && (node.Html.Contains("class=\"govuk-radios__input\"", StringComparison.Ordinal) || node.Html.Contains("class=\"govuk-checkboxes__input\"", StringComparison.Ordinal))
        && node.Html.Contains("aria-controls=\"conditional-", StringComparison.Ordinal)
        && node.Html.Contains("aria-expanded=", StringComparison.Ordinal);

    /// <summary>
    /// WCAG 2.2 reflow at the page's width: the page does not scroll sideways, and every GOV.UK table either fits the
    /// page's content or scrolls inside its own labelled region that a keyboard can focus. Names what is too wide.
    /// </summary>
    public static async Task AssertReflowsAsync(this IPage page)
    {
        var problems = await page.EvaluateAsync<string[]>(ReflowScript);
        Assert.True(problems.Length == 0, $"The page {page.Url} does not fit {page.ViewportSize?.Width} px:\n{string.Join("\n", problems)}");
    }

    private const string ReflowScript = """
        () => {
          const problems = [];
          const root = document.documentElement;
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('data-testid') ? `[data-testid=${e.getAttribute('data-testid')}]` : '')
            + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          if (root.scrollWidth > root.clientWidth) {
            problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px`);
            const beyond = e => e.getBoundingClientRect().right > root.clientWidth + 1;
            const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible' && !beyond(p)) return true; } return false; };
            const wide = [...document.body.querySelectorAll('*')].filter(e => beyond(e) && !clipped(e));
            wide.filter(e => !wide.includes(e.parentElement)).slice(0, 10).forEach(e => problems.push(`  too wide: ${describe(e)} reaches ${Math.round(e.getBoundingClientRect().right)} px`));
          }
          for (const table of document.querySelectorAll('table.govuk-table')) {
            const container = table.parentElement;
            if (table.offsetWidth <= container.clientWidth + 1) continue;
            const region = table.closest('[role=region]');
            if (!region || getComputedStyle(region).overflowX !== 'auto' || region.tabIndex !== 0 || !region.getAttribute('aria-labelledby'))
              problems.push(`the table ${describe(table)} (${table.offsetWidth} px) overflows ${describe(container)} (${container.clientWidth} px) outside a focusable, labelled scrolling region`);
          }
          return problems;
        }
        """;

    /// <summary>Saves a full-page screenshot under TestResults/screenshots for people to look at.</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", name + ".png"), FullPage = true });
}
