using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notices;

namespace MissingChildren.Tests.Domain;

/// <summary>Who is told when work is given to them by name (R19 and duties given to a person): never the one who gave it to themselves.</summary>
public sealed class AllocationNoticesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RhiAllocated_ToSomeoneElse_TellsThem_WithTheOfferDutyAndTheInterviewsPage()
    {
        var offer = Guid.NewGuid();

        var notice = AllocationNotices.RhiAllocated("worker", "manager", offer, "/rhi/1", Now);

        Assert.NotNull(notice);
        Assert.Equal("worker", notice.UserId);
        Assert.Equal(offer, notice.DutyTaskId);
        Assert.Equal("/rhi/1", notice.Link);
        Assert.Equal(EmailStatus.Pending, notice.EmailStatus);
    }

    [Fact]
    public void RhiAllocated_ToThemselves_IsNoNotice() =>
        Assert.Null(AllocationNotices.RhiAllocated("manager", "manager", null, "/rhi/1", Now));

    [Fact]
    public void DutiesGiven_TellsEachNamedHolderOfAnOpenDuty_NotTheGiverNorAClosedDuty()
    {
        DutyTask Duty(string? to, DutyStatus status = DutyStatus.Open) =>
            new() { RuleId = RuleIds.SocialWorkerContact, DedupeKey = Guid.NewGuid().ToString(), Title = "t", AssigneeUserId = to, Status = status };
        var given = Duty("worker");

        var notices = AllocationNotices.DutiesGiven([given, Duty("giver"), Duty(null), Duty("worker", DutyStatus.Done)], "giver", d => $"/duty/{d.Id}", Now).ToList();

        var notice = Assert.Single(notices);
        Assert.Equal("worker", notice.UserId);
        Assert.Equal(given.Id, notice.DutyTaskId);
        Assert.Equal($"/duty/{given.Id}", notice.Link);
    }
}
