using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.IntegrationTests.NeedToKnow;

/// <summary>
/// One child every case-view role works with, made once per host: allocated to a team with a social worker and an
/// education officer in it, returned from missing with the interview allocated to an RHI worker, and a trigger plan
/// written. Each role's person is signed in once and kept, so the table of roles and parts costs one sign-in per role.
/// </summary>
public sealed class NeedToKnowScenario
{
    private static readonly ConcurrentDictionary<AppFactory, Lazy<Task<NeedToKnowScenario>>> Made = new();

    private readonly AppFactory _app;
    private readonly Dictionary<string, TestData.TestWorker> _workers;
    private readonly Dictionary<string, HtmlClient> _clients = [];

    private NeedToKnowScenario(AppFactory app, Guid childId, string childName, Dictionary<string, TestData.TestWorker> workers)
    {
        _app = app;
        ChildId = childId;
        ChildName = childName;
        _workers = workers;
    }

    public Guid ChildId { get; }

    public string ChildName { get; }

    /// <summary>The roles that open case views: each one's person works with the scenario's child.</summary>
    public static IReadOnlyList<string> CaseViewRoles { get; } = Web.Features.Children.ChildAccess.CaseViewRoles.Split(',');

    public static Task<NeedToKnowScenario> OfAsync(AppFactory app) =>
        Made.GetOrAdd(app, a => new Lazy<Task<NeedToKnowScenario>>(() => MakeAsync(a))).Value;

    /// <summary>The person of <paramref name="role"/>, signed in (once).</summary>
    public async Task<HtmlClient> ClientAsync(string role)
    {
        if (!_clients.TryGetValue(role, out var client))
        {
            client = await _app.SignedInAsync(_workers[role]);
            _clients[role] = client;
        }

        return client;
    }

    /// <summary>A time a few minutes ago as the form's date parts (<c>{prefix}.Day</c>, …, <c>{prefix}.Time</c>), in UK time.</summary>
    public Dictionary<string, string?> JustNow(string prefix)
    {
        var at = TimeZoneInfo.ConvertTime(_app.Clock.GetUtcNow().AddMinutes(-10), DeadlineText.UkTime);
        return new()
        {
            [$"{prefix}.Day"] = at.Day.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Month"] = at.Month.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Year"] = at.Year.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Time"] = at.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    private static async Task<NeedToKnowScenario> MakeAsync(AppFactory app)
    {
        var data = new TestData(app);
        var team = await data.TeamAsync();
        var workers = new Dictionary<string, TestData.TestWorker>();
        foreach (var role in CaseViewRoles)
        {
            workers[role] = role switch
            {
                Roles.SocialWorker => await data.WorkerAsync(role, team),
                Roles.Education => await data.WorkerAsync(role, team, Agency.Education),
                _ => await data.WorkerAsync(role),
            };
        }

        var child = await data.ChildAsync("CLA", team, workers[Roles.SocialWorker]);
        var episode = await data.ReturnedAsync(child);
        var rhiId = await data.ReturnHomeInterviewOfAsync(episode);
        await app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId);
            rhi.AllocatedWorkerId = workers[Roles.RhiWorker].Id;
            if (rhi.Status == RhiStatus.Requested)
            {
                rhi.Status = RhiStatus.Allocated;
            }

            return await db.SaveChangesAsync();
        });

        var scenario = new NeedToKnowScenario(app, child.Id, $"{child.FirstName} {child.LastName}", workers);
        var socialWorker = await scenario.ClientAsync(Roles.SocialWorker);
        var form = await socialWorker.GetAsync(Links.Plan(child.Id, "trigger-plan"));
        var saved = await socialWorker.SubmitAsync(form, NeedToKnowChanges.Plan("The plan the police rely on"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        return scenario;
    }
}
