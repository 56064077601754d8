using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;

namespace MissingChildren.IntegrationTests.Oversight;

/// <summary>
/// A team of its own with a manager, a social worker and one child behind each dashboard figure, and a child missing in
/// another team: a team manager's dashboard holds only these.
/// </summary>
public sealed partial record OversightSeed(
    TestData.TestTeam Team,
    TestData.TestWorker Manager,
    TestData.TestWorker Worker,
    TestData.TestChild Missing,
    Guid MissingEpisode,
    TestData.TestChild Returned,
    Guid ReturnedEpisode,
    TestData.TestChild Placed,
    TestData.TestChild Repeat,
    TestData.TestTeam OtherTeam,
    TestData.TestChild OtherTeams)
{
    public const string HomeAuthority = "Bristol City Council";

    public static async Task<OversightSeed> CreateAsync(AppFactory app)
    {
        var data = new TestData(app);
        var team = await data.TeamAsync();
        var manager = await data.WorkerAsync(Roles.TeamManager, team);
        var worker = await data.WorkerAsync(Roles.SocialWorker, team);

        // Our looked-after child (R2: their team holds the episode), missing 30 hours at high risk.
        var missing = await data.ChildAsync("CLA", team, worker, firstName: "Missy");
        var missingEpisode = await data.MissingAsync(missing, hoursAgo: 30, risk: "High");
        var returned = await data.ChildAsync("CIN", team, worker, firstName: "Rory");
        var returnedEpisode = await data.ReturnedAsync(returned, missingHoursAgo: 10, foundHoursAgo: 2);
        var placed = await data.ChildAsync("CLAOtherAuthority", team, firstName: "Pat", homeAuthority: HomeAuthority);
        await data.MissingAsync(placed, hoursAgo: 5);

        // Three episodes beginning within 90 days (62, 42 and 21 days ago): repeat missing (R33's count).
        var repeat = await data.ChildAsync("CIN", team, worker, firstName: "Remy");
        foreach (var (from, to) in new[] { (1500d, 1490d), (1000d, 990d), (500d, 490d) })
        {
            await data.ReturnedAsync(repeat, from, to);
        }

        var otherTeam = await data.TeamAsync();
        var otherTeams = await data.ChildAsync("CLA", otherTeam, firstName: "Olly");
        await data.MissingAsync(otherTeams, hoursAgo: 8);
        return new OversightSeed(team, manager, worker, missing, missingEpisode, returned, returnedEpisode, placed, repeat, otherTeam, otherTeams);
    }

    /// <summary>The children of this team with an open duty past due (<paramref name="escalated"/>: one raised to a manager).</summary>
    public Task<List<Guid>> ChildrenWithDutiesAsync(AppFactory app, bool escalated)
    {
        var now = app.Clock.GetUtcNow();
        var teamId = Team.Id;
        return app.WithDbAsync(db => db.DutyTasks
            .Where(t => t.Status == DutyStatus.Open && (escalated ? t.EscalationLevel != EscalationLevel.None : t.DueAt < now))
            .Join(db.Children.Where(c => c.AllocatedTeamId == teamId), t => t.ChildId, c => c.Id, (t, c) => c.Id)
            .Distinct().ToListAsync());
    }

    public static string Squash(string? text) => Spaces().Replace(text ?? "", " ").Trim();

    /// <summary>The children a table (or page) links to, by id, in order.</summary>
    public static IReadOnlyList<Guid> LinkedChildren(IElement? table) =>
        table is null ? [] : [.. table.QuerySelectorAll("a[data-testid=child-link]").Select(a => Guid.Parse(a.GetAttribute("href")!.Split('/')[2]))];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
