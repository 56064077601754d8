using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.ResilienceTests;

/// <summary>
/// A node killed with SIGKILL in the middle of a burst of police reports, then started again on the same database:
/// every report it answered is there with its episode, duties and notices; a report it did not answer is there whole or
/// not at all; and the every-minute sweep runs again.
/// </summary>
public sealed class CrashTests : IAsyncLifetime
{
    /// <summary>Children reported missing in the burst, each in several reports.</summary>
    private const int ChildCount = 40;

    /// <summary>Reports in the burst, each sent twice (a police system retrying), so 600 requests.</summary>
    private const int Reports = 300;

    private const int Concurrency = 24;

    /// <summary>Answers received before the kill: well into the burst, with many requests still in flight or queued.</summary>
    private const int KillAfter = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Installation? _installation;
    private NodeProcess? _node;

    public async ValueTask InitializeAsync()
    {
        if (PostgreSqlTestDatabase.Unavailable is not null)
        {
            return; // The test reports the skip, or the failure under CI.
        }

        _installation = Installation.Create();
        _node = new NodeProcess("node", _installation.ConnectionString);
        await _node.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        if (_installation is not null)
        {
            await _installation.DisposeAsync();
        }
    }

    [Fact]
    public async Task KilledDuringAnIntakeBurst_KeepsEveryAnsweredReport_WritesNothingByHalves_AndTheSweepResumes()
    {
        AppFactory.SkipUnlessAvailable("PostgreSql");
        var (node, installation) = (_node!, _installation!);
        using var api = Intake.ApiClient(node.Address);
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var children = Enumerable.Range(1, ChildCount).Select(i => $"K{run}{i:D3}").ToList();
        var missingFrom = DateTimeOffset.UtcNow.AddHours(-2);
        await Intake.CreateChildrenAsync(api, [.. children, $"K{run}REF"]);

        // What one report about such a child writes in its transaction: the duties and notices each episode of the burst must have.
        var (first, firstBody) = await api.PostJsonAsync(Intake.NotificationsUrl, Serialize(Intake.Missing($"K{run}REF", $"CRASH-{run}-REF", missingFrom)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var expected = await installation.ReadAsync(db => IntakeShapesAsync(db, [EpisodeId(firstBody)]));
        Assert.NotEmpty(expected.Single().Value.Duties);

        var answers = await BurstUntilKilledAsync(node, api, children, run, missingFrom);

        // Straight after the crash, before anything could repair it: what the database holds.
        var stored = await installation.ReadAsync(async db =>
        {
            var prefix = $"CRASH-{run}-B";
            var notifications = await db.Notifications.Where(n => n.SourceReference.StartsWith(prefix))
                .Select(n => new { n.Id, n.SourceReference, n.ChildId, n.EpisodeId, n.Triage }).ToListAsync();
            var ids = notifications.Select(n => n.Id.ToString()).ToList();
            var childIds = await db.Children.Where(c => children.Contains(c.LocalId)).Select(c => c.Id).ToListAsync();
            var episodes = await db.Episodes.Where(e => childIds.Contains(e.ChildId)).Select(e => new { e.Id, e.ChildId }).ToListAsync();
            var audited = await db.AuditEntries.Where(a => a.EntityType == nameof(Notification) && ids.Contains(a.EntityId)).Select(a => a.EntityId).ToListAsync();
            return new { notifications, episodes, audited, shapes = await IntakeShapesAsync(db, [.. episodes.Select(e => e.Id)]) };
        });
        var unanswered = Reports - answers.Select(a => a.Reference).Distinct().Count();
        var context = $"{answers.Count} answers, {unanswered} reports unanswered, {stored.notifications.Count} stored\n{node.Log}";

        // Killed in the middle: many answers, and many reports never answered.
        Assert.True(answers.Count >= KillAfter && unanswered > 0, context);
        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"{a.Reference}: {(int)a.Status} {a.Body}"));

        // Every answered report is kept, on the episode its answer named.
        var byId = stored.notifications.ToDictionary(n => n.Id);
        Assert.All(answers, a =>
        {
            Assert.True(byId.TryGetValue(Guid.Parse((string)a.Body!["notificationId"]!), out var kept), $"{a.Reference} was answered {(int)a.Status} but is not stored. {context}");
            Assert.Equal(EpisodeId(a.Body), kept!.EpisodeId);
        });

        // Every stored report, answered or not, is whole: once, linked to its child's episode, audited.
        Assert.Equal(stored.notifications.Count, stored.notifications.Select(n => n.SourceReference).Distinct().Count());
        var episodes = stored.episodes.ToDictionary(e => e.Id);
        Assert.All(stored.notifications, n =>
        {
            Assert.Equal(TriageStatus.Linked, n.Triage);
            Assert.True(n.EpisodeId is { } id && episodes.TryGetValue(id, out var episode) && episode.ChildId == n.ChildId, $"{n.SourceReference} is not on its child's episode");
        });
        Assert.Equal(stored.notifications.Select(n => n.Id.ToString()).Order(), stored.audited.Order());

        // Every episode is whole: one per child, with every duty and notice its report raised, as the first report's.
        Assert.Equal(stored.episodes.Count, stored.episodes.Select(e => e.ChildId).Distinct().Count());
        Assert.All(stored.episodes, e => Assert.Contains(stored.notifications, n => n.EpisodeId == e.Id));
        Assert.All(stored.shapes, shape => Assert.Equal(expected.Single().Value, shape.Value));

        await node.StartAsync();
        await AssertTheSweepResumesAsync(node, installation, api, run);
    }

    /// <summary>
    /// Sends the reports (each twice) <see cref="Concurrency"/> at a time and kills the node once <see cref="KillAfter"/>
    /// have been answered. Returns the answers received before the kill.
    /// </summary>
    private static async Task<IReadOnlyCollection<Answer>> BurstUntilKilledAsync(NodeProcess node, HttpClient api, List<string> children, string run, DateTimeOffset missingFrom)
    {
        var answers = new ConcurrentQueue<Answer>();
        using var gate = new SemaphoreSlim(Concurrency);
        var killed = false;

        async Task SendAsync(string localId, string reference)
        {
            await gate.WaitAsync();
            try
            {
                if (Volatile.Read(ref killed))
                {
                    return;
                }

                var (response, body) = await api.PostJsonAsync(Intake.NotificationsUrl, Serialize(Intake.Missing(localId, reference, missingFrom)));
                answers.Enqueue(new Answer(reference, response.StatusCode, body));
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
                // Sent, never answered: the node died with it.
            }
            finally
            {
                gate.Release();
            }
        }

        var burst = Task.WhenAll(Enumerable.Range(0, Reports * 2)
            .Select(i => SendAsync(children[i / 2 % children.Count], $"CRASH-{run}-B{i / 2:D4}")));
        while (answers.Count < KillAfter && !burst.IsCompleted)
        {
            await Task.Delay(5);
        }

        node.Kill();
        Volatile.Write(ref killed, true);
        await burst;
        return answers;
    }

    /// <summary>
    /// A child reported missing 24 hours ago less a few seconds: the strategy meeting (R12, North Somerset: after 24
    /// hours) is not due when the report arrives, so only a sweep can raise it. The node is killed again while a sweep
    /// runs, and started again: a sweep on the new process raises the meeting.
    /// </summary>
    private static async Task AssertTheSweepResumesAsync(NodeProcess node, Installation installation, HttpClient api, string run)
    {
        var localId = $"K{run}LATE";
        await Intake.CreateChildrenAsync(api, [localId]);
        var (response, body) = await api.PostJsonAsync(Intake.NotificationsUrl, Serialize(Intake.Missing(localId, $"CRASH-{run}-LATE", DateTimeOffset.UtcNow.AddHours(-24).AddSeconds(10))));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var episodeId = EpisodeId(body);
        Task<bool> MeetingRaised() => installation.ReadAsync(db => db.DutyTasks.AnyAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.StrategyMeeting));
        Assert.False(await MeetingRaised());

        // The next sweep starts (the minute's, or one still queued): killed a moment later, in the middle of its work.
        var sweeping = await Installation.EventuallyAsync(installation.SweepRunningAsync, TimeSpan.FromSeconds(90), TimeSpan.FromMilliseconds(20));
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        node.Kill();
        Assert.True(sweeping, $"No sweep started within 90 seconds of the restart.\n{node.Log}");
        await node.StartAsync();
        var restartedAt = DateTimeOffset.UtcNow;

        var raised = await Installation.EventuallyAsync(MeetingRaised, TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(1));

        // A sweep finished on the restarted node: the one killed half-way (picked up again) or a later minute's.
        async Task<bool> SweptByRestartedNode() => (await installation.SweepRunsAsync())
            .Any(r => r.State == "Succeeded" && r.ServerIds.Any(s => s.Contains($":{node.ProcessId}:", StringComparison.Ordinal)));
        var swept = await Installation.EventuallyAsync(SweptByRestartedNode, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(1));
        var sweeps = (await installation.SweepRunsAsync()).Where(r => r.CreatedAt >= restartedAt.AddMinutes(-2)).ToList();

        Assert.True(raised, $"No sweep raised the strategy meeting after the restart. Sweeps since: {string.Join(", ", sweeps)}\n{node.Log}");
        Assert.True(swept, $"No sweep finished on the restarted node. Recent sweeps: {string.Join(", ", sweeps)}\n{node.Log}");
    }

    /// <summary>Per episode, the duties and notices written with it when it was opened (raised at the moment it was notified).</summary>
    private static async Task<Dictionary<Guid, IntakeShape>> IntakeShapesAsync(Data.AppDbContext db, List<Guid> episodeIds)
    {
        var episodes = await db.Episodes.Where(e => episodeIds.Contains(e.Id)).Select(e => new { e.Id, e.NotifiedAt }).ToListAsync();
        var duties = await db.DutyTasks.Where(t => t.EpisodeId != null && episodeIds.Contains(t.EpisodeId.Value))
            .Select(t => new { t.EpisodeId, t.Type, t.RuleId, t.RaisedAt }).ToListAsync();
        var links = episodes.Select(e => Links.Episode(e.Id)).ToList();
        var notices = await db.Notices.Where(n => links.Contains(n.Link)).Select(n => new { n.Link, n.CreatedAt }).ToListAsync();
        return episodes.ToDictionary(e => e.Id, e => new IntakeShape(
            string.Join(", ", duties.Where(t => t.EpisodeId == e.Id && t.RaisedAt == e.NotifiedAt).Select(t => $"{t.RuleId} {t.Type}").Order()),
            notices.Count(n => n.Link == Links.Episode(e.Id) && n.CreatedAt == e.NotifiedAt)));
    }

    private static Guid EpisodeId(JsonNode? body) => Guid.Parse((string?)body?["episodeId"] ?? throw new InvalidOperationException($"No episode in {body}"));

    private static string Serialize(object body) => JsonSerializer.Serialize(body, Json);

    private sealed record Answer(string Reference, HttpStatusCode Status, JsonNode? Body);

    private sealed record IntakeShape(string Duties, int Notices);
}
