using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Authorisations;

/// <summary>The manager authorisation queue at /authorisations and the R30 decision (screens.md; R30).</summary>
public abstract class AuthorisationQueueTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected AuthorisationQueueTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    /// <summary>A returned episode of a Corporate Parenting child whose RHI was concluded and sent for authorisation.</summary>
    private async Task<(Guid TaskId, Guid EpisodeId, Guid RhiId)> SentForAuthorisationAsync(
        string localId, bool childFound = true, RhiStatus? concludedAs = RhiStatus.Completed, double dueInDays = 2)
    {
        var now = _app.Clock.GetUtcNow();
        return await _app.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == localId);
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = EpisodeCategory.Missing, Status = childFound ? EpisodeStatus.Returned : EpisodeStatus.Open,
                MissingFrom = now.AddDays(-3), ReportedAt = now.AddDays(-3), NotifiedAt = now.AddDays(-3),
                FoundAt = childFound ? now.AddDays(-2) : null, ReturnKnownAt = childFound ? now.AddDays(-2) : null,
            };
            var rhi = new ReturnHomeInterview
            {
                ChildId = child.Id, Status = concludedAs is null ? RhiStatus.Allocated : RhiStatus.AwaitingAuthorisation, ConcludedAs = concludedAs,
                RequestedAt = now.AddDays(-2), OfferDueAt = now.AddDays(1), AllocatedTeamId = child.AllocatedTeamId,
            };
            episode.ReturnHomeInterviewId = rhi.Id;
            var task = new DutyTask
            {
                ChildId = child.Id, EpisodeId = episode.Id, ReturnHomeInterviewId = rhi.Id, Type = TaskType.ManagerAuthorisation, RuleId = "R30",
                DedupeKey = $"test/{Guid.NewGuid():N}", Title = "Authorise the return home interview and record the outcome", Status = DutyStatus.Open,
                RaisedAt = now, DueAt = now.AddDays(dueInDays), AssigneeRole = PolicyRole.TeamManager, AssigneeTeamId = child.AllocatedTeamId,
            };
            db.AddRange(rhi, episode, task);
            await db.SaveChangesAsync();
            return (task.Id, episode.Id, rhi.Id);
        });
    }

    private async Task<HtmlClient.Page> DecideAsync(Guid taskId, Dictionary<string, string?> fields, string role = Roles.TeamManager)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);
        var page = await client.GetAsync($"/authorisations/{taskId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await client.SubmitAsync(page, fields);
    }

    [Fact]
    public async Task AnotherTeamsAuthorisation_IsNotFoundForTheTeamManager_ButTheHeadOfServiceDecidesIt()
    {
        var (taskId, _, _) = await SentForAuthorisationAsync("P118"); // a CP child held by Family Support, not the demo manager's team
        var manager = _app.CreateHtmlClient();
        await manager.SignInAsync(Roles.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/authorisations/{taskId}")).StatusCode);
        Assert.Null((await manager.GetAsync("/authorisations")).Document.QuerySelector($"a[href='/authorisations/{taskId}']"));
        await Assert.ThrowsAsync<MissingChildren.Web.Features.RecordNotFoundException>(async () => await DecideAsUserAsync(taskId, DemoUsers.EmailFor(Roles.TeamManager)));
        Assert.Equal(DutyStatus.Open, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));

        var result = await DecideAsync(taskId, new() { ["Decision"] = "Return", ["ReturnReason"] = "Add the parents' views." }, Roles.HeadOfService);
        Assert.Equal("/authorisations", result.Location);
    }

    /// <summary>Sends the decision straight to the use case as this user, as a second node or a crafted request would.</summary>
    private async Task DecideAsUserAsync(Guid taskId, string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<MissingChildren.Data.AppDbContext>().Users.SingleAsync(u => u.Email == email);
        var http = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        http.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new(System.Security.Claims.ClaimTypes.NameIdentifier, user.Id), new(System.Security.Claims.ClaimTypes.Name, email), new(System.Security.Claims.ClaimTypes.Role, Roles.TeamManager)], "test")),
        };
        await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new MissingChildren.Web.Features.Authorisations.DecideAuthorisation.Command(taskId, MissingChildren.Domain.Authorisations.Decision.Returned, null, null, "Crafted."));
    }

    [Fact]
    public async Task Queue_ShowsTheTeamsAuthorisationsOldestDeadlineFirst()
    {
        // A team of the test's own, so its manager's queue holds only these two.
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var (later, _, _) = await SentForAuthorisationAsync((await _data.ChildAsync(involvement: "CLA", team: team)).LocalId, dueInDays: 2);
        var (sooner, _, _) = await SentForAuthorisationAsync((await _data.ChildAsync(involvement: "CLA", team: team)).LocalId, dueInDays: 1);
        var client = await _app.SignedInAsync(manager);

        var page = await client.GetAsync("/authorisations");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Waiting for you", page.Heading);
        var links = page.Document.QuerySelectorAll("[data-testid=authorisation-queue] tbody tr a[href^='/authorisations/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/authorisations/{sooner}", $"/authorisations/{later}"], links);
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.RhiWorker)]
    [InlineData(Roles.Police)]
    public async Task Queue_IsForbiddenToOtherRoles(string role)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);

        var page = await client.GetAsync("/authorisations");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Theory]
    [InlineData(null, null, null, null, "Decision", "Select whether to authorise it or return it to the worker")]
    [InlineData("Authorise", null, "Fine", null, "Outcome", "Select the outcome")]
    [InlineData("Authorise", "ContinueCurrentSupport", null, null, "Rationale", "Enter the rationale for your decision")]
    [InlineData("Return", null, null, null, "ReturnReason", "Enter why you are returning it to the worker")]
    public async Task Post_WhenIncomplete_ReturnsErrorAndDecidesNothing(string? decision, string? outcome, string? rationale, string? reason, string field, string message)
    {
        var (taskId, _, _) = await SentForAuthorisationAsync("P105");

        var page = await DecideAsync(taskId, new() { ["Decision"] = decision, ["Outcome"] = outcome, ["Rationale"] = rationale, ["ReturnReason"] = reason });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, page.ErrorSummary);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(DutyStatus.Open, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task Authorise_WhileTheChildIsStillMissing_IsRefusedNamingTheCondition()
    {
        var (taskId, _, _) = await SentForAuthorisationAsync("P106", childFound: false);

        var page = await DecideAsync(taskId, new() { ["Decision"] = "Authorise", ["Outcome"] = "ContinueCurrentSupport", ["Rationale"] = "Seen and safe." });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("The child has not been found: record the return before authorising", page.ErrorSummary);
        Assert.Equal(0, await _app.WithDbAsync(db => db.AuthorisationDecisions.CountAsync(d => d.DutyTaskId == taskId)));
    }

    [Fact]
    public async Task Authorise_BeforeTheRhiIsConcluded_IsRefusedNamingTheCondition()
    {
        var (taskId, _, _) = await SentForAuthorisationAsync("P107", concludedAs: null);

        var page = await DecideAsync(taskId, new() { ["Decision"] = "Authorise", ["Outcome"] = "ContinueCurrentSupport", ["Rationale"] = "Seen and safe." });

        Assert.Contains("The return home interview has not been done, declined or recorded as no contact", page.ErrorSummary);
    }

    [Theory]
    [InlineData(RhiStatus.Completed, "Closed: return home interview held and authorised")]
    [InlineData(RhiStatus.Declined, "Closed: interview declined, authorised by a manager")]
    [InlineData(RhiStatus.NoContact, "Closed: no contact after the attempts and the letter, authorised by a manager")]
    public async Task Authorise_ClosesTheEpisode_ShowingHowTheInterviewEnded(RhiStatus concludedAs, string shown)
    {
        // R24, R30: a declined or no-contact interview is finalised by the manager like a held one, and the episode says which.
        var (taskId, episodeId, _) = await SentForAuthorisationAsync("P108", concludedAs: concludedAs);

        await DecideAsync(taskId, new() { ["Decision"] = "Authorise", ["Outcome"] = "SupportDeclined", ["Rationale"] = "Offered support; declined." });

        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);
        var episode = await client.GetAsync($"/episodes/{episodeId}");
        Assert.StartsWith(shown, episode.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReferToChildrensServices")]
    [InlineData("ContinueCurrentSupport")]
    [InlineData("ConveneStrategyMeeting")]
    [InlineData("ConveneLegalPlanningMeeting")]
    [InlineData("ReferToFamilyWellbeing")]
    [InlineData("ReferToCommunityService")]
    [InlineData("SupportDeclined")]
    public async Task Authorise_WithEachOutcome_RecordsItClosesTheEpisodeAndAuthorisesTheRhi(string outcome)
    {
        var (taskId, episodeId, rhiId) = await SentForAuthorisationAsync("P108");

        var result = await DecideAsync(taskId, new() { ["Decision"] = "Authorise", ["Outcome"] = outcome, ["Rationale"] = "The interview shows the plan is working." });

        Assert.Equal("/authorisations", result.Location);
        var decision = await _app.WithDbAsync(db => db.AuthorisationDecisions.SingleAsync(d => d.DutyTaskId == taskId));
        Assert.Equal(Decision.Authorised, decision.Decision);
        Assert.Equal(Enum.Parse<ManagerOutcome>(outcome), decision.Outcome);
        Assert.Equal(DemoUsers.EmailFor(Roles.TeamManager), decision.DecidedBy);
        Assert.Equal(EpisodeStatus.Closed, await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Status).SingleAsync()));
        Assert.Equal(RhiStatus.Authorised, await _app.WithDbAsync(db => db.ReturnHomeInterviews.Where(r => r.Id == rhiId).Select(r => r.Status).SingleAsync()));
        Assert.Equal(DutyStatus.Done, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task Authorise_TheOutcomeAndRationale_AreShownOnTheRhiAfterwards()
    {
        var (taskId, _, rhiId) = await SentForAuthorisationAsync("P108");

        await DecideAsync(taskId, new() { ["Decision"] = "Authorise", ["Outcome"] = "ConveneStrategyMeeting", ["Rationale"] = "Older associates seen at the bus station again." });

        var client = await _app.SignedInAsync(Roles.HeadOfService);
        var page = await client.GetAsync($"/rhi/{rhiId}");
        var decision = page.Document.QuerySelector("[data-testid=decision]")!.TextContent;
        Assert.Contains("Authorised", decision, StringComparison.Ordinal);
        Assert.Contains("Convene a strategy meeting", decision, StringComparison.Ordinal);
        Assert.Contains("Older associates seen at the bus station again.", decision, StringComparison.Ordinal);
        Assert.Contains("by Tina Team Manager", decision, StringComparison.Ordinal); // by name, not e-mail address
    }

    [Fact]
    public async Task Return_SendsItBackToTheWorkerWithTheReason()
    {
        var (taskId, episodeId, rhiId) = await SentForAuthorisationAsync("P109", concludedAs: RhiStatus.Declined);

        var manager = await _app.SignedInAsync(Roles.TeamManager);
        var result = await manager.SubmitAsync(await manager.GetAsync($"/authorisations/{taskId}"),
            new Dictionary<string, string?> { ["Decision"] = "Return", ["ReturnReason"] = "Record what support was offered to the family." });

        Assert.Equal("/authorisations", result.Location);
        // The queue the manager goes back to says what they did.
        Assert.Equal("Decision recorded: returned to the worker",
            (await manager.GetAsync(result.Location!)).Document.QuerySelector("[data-testid=success] .govuk-notification-banner__heading")?.TextContent);
        var rhi = await _app.WithDbAsync(db => db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId));
        Assert.Equal(RhiStatus.Declined, rhi.Status);
        Assert.Equal("Record what support was offered to the family.", rhi.ReturnedReason);
        Assert.Equal(EpisodeStatus.Returned, await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Status).SingleAsync()));
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);
        var (_, row) = await MissingChildren.IntegrationTests.ReturnInterviews.RhiTestData.TrayRowAsync(client, rhiId);
        Assert.Contains("Returned by the manager", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Record what support was offered to the family.", row.QuerySelector("[data-testid='returned-reason']")!.TextContent.Trim());
        Assert.Contains("Correct it and send for authorisation again", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueDuty_EscalatedToTheHeadOfService_AppearsInTheirQueue()
    {
        var now = _app.Clock.GetUtcNow();
        var (_, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = $"AUTH-{Guid.NewGuid():N}", kind = "Missing", child = new { localId = "P116" },
            missingFrom = now.AddHours(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        var episodeId = Guid.Parse((string)body!["episodeId"]!);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open).OrderBy(t => t.DueAt).FirstAsync());
        _app.Clock.Advance(duty.DueAt - now + TimeSpan.FromHours(26));
        await _app.SweepAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.HeadOfService);

        var page = await client.GetAsync($"/authorisations?type={duty.Type}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var row = page.Document.QuerySelectorAll("[data-testid=authorisation-queue] tbody tr").FirstOrDefault(r => r.TextContent.Contains(duty.Title, StringComparison.Ordinal));
        Assert.NotNull(row);
        Assert.Contains("Escalated to Head of Service", row!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class AuthorisationQueueTestsOnSqlite(SqliteAppFactory app) : AuthorisationQueueTests(app), IClassFixture<SqliteAppFactory>;

public sealed class AuthorisationQueueTestsOnPostgreSql(PostgreSqlAppFactory app) : AuthorisationQueueTests(app), IClassFixture<PostgreSqlAppFactory>;
