using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.ResilienceTests;

/// <summary>
/// Two real web nodes on one PostgreSQL database: a person moves between them without noticing, the every-minute
/// sweep runs once for the installation, and reports about one child arriving on both at once make one episode.
/// </summary>
public sealed class TwoNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task SignedInOnOneNode_IsSignedInOnTheOther_AndEachNodeAcceptsTheOthersForms()
    {
        AppFactory.SkipUnlessAvailable("PostgreSql");
        var cookies = new CookieContainer();
        var onA = Browser(nodes.A.Address, cookies);
        var onB = Browser(nodes.B.Address, cookies);

        // The sign-in form (and its anti-forgery token) from A, sent to B.
        var signIn = await onA.GetAsync("/account/sign-in");
        var signedIn = await onB.SubmitAsync(signIn, new Dictionary<string, string?>
        {
            ["Email"] = DemoUsers.EmailFor(Roles.SocialWorker),
            ["Password"] = DemoUsers.Password,
        });
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in on B with A's form: {(int)signedIn.StatusCode}\n{nodes.Logs}");

        // The cookie B issued opens A's pages.
        var onAAfter = await onA.GetAsync("/children");
        Assert.Equal(HttpStatusCode.OK, onAAfter.StatusCode);
        Assert.Equal("My children", onAAfter.Heading);

        // A signed-in form from B (its token bound to the person), sent to A: A accepts it and signs them out.
        var page = await onB.GetAsync("/children");
        var signedOut = await onA.SubmitAsync(page, new Dictionary<string, string?>(), "form[action='/account/sign-out']");
        Assert.True(signedOut.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Sign-out on A with B's form: {(int)signedOut.StatusCode}");
        var afterSignOut = await onB.GetAsync("/children");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Contains("/account/sign-in", afterSignOut.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThroughTheProxy_EachRequestMayGoToEitherNode_AndThePersonStaysSignedIn()
    {
        AppFactory.SkipUnlessAvailable("PostgreSql");
        var browser = Browser(nodes.Proxy.Address, new CookieContainer());

        await browser.SignInAsync(Roles.TeamManager);
        var pages = new List<HtmlClient.Page>();
        foreach (var url in new[] { "/", "/notices", "/authorisations", "/", "/notices", "/authorisations" })
        {
            pages.Add(await browser.GetAsync(url));
        }

        Assert.All(pages, p => Assert.True(p.StatusCode == HttpStatusCode.OK, $"{p.Url}: {(int)p.StatusCode} {p.Location}"));
        var servedBy = pages.Select(p => p.Response.Headers.GetValues(RoundRobinProxy.ServedByHeader).Single()).Distinct().Order().ToList();
        Assert.Equal([nodes.A.Name, nodes.B.Name], servedBy);
    }

    [Fact]
    public async Task TheEveryMinuteSweep_RunsOnceEachMinute_NotOncePerNode()
    {
        AppFactory.SkipUnlessAvailable("PostgreSql");
        var since = nodes.BothReadyAt;

        // Two scheduled minutes with both nodes running and competing for the work.
        var twoRuns = await Installation.EventuallyAsync(
            async () => (await nodes.Installation.SweepRunsAsync()).Count(r => r.CreatedAt >= since && r.State == "Succeeded") >= 2,
            TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(1));
        var runs = (await nodes.Installation.SweepRunsAsync()).Where(r => r.CreatedAt >= since).ToList();
        var servers = await nodes.Installation.JobServersAsync();

        Assert.True(twoRuns, $"Sweeps since both nodes were ready: {string.Join(", ", runs)}\n{nodes.Logs}");
        Assert.Equal(2, servers.Count);
        Assert.Contains(servers, s => s.Contains($":{nodes.A.ProcessId}:", StringComparison.Ordinal));
        Assert.Contains(servers, s => s.Contains($":{nodes.B.ProcessId}:", StringComparison.Ordinal));

        // One sweep job per scheduled minute, each started by one server, once.
        Assert.All(runs.GroupBy(r => new DateTimeOffset(r.CreatedAt.Year, r.CreatedAt.Month, r.CreatedAt.Day, r.CreatedAt.Hour, r.CreatedAt.Minute, 0, TimeSpan.Zero)),
            minute => Assert.True(minute.Count() == 1, $"{minute.Count()} sweeps scheduled for {minute.Key:HH:mm}: {string.Join(", ", minute)}"));
        Assert.All(runs.Where(r => r.State == "Succeeded"), r => Assert.True(r.ServerIds.Count == 1, $"Sweep {r.JobId} started {r.ServerIds.Count} times"));
    }

    [Fact]
    public async Task ReportsAboutOneChild_ArrivingOnBothNodesAtOnce_MakeOneEpisode_AndEachReportIsKeptOnce()
    {
        AppFactory.SkipUnlessAvailable("PostgreSql");
        using var apiA = Intake.ApiClient(nodes.A.Address);
        using var apiB = Intake.ApiClient(nodes.B.Address);
        using var viaProxy = Intake.ApiClient(nodes.Proxy.Address);
        var localId = $"TWO{Guid.NewGuid():N}"[..12];
        await Intake.CreateChildrenAsync(apiA, [localId]);
        var missingFrom = DateTimeOffset.UtcNow.AddHours(-2);
        var references = Enumerable.Range(1, 6).Select(i => $"TWO-NODES-{localId}-{i}").ToList();
        const int copies = 5;

        // Each report sent five times, its copies spread over node A, node B and the proxy, all at once.
        HttpClient[] clients = [apiA, apiB, viaProxy];
        var sent = Enumerable.Range(0, references.Count * copies).Select(i => (Reference: references[i % references.Count], Client: clients[i / references.Count % clients.Length])).ToList();
        var answers = await Task.WhenAll(sent.Select(async s =>
        {
            var (response, body) = await s.Client.PostJsonAsync(Intake.NotificationsUrl, JsonSerializer.Serialize(Intake.Missing(localId, s.Reference, missingFrom), Json));
            return (s.Reference, response.StatusCode, Body: body);
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{a.Reference}: {(int)a.StatusCode} {a.Body}\n{nodes.Logs}"));
        Assert.All(answers.GroupBy(a => a.Reference), report =>
        {
            Assert.Equal(1, report.Count(a => a.StatusCode == HttpStatusCode.Created));
            Assert.Single(report.Select(a => (string?)a.Body!["notificationId"]).Distinct());
        });
        var episodeId = Guid.Parse(Assert.Single(answers.Select(a => (string?)a.Body!["episodeId"]).Distinct())!);

        var stored = await nodes.Installation.ReadAsync(async db => new
        {
            OpenEpisodes = await db.Episodes.CountAsync(e => e.ChildId == db.Children.Single(c => c.LocalId == localId).Id && e.Status == EpisodeStatus.Open),
            Notifications = await db.Notifications.Where(n => references.Contains(n.SourceReference)).Select(n => new { n.SourceReference, n.EpisodeId }).ToListAsync(),
        });
        Assert.Equal(1, stored.OpenEpisodes);
        Assert.Equal(references.Order(), stored.Notifications.Select(n => n.SourceReference).Order());
        Assert.All(stored.Notifications, n => Assert.Equal(episodeId, n.EpisodeId));
    }

    private static HtmlClient Browser(Uri address, CookieContainer cookies) =>
        new(new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = address });
}
