using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.IntegrationTests.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Documents;

/// <summary>
/// The Director letter (R9, 001 §4.3) and the Serious Incident Notification (R31, 001 §3.4): prepared from the
/// authorisation queue at /authorisations/documents/{taskId}, filed as a PDF on the child's record, closing the duty.
/// The duties each test prepares, and the forms it fills.
/// </summary>
public abstract class FiledDocumentTestBase
{
    protected FiledDocumentTestBase(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        App = app;
    }

    protected AppFactory App { get; }

    protected DateTimeOffset Now => App.Clock.GetUtcNow();

    /// <summary>
    /// R9: P111 is looked after by Devon County Council and placed here; its fourth missing notification. The duty
    /// goes to the Director with no team, as the duty engine raises it.
    /// </summary>
    protected Task<(Guid TaskId, Guid ChildId)> DirectorLetterDutyAsync() =>
        DutyAsync("P111", TaskType.DirectorLetter, "R9", "Sign the Director letter to the home authority (4 notifications about this child)",
            PolicyRole.Director, team: false, found: false, notifications: 4);

    /// <summary>R31: P104 is looked after by us (Corporate Parenting, the demo team manager's team) and was missing 30 hours.</summary>
    protected Task<(Guid TaskId, Guid ChildId)> SinDutyAsync(string localId = "P104") =>
        DutyAsync(localId, TaskType.SeriousIncidentNotification, "R31", "Send the Serious Incident Notification to the Assistant Director",
            PolicyRole.TeamManager, team: true, found: true, notifications: 1);

    protected async Task<(Guid TaskId, Guid ChildId)> DutyAsync(
        string localId, TaskType type, string rule, string title, PolicyRole role, bool team, bool found, int notifications)
    {
        var now = Now;
        return await App.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == localId);
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = EpisodeCategory.Missing, Status = found ? EpisodeStatus.Returned : EpisodeStatus.Open,
                MissingFrom = now.AddHours(-32), ReportedAt = now.AddHours(-31), NotifiedAt = now.AddHours(-31),
                FoundAt = found ? now.AddHours(-2) : null, ReturnKnownAt = found ? now.AddHours(-2) : null,
                LastSeenLocation = "Weston bus station", FoundLocation = found ? "Grand Pier" : null, PoliceRiskLevel = PoliceRiskLevel.High,
                NotificationsAboutChild = notifications,
            };
            var task = new DutyTask
            {
                ChildId = child.Id, EpisodeId = episode.Id, Type = type, RuleId = rule, DedupeKey = $"test/{Guid.NewGuid():N}", Title = title,
                Status = DutyStatus.Open, RaisedAt = now.AddHours(-1), DueAt = now.AddHours(6), AssigneeRole = role,
                AssigneeTeamId = team ? child.AllocatedTeamId : null,
            };
            db.AddRange(episode, task);
            await db.SaveChangesAsync();
            return (task.Id, child.Id);
        });
    }

    protected async Task<(HtmlClient Client, HtmlClient.Page Page)> OpenAsync(Guid taskId, string role)
    {
        var client = await App.SignedInAsync(role);
        var page = await client.GetAsync($"/authorisations/documents/{taskId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, page);
    }

    protected Dictionary<string, string?> Letter(string? signedBy = "Alex Director", string? signedAs = "Director", DateTimeOffset? signedAt = null,
        string? summary = "Four missing episodes in six weeks; seen with older males in Bristol.", string? actions = "Strategy meeting requested with Devon.") =>
        CaseData.DateTime("SignedAt", signedAt ?? Now.AddHours(-1)).With(new Dictionary<string, string?>
        {
            ["SignedBy"] = signedBy, ["SignedAs"] = signedAs, ["Summary"] = summary, ["Actions"] = actions,
        });

    protected Dictionary<string, string?> Notification(string? sentTo = "Sam Assistant", DateTimeOffset? sentAt = null,
        string? summary = "Missing 30 hours; found at the Grand Pier with an unknown adult.", string? actions = "Return home interview booked; SERAF updated.") =>
        CaseData.DateTime("SentAt", sentAt ?? Now.AddMinutes(-30)).With(new Dictionary<string, string?>
        {
            ["SentTo"] = sentTo, ["Summary"] = summary, ["Actions"] = actions,
        });

    protected Task<DutyTask> DutyOfAsync(Guid taskId) => App.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));

    protected Task<int> DocumentsForAsync(Guid taskId) => App.WithDbAsync(db => db.FiledDocuments.CountAsync(d => d.DutyTaskId == taskId));
}
