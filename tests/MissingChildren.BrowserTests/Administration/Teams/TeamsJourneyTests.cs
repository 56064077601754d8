using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Teams;

namespace MissingChildren.BrowserTests.Administration.Teams;

/// <summary>An administrator adds a return interview service for an area and gives it a member. axe on every page visited.</summary>
public sealed class TeamsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_AddsATeamForAnArea_AndAMember()
    {
        browser.SkipUnlessAvailable();
        var name = $"Chatham interviews {Guid.NewGuid():N}"[..28];
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.Administrator));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });

        await page.GotoAsync("/admin/teams");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Teams");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a team" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save team" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the team's name");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Return interview service", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Family wellbeing (early help)" });
        await page.GetByLabel("Areas (optional)").FillAsync("ME4, ME5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save team" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToHaveTextAsync($"{name} added");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Add a member").SelectOptionAsync(new SelectOptionValue { Label = $"Rory Interview Worker ({DemoUsers.EmailFor(Roles.RhiWorker)}), leaves Family Wellbeing" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the team" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToHaveTextAsync("Rory Interview Worker has joined this team and left Family Wellbeing");
        await page.AssertAccessibleAsync();

        var team = await browser.App.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Name == name));
        Assert.Equal((TeamFunction.ReturnInterviews, Agency.FamilyWellbeing), (team.Function, team.Agency));
        Assert.Equal(["ME4", "ME5"], team.Areas);
    }
}
