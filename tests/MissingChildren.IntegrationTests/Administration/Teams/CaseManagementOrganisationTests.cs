using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.Administration;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.IntegrationTests.Administration.Teams;

/// <summary>
/// The case management system pushes children with the council's own teams and workers, and none is refused:
/// an unknown team is made and administrators told; an unknown worker is kept by e-mail, their work held by their team's
/// manager until their account is made and they inherit it.
/// </summary>
public abstract class CaseManagementOrganisationTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected CaseManagementOrganisationTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task PutChild_WithAnUnknownTeam_Creates201_MakesTheTeamNeedingSetUp_TellsAdministrators_AndASecondPutReusesIt()
    {
        var name = TestData.Unique("Locality team ");
        var client = _app.CreateApiClient();

        var (first, firstBody) = await client.PutJsonAsync($"/api/v1/children/{TestData.Unique("T")}", Child(allocatedTeam: name));
        var (second, _) = await client.PutJsonAsync($"/api/v1/children/{TestData.Unique("T")}", Child(allocatedTeam: name.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(name, (string?)firstBody!["allocatedTeam"]);
        var upper = name.ToUpperInvariant();
        var team = Assert.Single(await _app.WithDbAsync(db => db.Teams.Where(t => t.Name == name || t.Name == upper).ToListAsync()));
        Assert.Equal((TeamFunction.Unknown, true, Agency.ChildrensSocialCare), (team.Function, team.NeedsSetUp, team.Agency));
        Assert.Contains("case management system", team.Description, StringComparison.Ordinal);
        Assert.Equal(2, await _app.WithDbAsync(db => db.Children.CountAsync(c => c.AllocatedTeamId == team.Id)));
        var notices = await _app.WithDbAsync(db => db.Notices.Where(n => n.Link == $"/admin/teams/{team.Id}")
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.Email, n.Title }).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal(DemoUsers.EmailFor(Roles.Administrator), notice.Email);
        Assert.Equal("A team named by the case management system needs setting up", notice.Title);
    }

    [Fact]
    public async Task PutChildren_NamingTheSameNewTeamAtTheSameMoment_AreAllAccepted_AndMakeOneTeam()
    {
        var name = TestData.Unique("Simultaneous team ");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{TestData.Unique("T")}", Child(allocatedTeam: name))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.Response.StatusCode));
        var team = Assert.Single(await _app.WithDbAsync(db => db.Teams.Where(t => t.Name == name).ToListAsync()));
        Assert.Equal(6, await _app.WithDbAsync(db => db.Children.CountAsync(c => c.AllocatedTeamId == team.Id)));
        Assert.Single(await _app.WithDbAsync(db => db.Notices.Where(n => n.Link == $"/admin/teams/{team.Id}").ToListAsync()));
    }

    [Fact]
    public async Task PutChild_WithAWorkerWhoHasNoAccount_IsAccepted_AndKeepsTheirEmail()
    {
        var localId = TestData.Unique("T");
        var email = $"{TestData.Unique("New.Worker")}@Example.org";

        var (response, body) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{localId}", Child(allocatedTeam: "Corporate Parenting", worker: email));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(email.ToLowerInvariant(), (string?)body!["allocatedWorkerEmail"]);
        var child = await _app.WithDbAsync(db => db.Children.SingleAsync(c => c.LocalId == localId));
        Assert.Equal((email.ToLowerInvariant(), (string?)null), (child.AllocatedWorkerEmail, child.AllocatedWorkerId));
    }

    [Fact]
    public async Task PutChild_WithAKnownWorker_LinksThem()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var localId = TestData.Unique("T");

        var (response, _) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{localId}", Child(allocatedTeam: team.Name, worker: worker.Email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var child = await _app.WithDbAsync(db => db.Children.SingleAsync(c => c.LocalId == localId));
        Assert.Equal((worker.Id, worker.Email, (Guid?)team.Id), (child.AllocatedWorkerId, child.AllocatedWorkerEmail, child.AllocatedTeamId));
    }

    [Fact]
    public async Task DutiesOfAChildWhoseWorkerHasNoAccount_ReachTheTeamManager_OnTheHomePageAndWhenOverdue()
    {
        var (team, manager, email, child, duty) = await ReturnedChildOfAWorkerWithNoAccountAsync();
        var home = await (await _app.SignedInAsync(manager)).GetAsync("/");

        Assert.Equal((PolicyRole.SocialWorker, (string?)null, (Guid?)team.Id), (duty.AssigneeRole, duty.AssigneeUserId, duty.AssigneeTeamId));
        var table = home.Document.QuerySelector("[data-testid=awaiting-worker]");
        Assert.NotNull(table);
        Assert.Contains("Work for a worker who has no account yet", table.TextContent, StringComparison.Ordinal);
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(child.LastName, StringComparison.Ordinal) && r.TextContent.Contains($"({duty.RuleId})", StringComparison.Ordinal));
        Assert.Contains($"{email} (no account yet)", row.TextContent, StringComparison.Ordinal);
        var where = Links.WhereDutyIsDone(child.Id, duty.Id, duty.Type, duty.RuleId, duty.ReturnHomeInterviewId, duty.AssigneeRole);
        Assert.NotNull(where);
        Assert.Contains(row.QuerySelectorAll("a"), a => a.GetAttribute("href") == where.Href);

        var escalation = _app.Services.GetRequiredService<PolicyProfile>().Oversight.Escalation;
        await _data.AdvanceToAsync(duty.DueAt.AddHours(escalation.ToTeamManagerWhenOverdueByHours).AddMinutes(5));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Notices.CountAsync(n => n.DutyTaskId == duty.Id && n.UserId == manager.Id)));
    }

    [Fact]
    public async Task AUserCreatedLater_InheritsTheChildAndTheirUnownedDuties_AndTheManagerNoLongerHoldsThem()
    {
        var (team, manager, email, child, duty) = await ReturnedChildOfAWorkerWithNoAccountAsync();

        string userId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Later Worker", TeamId = team.Id };
            Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.SocialWorker)).Succeeded);
            var tracked = await db.Users.SingleAsync(u => u.Id == user.Id);
            Assert.Equal(1, await NamedWorkers.InheritAsync(db, tracked, _app.Clock.GetUtcNow(), CancellationToken.None));
            await db.SaveChangesAsync();
            userId = user.Id;
        }

        var home = await (await _app.SignedInAsync(manager)).GetAsync("/");
        Assert.Equal(userId, await _app.WithDbAsync(db => db.Children.Where(c => c.Id == child.Id).Select(c => c.AllocatedWorkerId).SingleAsync()));
        Assert.Equal(userId, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == duty.Id).Select(t => t.AssigneeUserId).SingleAsync()));
        // The duty given to them by name is a notice waiting for them.
        Assert.Equal(1, await _app.WithDbAsync(db => db.Notices.CountAsync(n => n.UserId == userId && n.DutyTaskId == duty.Id)));
        Assert.DoesNotContain(child.LastName, home.Document.QuerySelector("[data-testid=awaiting-worker]")?.TextContent ?? "", StringComparison.Ordinal);
    }

    private static object Child(string? allocatedTeam = null, string? worker = null) => new
    {
        firstName = "Robin",
        lastName = TestData.Surname(),
        dateOfBirth = "2011-04-17",
        gender = (string?)null,
        address = (string?)null,
        involvements = new object[] { new { type = "CIN", startDate = "2024-01-10" } },
        allocatedTeam,
        allocatedWorkerEmail = worker,
    };

    /// <summary>
    /// A looked-after child of a team of the test's own (with its manager), whose social worker the case management system
    /// named before they had an account, back from a missing episode: the first open duty given to the social worker.
    /// </summary>
    private async Task<(TestData.TestTeam Team, TestData.TestWorker Manager, string Email, TestData.TestChild Child, DutyTask Duty)> ReturnedChildOfAWorkerWithNoAccountAsync()
    {
        _app.AdvanceIntoWorkingHours();
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var email = $"{TestData.Unique("named-")}@example.org";
        var child = await _data.ChildAsync("CLA", team, allocatedWorkerEmail: email);
        var episodeId = await _data.ReturnedAsync(child);
        var duty = await _app.WithDbAsync(async db => (await db.DutyTasks.AsNoTracking()
                .Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open && t.AssigneeRole == PolicyRole.SocialWorker).ToListAsync())
            .OrderBy(t => t.DueAt).First());
        return (team, manager, email, child, duty);
    }
}

public sealed class CaseManagementOrganisationTestsOnSqlite(SqliteAppFactory app) : CaseManagementOrganisationTests(app), IClassFixture<SqliteAppFactory>;

public sealed class CaseManagementOrganisationTestsOnPostgreSql(PostgreSqlAppFactory app) : CaseManagementOrganisationTests(app), IClassFixture<PostgreSqlAppFactory>;
