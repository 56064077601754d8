using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.BrowserTests;

/// <summary>
/// Each role that may see children walks from the screen they land on after signing in to a child's record by the
/// child's name, and back again. axe runs on every page visited, as a desktop (1280 pixels) and a phone (390) show it.
/// </summary>
public sealed class ReachTheChildJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Roles.FrontDoor)]
    [InlineData(Roles.EmergencyDuty)]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.TeamManager)]
    [InlineData(Roles.RhiWorker)]
    [InlineData(Roles.HeadOfService)]
    [InlineData(Roles.Director)]
    [InlineData(Roles.Education)]
    public async Task FromTheLandingPage_TheChildsNameOpensTheirRecord_AndBack(string role)
    {
        browser.SkipUnlessAvailable();
        var childId = await WaitingForAManagerAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
        await CheckAsync(page);

        // From the landing page to the list that names the child.
        ILocator name;
        switch (role)
        {
            case Roles.FrontDoor or Roles.EmergencyDuty:
                await page.GetByRole(AriaRole.Link, new() { Name = "Missing Children and Young People" }).First.ClickAsync();
                var row = page.Locator("[data-testid=tray-row]").First;
                if (role == Roles.FrontDoor)
                {
                    // The episode names the child, and links to them.
                    await CheckAsync(page);
                    await row.Locator("[data-testid=episode-link]").ClickAsync();
                    await Assertions.Expect(page.GetByTestId("last-seen")).ToBeVisibleAsync();
                    name = page.GetByTestId("episode-child").GetByTestId("child-link");
                    break;
                }

                name = row.GetByTestId("child-link");
                break;
            case Roles.SocialWorker:
                await page.GetByRole(AriaRole.Link, new() { Name = "My children" }).ClickAsync();
                name = page.Locator("main table tbody tr a[href^='/children/']").First;
                break;
            case Roles.Education:
                // No list names their children: the header's search finds one allocated to their team by local ID.
                var localId = await browser.App.WithDbAsync(db => db.Children.Where(c => db.Teams.Any(t => t.Id == c.AllocatedTeamId && t.Name == "Inclusion and Attendance"))
                    .OrderBy(c => c.LocalId).Select(c => c.LocalId).FirstAsync());
                var search = page.GetByRole(AriaRole.Search, new() { Name = "Find a child" });
                await search.GetByLabel("Search for a child by name, date of birth, local ID or police reference").FillAsync(localId);
                await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
                name = page.Locator("main a[href^='/children/']").First;
                break;
            case Roles.RhiWorker:
                name = page.Locator("#interviews ~ .mc-table-region table").First.GetByTestId("child-link").First;
                break;
            default:
                // Managers land on the oversight dashboard; the child waits in their authorisation queue.
                await page.GetByRole(AriaRole.Link, new() { Name = "Authorisations" }).First.ClickAsync();

                name = page.GetByTestId("authorisation-queue").Locator($"a[href='/children/{childId}']").First;
                break;
        }

        await CheckAsync(page);
        var listed = page.Url;
        var childName = (await name.InnerTextAsync()).Trim();
        await name.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/children/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByTestId("child-name")).ToHaveTextAsync(childName);
        await CheckAsync(page);

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(listed);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(childName);
    }

    /// <summary>A demo child (P106) with an RHI waiting for the team manager of their team to authorise (R30): in the queues of that manager, the Heads of Service and the Director.</summary>
    private Task<Guid> WaitingForAManagerAsync()
    {
        var now = browser.App.Clock.GetUtcNow();
        return browser.App.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P106");
            db.Add(new DutyTask
            {
                ChildId = child.Id, Type = TaskType.ManagerAuthorisation, RuleId = "R30", DedupeKey = $"journey/{Guid.NewGuid():N}",
                Title = "Authorise the return home interview and record the outcome", Status = DutyStatus.Open,
                RaisedAt = now.AddYears(-1), DueAt = now.AddYears(-1), AssigneeRole = PolicyRole.TeamManager, AssigneeTeamId = child.AllocatedTeamId,
            });
            await db.SaveChangesAsync();
            return child.Id;
        });
    }

    /// <summary>axe on the page at 1280 and at 390 pixels wide, and no sideways scrolling at 390 and 320 (<see cref="AccessibilityExtensions.AssertAccessibleAsync"/>).</summary>
    private static Task CheckAsync(IPage page) => page.AssertAccessibleAsync();
}
