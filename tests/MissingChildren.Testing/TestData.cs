using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Teams;
using Xunit;

namespace MissingChildren.Testing;

/// <summary>
/// Builders for the data one test needs, made through the app's own use cases (the integration API for children and
/// notifications) so it is routed and given its duties exactly as in use. Every name is unique: a test that makes its
/// own team (and worker) reads lists that hold only its rows, and otherwise reads its rows by id.
/// </summary>
/// <example>
/// <code>
/// var data = new TestData(app);
/// var team = await data.TeamAsync();
/// var worker = await data.WorkerAsync(Roles.SocialWorker, team);
/// var child = await data.ChildAsync(team: team, worker: worker, involvement: "CLA");
/// var episode = await data.ReturnedAsync(child);          // missing six hours ago, found an hour ago
/// var duty = await data.DutyAsync(episode, RuleIds.…);     // the open duty the rule raised
/// await data.AdvanceToAsync(duty.DueAt.AddMinutes(1));     // the duty is overdue
/// var client = await app.SignedInAsync(worker);
/// </code>
/// </example>
public sealed class TestData(AppFactory app)
{
    public sealed record TestTeam(Guid Id, string Name);

    public sealed record TestWorker(string Id, string Email, string Role, Guid? TeamId);

    public sealed record TestChild(Guid Id, string LocalId, string FirstName, string LastName, string DateOfBirth);

    public DateTimeOffset Now => app.Clock.GetUtcNow();

    /// <summary>An instant as the integration API takes it.</summary>
    public static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>A letters-only unique surname (a name never has digits).</summary>
    public static string Surname()
    {
        var letters = Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(8);
        return "Q" + new string([.. letters]);
    }

    /// <summary>A date of birth (as the API takes it) for a child of this age today, a month past their birthday.</summary>
    public string BornYearsAgo(int age) =>
        DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-age).AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A team of its own: lists filtered by it, and the duties routed to it, hold only this test's rows.</summary>
    public async Task<TestTeam> TeamAsync(TeamFunction function = TeamFunction.SocialWork, Agency agency = Agency.ChildrensSocialCare)
    {
        var team = new Team { Name = Unique("Test team "), Function = function, Agency = agency };
        await app.WithDbAsync(db =>
        {
            db.Teams.Add(team);
            return db.SaveChangesAsync();
        });
        return new TestTeam(team.Id, team.Name);
    }

    /// <summary>A member of staff with one role, in the team given (or none), who signs in with the demo password.</summary>
    public async Task<TestWorker> WorkerAsync(string role, TestTeam? team = null, Agency agency = Agency.ChildrensSocialCare)
    {
        var email = $"{Unique("worker-")}@example.org";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {Roles.DisplayName(role).ToLowerInvariant()}", TeamId = team?.Id, Agency = agency };
        Succeeded(await users.CreateAsync(user, DemoUsers.Password));
        Succeeded(await users.AddToRoleAsync(user, role));
        return new TestWorker(user.Id, email, role, team?.Id);
    }

    /// <summary>
    /// A child known to the council (PUT /api/v1/children), with one current involvement (CLA, CP, CIN, EarlyHelp,
    /// YOS, CME…) when given, allocated to a team (by default the one of <paramref name="worker"/>) and worker (or a
    /// worker the case management system names by <paramref name="allocatedWorkerEmail"/>).
    /// </summary>
    public async Task<TestChild> ChildAsync(
        string? involvement = null,
        TestTeam? team = null,
        TestWorker? worker = null,
        string firstName = "Tobias",
        string dateOfBirth = "2011-04-17",
        string? allocatedTeam = null,
        string? homeAuthority = null,
        bool unaccompaniedAsylumSeeker = false,
        string address = "12 Test Road, Weston",
        string? allocatedWorkerEmail = null)
    {
        var localId = Unique("T");
        var lastName = Surname();
        object[] involvements = involvement is null ? [] : [new { type = involvement, startDate = "2024-01-10", homeAuthority }];
        var (response, _) = await app.CreateApiClient().PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName,
            lastName,
            dateOfBirth,
            gender = (string?)null,
            address,
            unaccompaniedAsylumSeeker,
            involvements,
            allocatedTeam = allocatedTeam ?? team?.Name ?? await TeamNameAsync(worker?.TeamId),
            allocatedWorkerEmail = allocatedWorkerEmail ?? worker?.Email,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = await app.WithDbAsync(db => db.Children.Where(c => c.LocalId == localId).Select(c => c.Id).SingleAsync());
        return new TestChild(id, localId, firstName, lastName, dateOfBirth);
    }

    /// <summary>A police report, as the integration API takes it, about the child described by <paramref name="child"/>.</summary>
    public object Report(string reference, object child, double hoursAgo = 3, string kind = "Missing", string risk = "Medium") => new
    {
        source = "Police",
        sourceReference = reference,
        kind,
        child,
        missingFrom = Iso(Now.AddHours(-hoursAgo)),
        reportedAt = Iso(Now.AddHours(-hoursAgo).AddMinutes(30)),
        policeRiskLevel = risk,
        lastSeenLocation = "Weston bus station",
    };

    /// <summary>Sends a notification through the integration API; it must be accepted.</summary>
    public async Task<JsonNode> NotifyAsync(object notification)
    {
        var (response, body) = await app.CreateApiClient().PostJsonAsync("/api/v1/notifications", notification);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body!;
    }

    /// <summary>The child is reported missing (or absent) by the police: the new episode's id, routed with its duties.</summary>
    public async Task<Guid> MissingAsync(TestChild child, double hoursAgo = 3, string kind = "Missing", string risk = "Medium", string? reference = null)
    {
        var body = await NotifyAsync(Report(reference ?? Unique("POL-"), new { localId = child.LocalId }, hoursAgo, kind, risk));
        return Guid.Parse((string)body["episodeId"]!);
    }

    /// <summary>The police report the child found, closing the missing report <paramref name="reference"/>.</summary>
    public Task<JsonNode> FoundAsync(TestChild child, string reference, double hoursAgo = 1) =>
        NotifyAsync(new
        {
            source = "Police",
            sourceReference = reference + "-F",
            kind = "Found",
            child = new { localId = child.LocalId },
            relatesTo = reference,
            foundAt = Iso(Now.AddHours(-hoursAgo)),
        });

    /// <summary>The child went missing and has been found: the returned episode's id (its RHI is requested, R17).</summary>
    public async Task<Guid> ReturnedAsync(TestChild child, double missingHoursAgo = 6, double foundHoursAgo = 1, string risk = "Medium")
    {
        var reference = Unique("POL-");
        var episodeId = await MissingAsync(child, missingHoursAgo, risk: risk, reference: reference);
        await FoundAsync(child, reference, foundHoursAgo);
        return episodeId;
    }

    /// <summary>The return home interview the returned episode asked for (R17).</summary>
    public Task<Guid> ReturnHomeInterviewOfAsync(Guid episodeId) =>
        app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId!.Value).SingleAsync());

    /// <summary>The episode's open duty raised by a rule (R… in <see cref="RuleIds"/>).</summary>
    public Task<DutyTask> DutyAsync(Guid episodeId, string ruleId) =>
        app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.EpisodeId == episodeId && t.RuleId == ruleId && t.Status == DutyStatus.Open));

    /// <summary>Moves the clock on to the instant given (a duty's deadline, say) and runs the duty sweep, as the minute job would.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        if (instant > Now)
        {
            app.Clock.Advance(instant - Now);
        }

        await app.SweepAsync();
    }

    private async Task<string?> TeamNameAsync(Guid? teamId) =>
        teamId is null ? null : await app.WithDbAsync(db => db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleAsync());

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
