using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using MissingChildren.Domain.Duties;

namespace MissingChildren.BrowserTests.Administration;

/// <summary>
/// A council switches the service on: Production, an empty database, no demo data, only the administrator named in
/// configuration. In a real browser they choose their own password, set up the council's teams, people and systems,
/// then the council's case management system sends a looked-after child with their team and social worker, the police
/// system reports the child missing and then found, and each person finds the child where their job is. axe on every
/// page visited, at desktop and phone widths; on SQLite and on PostgreSQL.
/// </summary>
public sealed partial class FirstRunJourneyTests
{
    private const string AdminEmail = "it.service.desk@council.example";
    private const string BootstrapPassword = "Configured-Bootstrap-Password-1";
    private const string AdminPassword = "harbour violet cinnamon";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task ANewCouncil_SetsUpTeamsPeopleAndSystems_AndItsFirstMissingChildReachesThem(string provider)
    {
        AppFactory.SkipUnlessAvailable(provider);
        await using var browser = new FirstRunBrowserFixture(provider);
        await browser.InitializeAsync();
        browser.SkipUnlessAvailable();
        var journey = new Journey(browser);

        // The administrator from configuration signs in and must choose their own password first.
        var admin = await journey.NewPageAsync();
        await admin.GotoAsync("/");
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/account/sign-in"));
        await journey.CheckAsync(admin, "first-run-sign-in");
        await SignInAsync(admin, AdminEmail, BootstrapPassword);
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/account/change-password$"));
        await Assertions.Expect(admin.GetByTestId("must-change")).ToBeVisibleAsync();
        await journey.CheckAsync(admin, "first-run-change-password");
        await admin.GotoAsync("/admin/users");
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/account/change-password$"));
        await admin.GetByLabel("Current password").FillAsync(BootstrapPassword);
        await admin.GetByLabel("New password", new() { Exact = true }).FillAsync(AdminPassword);
        await admin.GetByLabel("Enter the new password again").FillAsync(AdminPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("done")).ToContainTextAsync("Your password has been changed");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Continue to MissingChildren" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Administration");
        await journey.CheckAsync(admin, "first-run-admin");

        // The council's teams: its Front Door, a social work team, and the return interview service that serves it.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Teams", Exact = true }).ClickAsync();
        await journey.CheckAsync(admin, "first-run-teams-empty");
        await AddTeamAsync(journey, admin, "Front Door", "Front Door", "Children's social care", isDefault: true);
        await AddTeamAsync(journey, admin, "Children in Care 1", "Social work", "Children's social care", isDefault: true);
        await AddTeamAsync(journey, admin, "Return Interview Service", "Return interview service", "Family wellbeing (early help)",
            isDefault: true, serves: "Children in Care 1");
        await admin.GotoAsync("/admin/teams");
        await Assertions.Expect(admin.Locator("main table tbody tr")).ToHaveCountAsync(3);
        await journey.CheckAsync(admin, "first-run-teams");

        // Its people, each e-mailed a link to set their own password.
        var worker = new Person("Sam Okafor", "sam.okafor@council.example", "Social worker", "Children in Care 1", "quartz meadow lantern");
        var manager = new Person("Priya Shah", "priya.shah@council.example", "Team manager", "Children in Care 1", "copper willow harbour");
        var interviewer = new Person("Lee Marsh", "lee.marsh@council.example", "Return home interview worker", "Return Interview Service", "amber falcon teapot");
        foreach (var person in new[] { worker, manager, interviewer })
        {
            await CreateUserAsync(journey, admin, person);
        }

        // Its systems: the case management system sends children; the police system sends reports. Keys shown once.
        var cmsKey = await CreateClientAsync(journey, admin, "Council case management system", "Children's social care", "children:write");
        var policeKey = await CreateClientAsync(journey, admin, "Police COMPACT", "Police", "notifications:write");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Each person sets their password from the link in their e-mail.
        foreach (var person in new[] { worker, manager, interviewer })
        {
            await SetPasswordAsync(journey, browser, person);
        }

        // The case management system sends a looked-after child with the team and social worker it knows them by.
        var localId = "CMS" + Guid.NewGuid().ToString("N")[..8];
        using var cms = Api(browser, cmsKey);
        var (child, childBody) = await cms.PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName = "Kai",
            lastName = "Ellison",
            dateOfBirth = "2011-06-14",
            gender = (string?)null,
            address = "4 Mill Lane, Weston BS23 1AA",
            involvements = new object[] { new { type = "CLA", startDate = "2025-02-03", legalStatus = "C2" } },
            allocatedTeam = "Children in Care 1",
            allocatedWorkerEmail = "Sam.Okafor@council.example",
        });
        Assert.True(child.StatusCode == HttpStatusCode.Created, childBody?.ToString());

        // The police report the child missing, and later found.
        var now = browser.App.Clock.GetUtcNow();
        var reference = "COMPACT-" + Guid.NewGuid().ToString("N")[..8];
        using var police = Api(browser, policeKey);
        var (missing, missingBody) = await police.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference, kind = "Missing", child = new { localId },
            missingFrom = Iso(now.AddHours(-5)), reportedAt = Iso(now.AddHours(-4)), policeRiskLevel = "Medium",
            lastSeenLocation = "Weston bus station",
        });
        Assert.True(missing.StatusCode == HttpStatusCode.Created, missingBody?.ToString());
        // Its key cannot read children, so it is not told whether the child was known: the social worker sees the link.
        Assert.Equal("Received", (string?)missingBody!["triage"]);
        Assert.Null((string?)missingBody["episodeId"]);

        // The social worker finds the child among their children, missing, and is told.
        var sw = await journey.SignedInAsync(worker);
        await Assertions.Expect(sw).ToHaveURLAsync(new Regex("/$"));
        await sw.GetByRole(AriaRole.Link, new() { Name = "My children" }).First.ClickAsync();
        var row = sw.GetByTestId("my-children").Locator("tbody tr").Filter(new() { HasText = "Kai Ellison" });
        await Assertions.Expect(row).ToContainTextAsync("Missing");
        await journey.CheckAsync(sw, "first-run-my-children");
        await row.GetByRole(AriaRole.Link, new() { Name = "Kai Ellison" }).ClickAsync();
        await Assertions.Expect(sw.GetByTestId("allocated-worker")).ToHaveTextAsync("Sam Okafor");
        await Assertions.Expect(sw.GetByTestId("allocated-team")).ToHaveTextAsync("Children in Care 1");
        await journey.CheckAsync(sw, "first-run-child");
        await sw.GetByRole(AriaRole.Link, new() { Name = "Notices" }).First.ClickAsync();
        await Assertions.Expect(sw.Locator("main")).ToContainTextAsync("Reported missing: a child you work with");
        await journey.CheckAsync(sw, "first-run-notices");

        // The team manager sees the child missing in their team's figures.
        var tm = await journey.SignedInAsync(manager);
        await tm.GotoAsync("/");
        await Assertions.Expect(tm.GetByTestId("missing-now")).ToContainTextAsync("1 missing or absent now");
        await journey.CheckAsync(tm, "first-run-manager-home");

        // Found: the return interview goes to the service that serves the child's team, where its worker sees it.
        var (found, foundBody) = await police.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId }, relatesTo = reference,
            foundAt = Iso(now.AddHours(-1)),
        });
        Assert.True(found.StatusCode == HttpStatusCode.Created, foundBody?.ToString());
        var rhi = await journey.SignedInAsync(interviewer);
        await Assertions.Expect(rhi).ToHaveURLAsync(new Regex("/rhi$"));
        await Assertions.Expect(rhi.Locator("main")).ToContainTextAsync("Kai Ellison");
        await journey.CheckAsync(rhi, "first-run-rhi-tray");

        var routedTo = await browser.App.WithDbAsync(db => (
            from r in db.ReturnHomeInterviews
            join c in db.Children on r.ChildId equals c.Id
            join d in db.DutyTasks on r.Id equals d.ReturnHomeInterviewId
            join t in db.Teams on d.AssigneeTeamId equals t.Id
            where c.LocalId == localId && d.Type == TaskType.ReturnHomeInterview
            select t.Name).SingleAsync());
        Assert.Equal("Return Interview Service", routedTo);
        await journey.CloseAsync();
    }

    private sealed record Person(string Name, string Email, string Role, string Team, string Password);

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private static HttpClient Api(BrowserFixture browser, string key)
    {
        var client = new HttpClient { BaseAddress = browser.BaseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/sign-in"), new() { Timeout = 30_000 });
    }

    private static async Task AddTeamAsync(Journey journey, IPage admin, string name, string kind, string agency, bool isDefault, string? serves = null)
    {
        await admin.GotoAsync("/admin/teams");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Add a team" }).ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await admin.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = agency });
        if (isDefault)
        {
            await admin.GetByLabel("This is the default team of its kind").CheckAsync();
        }

        if (serves is not null)
        {
            await admin.GetByLabel(serves, new() { Exact = true }).CheckAsync();
        }

        await journey.CheckAsync(admin, "first-run-team-form");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save team" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("done")).ToHaveTextAsync($"{name} added");
        await journey.CheckAsync(admin, "first-run-team");
    }

    private static async Task CreateUserAsync(Journey journey, IPage admin, Person person)
    {
        await admin.GotoAsync("/admin/users");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create a user" }).ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(person.Name);
        await admin.GetByLabel("Email address").FillAsync(person.Email);
        await admin.GetByLabel(person.Role, new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("Team (optional)").SelectOptionAsync(new SelectOptionValue { Label = person.Team });
        await admin.GetByLabel("Agency").SelectOptionAsync(new SelectOptionValue { Label = person.Team == "Return Interview Service" ? "Family wellbeing (early help)" : "Children's social care" });
        await journey.CheckAsync(admin, "first-run-user-form");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(person.Name);
        await Assertions.Expect(admin.GetByTestId("link-not-sent")).ToHaveCountAsync(0);
        await journey.CheckAsync(admin, "first-run-user");
    }

    private static async Task<string> CreateClientAsync(Journey journey, IPage admin, string name, string agency, string scope)
    {
        await admin.GotoAsync("/admin/clients");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create a client" }).ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await admin.GetByLabel("Agency").SelectOptionAsync(new SelectOptionValue { Label = agency });
        await admin.GetByLabel(scope, new() { Exact = true }).CheckAsync();
        await journey.CheckAsync(admin, "first-run-client-form");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create client and show its key" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Integration client created");
        var key = (await admin.Locator("[data-testid=issued-key]").InnerTextAsync()).Trim();
        await journey.CheckAsync(admin, "first-run-client-key");
        return key;
    }

    /// <summary>The person opens the link in the e-mail the service sent them and chooses their password.</summary>
    private static async Task SetPasswordAsync(Journey journey, BrowserFixture browser, Person person)
    {
        var mail = Directory.GetFiles(browser.App.MailFolder, "*.eml")
            .Select(file => MimeMessage.Load(file))
            .Single(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, person.Email, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal("Set your MissingChildren password", mail.Subject);
        var link = SetPasswordLink().Match(mail.TextBody ?? "");
        Assert.True(link.Success, "No set-password link in the e-mail to " + person.Email);

        var page = await journey.NewPageAsync();
        await page.GotoAsync(link.Groups[1].Value);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Set your password");
        await journey.CheckAsync(page, "first-run-set-password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(person.Password);
        await page.GetByLabel("Enter the new password again").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your password is set");
        await journey.CheckAsync(page, "first-run-password-set");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"https?://[^/\s]+(/account/set-password\?\S+)")]
    private static partial Regex SetPasswordLink();

    /// <summary>The people of the journey, each in a browser context of their own; every page checked at both widths.</summary>
    private sealed class Journey(BrowserFixture browser)
    {
        private readonly List<IPage> _pages = [];
        private readonly HashSet<string> _screenshots = new(StringComparer.Ordinal);

        public async Task<IPage> NewPageAsync()
        {
            var page = await browser.NewPageAsync();
            await page.SetViewportSizeAsync(1280, 900);
            _pages.Add(page);
            return page;
        }

        public async Task<IPage> SignedInAsync(Person person)
        {
            var page = await NewPageAsync();
            await page.GotoAsync("/account/sign-in");
            await SignInAsync(page, person.Email, person.Password);
            await CheckAsync(page, "first-run-landing");
            return page;
        }

        /// <summary>axe on the page as a desktop shows it and as a phone 390 pixels wide does (<see cref="AccessibilityExtensions.AssertAccessibleAsync"/>), with a screenshot of each the first time.</summary>
        public async Task CheckAsync(IPage page, string name)
        {
            var first = _screenshots.Add(name);
            await page.AssertAccessibleAsync();
            if (first)
            {
                await page.ScreenshotAsync(name + "-desktop");
            }

            if (first)
            {
                await page.SetViewportSizeAsync(AccessibilityExtensions.PhoneWidth, 844);
                await page.ScreenshotAsync(name + "-phone");
            }

            await page.SetViewportSizeAsync(1280, 900);
        }

        public async Task CloseAsync()
        {
            foreach (var page in _pages.Where(p => !p.IsClosed))
            {
                await page.Context.CloseAsync();
            }
        }
    }
}

/// <summary>
/// The browser over a new installation: Production, an empty database of the provider given, no demo data, e-mail to
/// a pickup folder, and the bootstrap administrator from configuration.
/// </summary>
public sealed class FirstRunBrowserFixture(string provider) : BrowserFixture(NewInstallation(provider))
{
    private static AppFactory NewInstallation(string provider)
    {
        var app = new FirstRunAppFactory(provider) { Environment = "Production" };
        app.With("Demo:Seed", "false")
            .With("Bootstrap:AdministratorEmail", "it.service.desk@council.example")
            .With("Bootstrap:AdministratorPassword", "Configured-Bootstrap-Password-1");
        return app;
    }

    private sealed class FirstRunAppFactory(string provider) : AppFactory(provider);
}
