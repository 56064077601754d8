using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;
using static MissingChildren.IntegrationTests.Oversight.OversightSeed;

namespace MissingChildren.IntegrationTests.Oversight;

/// <summary>/oversight: the landing page of managers, Heads of Service and Directors, scoped to what each oversees.</summary>
public abstract class OversightDashboardTests
{
    private readonly AppFactory _app;

    protected OversightDashboardTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> Managers => [Roles.TeamManager, Roles.HeadOfService, Roles.Director];

    [Theory]
    [MemberData(nameof(Managers))]
    public async Task SignIn_AsAManager_LandsOnOversight_LinkedFromTheNavigation(string role)
    {
        var client = _app.CreateHtmlClient();

        var signedIn = await client.SignInAsync(role);
        var page = await client.GetAsync(signedIn.Location!);

        Assert.Equal("/oversight", signedIn.Location);
        Assert.Equal((HttpStatusCode.OK, "Oversight"), (page.StatusCode, page.Heading));
        Assert.NotNull(page.Document.QuerySelector(".govuk-service-navigation a[href='/oversight'][aria-current=page]"));
    }

    [Fact]
    public async Task TeamManager_SeesTheirTeamsChildren_AndNoOtherTeams()
    {
        var seed = await CreateAsync(_app);
        var client = await _app.SignedInAsync(seed.Manager);

        var page = await client.GetAsync(Links.Oversight);

        Assert.Equal(seed.Team.Name, page.Document.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal([seed.Missing.Id, seed.Placed.Id], LinkedChildren(page.Document.QuerySelector("[data-testid=missing-now]")));
        Assert.DoesNotContain(seed.OtherTeams.LocalId, page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Links.Oversight}?team={seed.OtherTeam.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Links.OversightChildren(OversightSet.MissingNow, seed.OtherTeam.Id))).StatusCode);
    }

    [Theory]
    [InlineData(Roles.HeadOfService)]
    [InlineData(Roles.Director)]
    public async Task HeadOfServiceAndDirector_SeeTheWholeService_OrOneTeamTheyChoose(string role)
    {
        var seed = await CreateAsync(_app);
        var client = await _app.SignedInAsync(role);

        var service = await client.GetAsync(Links.Oversight);
        var team = await client.GetAsync($"{Links.Oversight}?team={seed.Team.Id}");

        var all = LinkedChildren(service.Document.QuerySelector("[data-testid=missing-now]"));
        Assert.Equal("The whole service", service.Document.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Contains(seed.Missing.Id, all);
        Assert.Contains(seed.OtherTeams.Id, all);
        Assert.Equal(seed.Team.Name, team.Document.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal([seed.Missing.Id, seed.Placed.Id], LinkedChildren(team.Document.QuerySelector("[data-testid=missing-now]")));
        Assert.NotNull(team.Document.QuerySelector($"#team option[value='{seed.Team.Id}'][selected]"));
    }

    [Fact]
    public async Task EachFigure_CountsItsChildren_AndLinksToExactlyThoseChildren()
    {
        var seed = await CreateAsync(_app);
        var client = await _app.SignedInAsync(seed.Manager);
        var overdue = await seed.ChildrenWithDutiesAsync(_app, escalated: false);
        var overdueDuties = await _app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.Status == DutyStatus.Open && t.DueAt < _app.Clock.GetUtcNow()
            && db.Children.Any(c => c.Id == t.ChildId && c.AllocatedTeamId == seed.Team.Id)));
        var escalated = await seed.ChildrenWithDutiesAsync(_app, escalated: true);
        var expected = new Dictionary<OversightSet, (string Figure, Guid[] Children)>
        {
            [OversightSet.MissingNow] = ("2 children missing now", [seed.Missing.Id, seed.Placed.Id]),
            [OversightSet.Returned] = ("1 child returned in the last 72 hours", [seed.Returned.Id]),
            [OversightSet.Overdue] = ($"{overdueDuties} overdue duties", [.. overdue]),
            [OversightSet.RepeatMissing] = ("1 child missing 3 or more times in 90 days", [seed.Repeat.Id]),
            [OversightSet.PlacedHereMissing] = ("1 child placed here by another authority, missing now", [seed.Placed.Id]),
            [OversightSet.Escalated] = ($"{escalated.Count} escalated {(escalated.Count == 1 ? "duty" : "duties")}", [.. escalated]),
        };
        Assert.True(overdueDuties > 1, "The old episodes' duties are overdue");

        var page = await client.GetAsync(Links.Oversight);

        foreach (var (set, (figure, children)) in expected)
        {
            var link = page.Document.QuerySelector($"[data-testid=figure-{OversightSets.Slug(set)}] a")!;
            Assert.Equal(figure, Squash(link.TextContent));
            var listed = await client.GetAsync(link.GetAttribute("href")!);
            Assert.Equal(OversightSets.Title(set), listed.Heading);
            Assert.Equal(children.Order(), LinkedChildren(listed.Document.QuerySelector("main")).Order());
        }
    }

    [Fact]
    public async Task MissingNow_ShowsHowLongItsRiskWhatTheChildIsOpenToWhoHoldsItAndTheNextDuty()
    {
        var seed = await CreateAsync(_app);
        var client = await _app.SignedInAsync(seed.Manager);
        var next = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == seed.MissingEpisode && t.Status == DutyStatus.Open)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Select(t => new { t.Title, t.RuleId, t.DueAt }).FirstAsync());

        var page = await client.GetAsync(Links.Oversight);

        var cells = page.Document.QuerySelectorAll("[data-testid=missing-now-row]")[0].QuerySelectorAll("td").Select(c => Squash(c.TextContent)).ToList();
        Assert.Equal($"Missy {seed.Missing.LastName}{seed.Missing.LocalId}", cells[0]);
        Assert.StartsWith("30 hoursMissing since ", cells[1], StringComparison.Ordinal);
        Assert.Equal(["High", "Child looked after", $"Test social worker, {seed.Team.Name}"], cells[2..5]);
        Assert.StartsWith($"{next.Title} ({next.RuleId}) {DeadlineText.Local(next.DueAt)}", cells[5], StringComparison.Ordinal);
        var placed = page.Document.QuerySelector("[data-testid=placed-here-row]")!.QuerySelectorAll("td").Select(c => Squash(c.TextContent)).ToList();
        Assert.Equal(seed.Placed.Id, LinkedChildren(page.Document.QuerySelector("[data-testid=placed-here]")).Single());
        Assert.Equal([HomeAuthority], placed[3..4]);

        _app.Clock.Advance(TimeSpan.FromHours(20));
        var later = await (await _app.SignedInAsync(seed.Manager)).GetAsync(Links.Oversight);
        Assert.Equal("2 days 2 hours", Squash(later.Document.QuerySelector("[data-testid=missing-now-row] [data-testid=missing-for]")!.TextContent));
    }

    [Fact]
    public async Task Returned_ShowsItsInterview_WhetherOffered_AndWhetherInTimeByTheInterviewsOwnClock()
    {
        var seed = await CreateAsync(_app);
        var client = await _app.SignedInAsync(seed.Manager);
        var rhiId = await new TestData(_app).ReturnHomeInterviewOfAsync(seed.ReturnedEpisode);
        var offerDue = await _app.WithDbAsync(db => db.ReturnHomeInterviews.Where(r => r.Id == rhiId).Select(r => r.OfferDueAt).SingleAsync());

        async Task<string[]> RhiAsync()
        {
            var row = (await client.GetAsync(Links.Oversight)).Document.QuerySelector("[data-testid=returned-row]")!;
            return [.. new[] { "rhi-status", "rhi-offered", "rhi-in-time" }.Select(id => Squash(row.QuerySelector($"[data-testid={id}]")!.TextContent))];
        }

        Assert.Equal(["Requested", "No", $"Not offered yet Offer by {DeadlineText.Local(offerDue)}: {DeadlineText.Relative(offerDue, _app.Clock.GetUtcNow())}"], await RhiAsync());

        await OfferAsync(rhiId, offerDue.AddMinutes(-5));
        Assert.Equal(["Requested", $"Yes, {DeadlineText.Local(offerDue.AddMinutes(-5))}", "Offered in time"], await RhiAsync());

        await OfferAsync(rhiId, offerDue.AddHours(3));
        Assert.Equal(["Requested", $"Yes, {DeadlineText.Local(offerDue.AddHours(3))}", "Offered late"], await RhiAsync());
    }

    [Fact]
    public async Task AnOverdueDuty_IsCountedByTeamAndType_NamingItsOwner_AndOnceEscalated_NamesWhoMustAct()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var manager = await data.WorkerAsync(Roles.TeamManager, team);
        var worker = await data.WorkerAsync(Roles.SocialWorker, team);
        var child = await data.ChildAsync("CLA", team, worker);
        var episode = await data.ReturnedAsync(child, missingHoursAgo: 10, foundHoursAgo: 2);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .Where(t => t.EpisodeId == episode && t.Status == DutyStatus.Open && t.AssigneeTeamId == team.Id).OrderBy(t => t.DueAt).FirstAsync());
        var type = Words.Of(duty.Type);
        var owner = duty.AssigneeUserId == worker.Id ? "Test social worker" : duty.AssigneeUserId == manager.Id ? "Test team manager" : $"{team.Name}, no one named";
        var client = await _app.SignedInAsync(manager);
        Assert.Null((await client.GetAsync(Links.Oversight)).Document.QuerySelector("[data-testid=escalated]"));

        // Sessions end after hours without use: the manager signs in again once the clock has moved on.
        await data.AdvanceToAsync(duty.DueAt.AddMinutes(1));
        client = await _app.SignedInAsync(manager);
        var page = await client.GetAsync(Links.Oversight);

        var count = await _app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.Status == DutyStatus.Open && t.AssigneeTeamId == team.Id && t.Type == duty.Type && t.DueAt < _app.Clock.GetUtcNow()));
        var row = page.Document.QuerySelectorAll("[data-testid=overdue-row]").Single(r => r.QuerySelectorAll("td")[1].TextContent == type);
        Assert.Equal([team.Name, type, $"{count} overdue: {type}, {team.Name}", $"{owner} ({count})"], row.QuerySelectorAll("td").Select(c => Squash(c.TextContent)));
        var behind = await client.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal([child.Id], LinkedChildren(behind.Document.QuerySelector("main")));
        Assert.Equal($"{type}, held by {team.Name}", Squash(behind.Document.QuerySelector("[data-testid=narrowed]")!.TextContent));
        var escalated = page.Document.QuerySelectorAll("[data-testid=escalated-row]").Single(r => r.TextContent.Contains(duty.Title, StringComparison.Ordinal));
        Assert.Equal([owner, "Team manager", "Test team manager"], escalated.QuerySelectorAll("td").Skip(3).Select(c => Squash(c.TextContent)));

        await data.AdvanceToAsync(duty.DueAt.AddHours(25));
        client = await _app.SignedInAsync(manager);
        var heads = await _app.WithDbAsync(db => db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.HeadOfService), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users, id => id, u => u.Id, (_, u) => u.DisplayName).ToListAsync());
        escalated = (await client.GetAsync(Links.Oversight)).Document.QuerySelectorAll("[data-testid=escalated-row]").Single(r => r.TextContent.Contains(duty.Title, StringComparison.Ordinal));
        Assert.Equal(["Head of Service", string.Join(", ", heads.Order(StringComparer.Ordinal))], escalated.QuerySelectorAll("td").Skip(4).Select(c => Squash(c.TextContent)));
    }

    [Fact]
    public async Task TheChildrenBehindAFigure_AreAuditedAsRead_AndAnUnknownFigureIsNotFound()
    {
        var seed = await CreateAsync(_app);
        var client = await _app.SignedInAsync(seed.Manager);

        var page = await client.GetAsync(Links.OversightChildren(OversightSet.RepeatMissing));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == seed.Repeat.Id && a.Action == "Viewed" && a.Actor == seed.Manager.Email)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Links.Oversight}/children?set=nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Links.Oversight}/children?set=overdue&holder=nobody")).StatusCode);
    }

    /// <summary>R17: the interview offered at <paramref name="at"/>, as every way of offering it closes its offer duty.</summary>
    private Task OfferAsync(Guid rhiId, DateTimeOffset at) =>
        _app.WithDbAsync(async db =>
        {
            var key = Domain.ReturnInterviews.RhiOffer.DutyKey(rhiId);
            var offer = await db.DutyTasks.SingleAsync(t => t.DedupeKey == key);
            offer.Status = DutyStatus.Open;
            offer.Complete(at, "Interview offered");
            return await db.SaveChangesAsync();
        });
}

public sealed class OversightDashboardTestsOnSqlite(SqliteAppFactory app) : OversightDashboardTests(app), IClassFixture<SqliteAppFactory>;

public sealed class OversightDashboardTestsOnPostgreSql(PostgreSqlAppFactory app) : OversightDashboardTests(app), IClassFixture<PostgreSqlAppFactory>;
