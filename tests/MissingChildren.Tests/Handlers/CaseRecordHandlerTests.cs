using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Meetings;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Features.Meetings;
using MissingChildren.Web.Features.Notes;

namespace MissingChildren.Tests.Handlers;

/// <summary>What the case record's use cases check and what they write: case notes, meetings (R12, R15) and duties done (R10).</summary>
public sealed class CaseRecordHandlerTests : IAsyncLifetime
{
    private HandlerHost _host = default!;

    public async ValueTask InitializeAsync() => _host = await HandlerHost.CreateAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();


    private static IReadOnlyList<string> Messages(ValidationException error) => [.. error.Errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal)];

    private Task<DutyTask> DutyAsync(Guid childId, TaskType type, string rule) => _host.AddAsync(new DutyTask
    {
        ChildId = childId, Type = type, RuleId = rule, DedupeKey = $"test/{Guid.NewGuid():N}", Title = $"{type} ({rule})",
        Status = DutyStatus.Open, RaisedAt = HandlerHost.StartTime.AddHours(-1), DueAt = HandlerHost.StartTime.AddHours(4), AssigneeRole = MissingChildren.Domain.Policy.PolicyRole.SocialWorker,
    });

    [Fact]
    public async Task AddCaseNote_WithoutTitleOrText_IsRefusedAndSavesNothing()
    {
        var (_, child) = await _host.AllocatedChildAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new AddCaseNote.Command(child.Id, " ", null)));

        Assert.Equal(["Enter a title for the note", "Enter the note"], Messages(error));
        Assert.Equal(0, await _host.WithDbAsync(db => db.CaseNotes.CountAsync()));
    }

    [Fact]
    public async Task AddCaseNote_WritesTheTrimmedNoteNowByTheActor()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(7));

        var id = await _host.SendAsync(new AddCaseNote.Command(child.Id, "  Call with carer ", " Carer says she is home. "));

        var note = await _host.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.Id == id));
        Assert.Equal(child.Id, note.ChildId);
        Assert.Equal("Call with carer", note.Title);
        Assert.Equal("Carer says she is home.", note.Text);
        Assert.Equal(HandlerHost.StartTime.AddMinutes(7), note.WrittenAt);
        Assert.Equal(note.WrittenAt, note.OccurredAt);
        Assert.Equal("front-door@example.org", note.WrittenBy);
    }

    [Fact]
    public async Task AddCaseNote_BySocialWorkerOfAnotherTeam_IsRefused()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        _host.Actor.Is(Roles.SocialWorker);

        await Assert.ThrowsAsync<ChildAccessDeniedException>(() => _host.SendAsync(new AddCaseNote.Command(child.Id, "Title", "Text")));

        Assert.Equal(0, await _host.WithDbAsync(db => db.CaseNotes.CountAsync()));
    }

    [Fact]
    public async Task RecordMeeting_WithNothingFilledIn_IsRefusedWithEveryMessage()
    {
        var (_, child) = await _host.AllocatedChildAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new RecordMeeting.Command(child.Id, null, null, null, null, null)));

        Assert.Equal(
            ["Enter the actions agreed and who owns each", "Enter the date and time of the meeting", "Enter the risk factors considered", "Enter who attended and their agency", "Select the type of meeting"],
            Messages(error));
    }

    [Fact]
    public async Task RecordMeeting_InTheFuture_IsRefused()
    {
        var (_, child) = await _host.AllocatedChildAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new RecordMeeting.Command(
            child.Id, MeetingType.StrategyMeeting, HandlerHost.StartTime.AddHours(1), "DS Pat (Police)", "Exploitation", "Plan")));

        Assert.Equal(["The date and time of the meeting must be in the past"], Messages(error));
    }

    [Fact]
    public async Task RecordMeeting_R12_ClosesTheOpenStrategyMeetingDutyAndLinksTheMeeting()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var duty = await DutyAsync(child.Id, TaskType.StrategyMeeting, RuleIds.StrategyMeeting);
        var heldAt = HandlerHost.StartTime.AddHours(-2);

        var id = await _host.SendAsync(new RecordMeeting.Command(child.Id, MeetingType.StrategyMeeting, heldAt, " DS Pat (Police) ", "Exploitation", "Disruption plan"));

        var meeting = await _host.WithDbAsync(db => db.Meetings.SingleAsync(m => m.Id == id));
        Assert.Equal(duty.Id, meeting.DutyTaskId);
        Assert.Equal(heldAt, meeting.HeldAt);
        Assert.Equal("DS Pat (Police)", meeting.Attendees);
        Assert.Equal("front-door-user", meeting.RecordedByUserId);
        var closed = await _host.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id));
        Assert.Equal(DutyStatus.Done, closed.Status);
        Assert.Equal(HandlerHost.StartTime, closed.ClosedAt);
    }

    [Fact]
    public async Task RecordMeeting_R15_LongMissingReview_ClosesTheReviewDutyAndNotTheStrategyMeeting()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var review = await DutyAsync(child.Id, TaskType.LongMissingReview, RuleIds.LongMissingReview);
        var strategy = await DutyAsync(child.Id, TaskType.StrategyMeeting, RuleIds.StrategyMeeting);

        var id = await _host.SendAsync(new RecordMeeting.Command(
            child.Id, MeetingType.LongMissingReview, HandlerHost.StartTime.AddHours(-1), "Head of Service; DS Pat (Police)", "Still missing 14 days", "Keep the search open"));

        var meeting = await _host.WithDbAsync(db => db.Meetings.SingleAsync(m => m.Id == id));
        Assert.Equal((MeetingType.LongMissingReview, review.Id), (meeting.Type, meeting.DutyTaskId));
        var statuses = await _host.WithDbAsync(db => db.DutyTasks.Where(t => t.ChildId == child.Id).ToDictionaryAsync(t => t.Id, t => t.Status));
        Assert.Equal(DutyStatus.Done, statuses[review.Id]);
        Assert.Equal(DutyStatus.Open, statuses[strategy.Id]);
    }

    [Fact]
    public async Task CompleteDuty_R10_ClosesTheDutyAndWritesWhatWasDoneOnTheRecord()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var duty = await DutyAsync(child.Id, TaskType.IroNotification, RuleIds.LookedAfterMissing);
        var doneAt = HandlerHost.StartTime.AddMinutes(-20);

        await _host.SendAsync(new CompleteDuty.Command(child.Id, duty.Id, duty.Version, doneAt, " Told the IRO by phone. "));

        var closed = await _host.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id));
        Assert.Equal(DutyStatus.Done, closed.Status);
        Assert.Equal(HandlerHost.StartTime, closed.ClosedAt);
        Assert.NotEqual(duty.Version, closed.Version);
        var note = await _host.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.ChildId == child.Id));
        Assert.Equal($"Duty done: {duty.Title} ({duty.RuleId})", note.Title);
        Assert.Equal("Told the IRO by phone.", note.Text);
        Assert.Equal(doneAt, note.OccurredAt);
    }

    [Fact]
    public async Task CompleteDuty_Twice_SaysItIsAlreadyClosed()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var duty = await DutyAsync(child.Id, TaskType.IroNotification, RuleIds.LookedAfterMissing);
        await _host.SendAsync(new CompleteDuty.Command(child.Id, duty.Id, duty.Version, HandlerHost.StartTime, "Told the IRO."));

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new CompleteDuty.Command(child.Id, duty.Id, duty.Version, HandlerHost.StartTime, "Again.")));

        Assert.Equal(["This duty has already been closed"], Messages(error));
        Assert.Equal(1, await _host.WithDbAsync(db => db.CaseNotes.CountAsync()));
    }

    [Fact]
    public async Task CompleteDuty_ThatIsDoneByMakingItsRecord_IsRefused()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var duty = await DutyAsync(child.Id, TaskType.StrategyMeeting, RuleIds.StrategyMeeting);

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new CompleteDuty.Command(child.Id, duty.Id, duty.Version, HandlerHost.StartTime, "Held it.")));

        Assert.Equal(["This duty is done by making its record (the meeting, contact, interview, assessment or plan), not here"], Messages(error));
        Assert.Equal(DutyStatus.Open, await _host.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == duty.Id).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task CompleteDuty_WithoutWhenOrWhat_IsRefused()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var duty = await DutyAsync(child.Id, TaskType.IroNotification, RuleIds.LookedAfterMissing);

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new CompleteDuty.Command(child.Id, duty.Id, duty.Version, null, " ")));

        Assert.Equal(["Enter what was done, and who was told", "Enter when it was done"], Messages(error));
    }
}
