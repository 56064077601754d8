using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.Tests.ReturnInterviews;

/// <summary>R17 on the oversight dashboard: offered or not, and in time by the interview's own offer clock.</summary>
public sealed class RhiOfferTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Offered_AtTheDeadline_IsInTime() =>
        Assert.Equal(RhiOfferState.OfferedInTime, RhiOffer.StateOf(DutyStatus.Done, Due, Due, Due.AddDays(2)));

    [Fact]
    public void Offered_AMinuteAfterTheDeadline_IsLate() =>
        Assert.Equal(RhiOfferState.OfferedLate, RhiOffer.StateOf(DutyStatus.Done, Due.AddMinutes(1), Due, Due.AddDays(2)));

    [Fact]
    public void NotOffered_BeforeTheDeadline_IsAwaited_AndAfterIt_IsOverdue()
    {
        Assert.Equal(RhiOfferState.Awaiting, RhiOffer.StateOf(DutyStatus.Open, null, Due, Due));
        Assert.Equal(RhiOfferState.Overdue, RhiOffer.StateOf(DutyStatus.Open, null, Due, Due.AddMinutes(1)));
        Assert.Equal(RhiOfferState.Overdue, RhiOffer.StateOf(null, null, Due, Due.AddMinutes(1)));
    }

    [Fact]
    public void ACancelledOffer_WasNotNeeded() =>
        Assert.Equal(RhiOfferState.NotNeeded, RhiOffer.StateOf(DutyStatus.Cancelled, Due.AddDays(-1), Due, Due.AddDays(2)));

    [Fact]
    public void DutyKey_IsTheKeyTheEngineGivesTheOfferDuty()
    {
        var rhi = Guid.NewGuid();
        Assert.Equal(DutyEngine.RhiDutyKey(rhi, RuleIds.RhiOffer, TaskType.ReturnHomeInterview, DutyEngine.OfferQualifier), RhiOffer.DutyKey(rhi));
        Assert.Equal($"rhi-{rhi:N}/R17/ReturnHomeInterview/offer/1", RhiOffer.DutyKey(rhi));
    }
}
