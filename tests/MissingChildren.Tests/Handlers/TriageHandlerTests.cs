using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.FrontDoor;

namespace MissingChildren.Tests.Handlers;

/// <summary>Front Door's triage use cases (R1): linking a report to a child, routed as the API would (R2), and marking a duplicate.</summary>
public sealed class TriageHandlerTests : IAsyncLifetime
{
    private const string ChangedMeanwhile = "Someone else changed this record while you were working on it. Check the notification again and then repeat your action";

    private HandlerHost _host = default!;

    public async ValueTask InitializeAsync() => _host = await HandlerHost.CreateAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<Notification> AwaitingAsync(string reference, string firstName = "Amelia") => _host.AddAsync(new Notification
    {
        Source = "Police", SourceReference = reference, Kind = NotificationKind.Missing, ReceivedAt = HandlerHost.StartTime.AddMinutes(-30),
        ReceivedFrom = "police-test", Payload = "{}", ChildFirstName = firstName, ChildLastName = "Hardin",
        MissingFrom = HandlerHost.StartTime.AddHours(-3), ReportedAt = HandlerHost.StartTime.AddHours(-2), PoliceRiskLevel = PoliceRiskLevel.Medium,
        Triage = TriageStatus.AwaitingTriage,
    });

    [Fact]
    public async Task MarkDuplicate_KeepsTheReportAndPointsAtTheOriginal()
    {
        var original = await AwaitingAsync("POL-1");
        var repeat = await AwaitingAsync("SCH-2");

        var result = await _host.SendAsync(new MarkDuplicate.Command(repeat.Id, repeat.Version, original.Id));

        Assert.Equal(original.Id, result.DuplicateOfId);
        var kept = await _host.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == repeat.Id));
        Assert.Equal(TriageStatus.Duplicate, kept.Triage);
        Assert.Equal(original.Id, kept.DuplicateOfId);
        Assert.Equal(TriageStatus.AwaitingTriage, await _host.WithDbAsync(db => db.Notifications.Where(n => n.Id == original.Id).Select(n => n.Triage).SingleAsync()));
    }

    [Fact]
    public async Task MarkDuplicate_OfItselfOrNothing_IsRefused()
    {
        var repeat = await AwaitingAsync("SCH-2");

        var ofItself = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new MarkDuplicate.Command(repeat.Id, repeat.Version, repeat.Id)));
        var ofNothing = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new MarkDuplicate.Command(repeat.Id, repeat.Version, null)));

        Assert.Equal("Select the notification this one repeats", Assert.Single(ofItself.Errors).ErrorMessage);
        Assert.Equal("Select the notification this one repeats", Assert.Single(ofNothing.Errors).ErrorMessage);
        Assert.Equal(TriageStatus.AwaitingTriage, await _host.WithDbAsync(db => db.Notifications.Where(n => n.Id == repeat.Id).Select(n => n.Triage).SingleAsync()));
    }

    [Fact]
    public async Task MarkDuplicate_AtAnOldVersion_SaysSomeoneElseChangedIt()
    {
        var original = await AwaitingAsync("POL-1");
        var repeat = await AwaitingAsync("SCH-2");

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new MarkDuplicate.Command(repeat.Id, Guid.NewGuid(), original.Id)));

        Assert.Equal(ChangedMeanwhile, Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task LinkNotification_R2_OpensTheLookedAfterChildsEpisodeWithTheirTeam()
    {
        await _host.AddAsync(new Team { Name = "Front Door", Function = TeamFunction.FrontDoor });
        var (team, child) = await _host.AllocatedChildAsync();
        var notification = await AwaitingAsync("POL-1");

        var result = await _host.SendAsync(new LinkNotification.Command(notification.Id, notification.Version, child.Id, Compared: true));

        Assert.Equal(child.Id, result.ChildId);
        var linked = await _host.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == notification.Id));
        Assert.Equal(TriageStatus.Linked, linked.Triage);
        Assert.Equal(child.Id, linked.ChildId);
        Assert.Equal(result.EpisodeId, linked.EpisodeId);
        var episode = await _host.WithDbAsync(db => db.Episodes.SingleAsync(e => e.Id == result.EpisodeId));
        Assert.Equal(EpisodeStatus.Open, episode.Status);
        Assert.Equal(HandlerHost.StartTime.AddHours(-3), episode.MissingFrom);
        Assert.Equal(team.Id, episode.HoldingTeamId);
        Assert.True(await _host.WithDbAsync(db => db.DutyTasks.AnyAsync(t => t.EpisodeId == episode.Id)));
    }

    [Fact]
    public async Task LinkNotification_R1_AWeakMatchNotComparedWithTheReport_IsRefusedAndOpensNothing()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var notification = await AwaitingAsync("POL-1");

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new LinkNotification.Command(notification.Id, notification.Version, child.Id)));

        Assert.Equal(LinkNotification.CompareFirst, Assert.Single(error.Errors).ErrorMessage);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Episodes.CountAsync()));
        Assert.Equal(TriageStatus.AwaitingTriage, await _host.WithDbAsync(db => db.Notifications.Where(n => n.Id == notification.Id).Select(n => n.Triage).SingleAsync()));
    }

    [Fact]
    public async Task LinkNotification_WithoutAChild_IsRefusedAndOpensNothing()
    {
        var notification = await AwaitingAsync("POL-1");

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new LinkNotification.Command(notification.Id, notification.Version, null)));

        Assert.Equal("Select the child this notification is about", Assert.Single(error.Errors).ErrorMessage);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Episodes.CountAsync()));
    }

    [Fact]
    public async Task LinkNotification_AlreadyTriaged_IsRefused()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var original = await AwaitingAsync("POL-1");
        var repeat = await AwaitingAsync("SCH-2");
        await _host.SendAsync(new MarkDuplicate.Command(repeat.Id, repeat.Version, original.Id));
        var version = await _host.WithDbAsync(db => db.Notifications.Where(n => n.Id == repeat.Id).Select(n => n.Version).SingleAsync());

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new LinkNotification.Command(repeat.Id, version, child.Id)));

        Assert.Equal("This notification has already been triaged", Assert.Single(error.Errors).ErrorMessage);
    }
}
