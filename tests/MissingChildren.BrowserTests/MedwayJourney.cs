using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain.Duties;

namespace MissingChildren.BrowserTests;

/// <summary>
/// The people of a Medway journey in one browser, each signed in in a context of their own at the width given, and the
/// steps they take through the pages: following a duty's link from where it is shown and filling its form. axe on every page.
/// </summary>
internal sealed partial class MedwayJourney(MedwayBrowserFixture browser, int width)
{
    private readonly Dictionary<string, IPage> _pages = new(StringComparer.Ordinal);

    public DateTimeOffset Now => browser.App.Clock.GetUtcNow();

    public Uri Url(string path) => new(browser.BaseUrl, path);

    /// <summary>
    /// The page of a user of this role at the path given, at the journey's width (axe reads the layout people see). They
    /// sign in on first use, and again when their session has ended while the days went by.
    /// </summary>
    public async Task<IPage> GoAsync(string role, string path, string? email = null)
    {
        if (!_pages.TryGetValue(role, out var page))
        {
            page = await browser.NewPageAsync();
            await page.SetViewportSizeAsync(width, 900);
            _pages[role] = page;
        }

        await page.GotoAsync(path);
        if (SignIn().IsMatch(page.Url))
        {
            await page.AssertAccessibleAsync();
            await page.GetByLabel("Email address").FillAsync(email ?? DemoUsers.EmailFor(role));
            await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page).Not.ToHaveURLAsync(SignIn(), new() { Timeout = 30_000 });
            await page.GotoAsync(path);
        }

        await page.AssertAccessibleAsync();
        return page;
    }

    public async Task CloseAsync()
    {
        foreach (var page in _pages.Values)
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Moves the clock to the instant (never back) and runs the duty sweep, as the minute job would.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        if (instant > Now)
        {
            browser.App.Clock.Advance(instant - Now);
        }

        await browser.App.SweepAsync();
    }

    /// <summary>A police report through the integration API, as Kent Police's system sends it.</summary>
    public async Task<string> NotifyAsync(object notification)
    {
        using var api = new HttpClient { BaseAddress = browser.BaseUrl };
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        var (response, body) = await api.PostJsonAsync("/api/v1/notifications", notification);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)body!["episodeId"]!;
    }

    public async Task<string> PutChildAsync(string localId, object child)
    {
        using var api = new HttpClient { BaseAddress = browser.BaseUrl };
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        var (response, _) = await api.PutJsonAsync($"/api/v1/children/{localId}", child);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return localId;
    }

    /// <summary>The episode's open duties, as the engine holds them, for the assertions and for a failure's message.</summary>
    public Task<List<DutyTask>> OpenDutiesAsync(Guid episodeId) =>
        browser.App.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open).OrderBy(t => t.DueAt).ToListAsync());

    public static string Describe(IEnumerable<DutyTask> duties) =>
        string.Join("; ", duties.Select(d => $"{d.Type} {d.RuleId} '{d.Title}' to {d.AssigneeRole}"));

    /// <summary>The episode's open duties are exactly these titles (each may be open more than once).</summary>
    public async Task ExpectOpenAsync(Guid episodeId, params string[] titles)
    {
        var open = await OpenDutiesAsync(episodeId);
        Assert.True(open.Select(d => d.Title).Order(StringComparer.Ordinal).SequenceEqual(titles.Order(StringComparer.Ordinal)),
            $"Expected open: {string.Join(" | ", titles)}; the engine holds: {Describe(open)}");
    }

    /// <summary>
    /// The duty's owner finds it where it is shown to them (a row naming it), follows its link and fills the form the link
    /// opens as a person would; then the duty's row is gone from where it was shown.
    /// </summary>
    /// <param name="child">Text naming the child in the duty's row, where the page lists many children's duties.</param>
    public async Task DoDutyAsync(string role, string shownAt, string title, string action, string expectedHeading, string? child = null)
    {
        var page = await GoAsync(role, shownAt);
        var rows = DutyRows(page, title, child);
        var before = await rows.CountAsync();
        Assert.True(before > 0, $"'{title}' is not shown to {role} at {shownAt}");
        await rows.First.GetByRole(AriaRole.Link, new() { Name = action }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(expectedHeading);
        await page.AssertAccessibleAsync();

        await FillFormAsync(page, Now.AddMinutes(-30), title);
        var form = page.Url;
        await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(form);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await GoAsync(role, shownAt);
        await Assertions.Expect(DutyRows(page, title, child)).ToHaveCountAsync(before - 1);
    }

    public static ILocator DutyRows(IPage page, string title, string? child = null)
    {
        var rows = page.Locator("main tr").Filter(new() { HasText = title });
        return child is null ? rows : rows.Filter(new() { HasText = child });
    }

    /// <summary>Every date with the instant given (November: UK time is UTC), and words in every text box.</summary>
    public static async Task FillFormAsync(IPage page, DateTimeOffset at, string what)
    {
        var form = page.Locator("main form[method=post]");
        foreach (var (part, value) in new[]
        {
            ("_Day", at.Day.ToString(CultureInfo.InvariantCulture)), ("_Month", at.Month.ToString(CultureInfo.InvariantCulture)),
            ("_Year", at.Year.ToString(CultureInfo.InvariantCulture)), ("_Time", at.ToString("HH:mm", CultureInfo.InvariantCulture)),
        })
        {
            foreach (var input in await form.Locator($"input[id$='{part}']").AllAsync())
            {
                await input.FillAsync(value);
            }
        }

        foreach (var text in await form.Locator("textarea").AllAsync())
        {
            await text.FillAsync($"{what}: Head of Service, social worker, DS Pat (Kent Police). Actions agreed and owned.");
        }
    }

    public static async Task FillWhenAsync(IPage page, string id, DateTimeOffset utc)
    {
        await page.Locator($"#{id}_Day").FillAsync(utc.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Month").FillAsync(utc.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Year").FillAsync(utc.Year.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Time").FillAsync(utc.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    public static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignIn();
}
