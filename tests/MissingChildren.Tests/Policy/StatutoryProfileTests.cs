using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Policy;

public sealed class StatutoryProfileTests
{
    private readonly PolicyProfile _p = PolicyProfileCatalog.Load("Statutory");

    [Fact]
    public void Statutory_AppliesNoSomersetOnlyRules()
    {
        // R7, R18, R19, R20, R21, R26, R29, R37 are Somerset's.
        Assert.Null(_p.Intake.DirectToChildrensSocialCareUnderAge);
        Assert.Null(_p.AfterReturn.SocialWorkerContactWithinHours);
        Assert.Null(_p.ReturnInterview.AllocateWithinCoreHours);
        Assert.Null(_p.ReturnInterview.ContactAttempts);
        Assert.Null(_p.ReturnInterview.CompleteWithinWorkingDays);
        Assert.Null(_p.ReturnInterview.WriteUpWithinHours);
        Assert.False(_p.ReturnInterview.OneRhiCoversOpenEpisodes);
        Assert.Null(_p.AfterReturn.PreventionPlan);
        Assert.False(_p.WhileMissing.Alerts.CpCoordinatorNotification);
    }

    [Fact]
    public void Statutory_AppliesNoOtherLocalRules()
    {
        Assert.Null(_p.OtherAuthorities.DirectorLetter);          // R9
        Assert.Null(_p.WhileMissing.NeedToKnow);                  // R13
        Assert.Null(_p.WhileMissing.DirectorBriefing);            // R14
        Assert.Empty(_p.WhileMissing.LongMissingReviews);         // R15
        Assert.Null(_p.ReturnInterview.OutOfHours);               // R6
        Assert.Null(_p.AfterReturn.SeriousIncidentNotification);  // R31
        Assert.Null(_p.AfterReturn.CeAssessment);                 // R28
        Assert.Null(_p.Safeguarding.PublicityDecision);           // R45
    }

    [Fact]
    public void Statutory_R8_HomeAuthorityDoesTheRhi_RemindAfter14Days_EscalateAfter14More()
    {
        var placed = _p.OtherAuthorities.PlacedHere;

        Assert.True(placed.RhiByHomeAuthority);
        Assert.Equal(14, placed.FormReminderAfterDays);
        Assert.Equal(14, placed.EscalateAfterFurtherDays);
    }

    [Fact]
    public void Statutory_R12_StrategyMeetingAt24HoursWithin72() =>
        Assert.Equal(
            new DateTimeOffset(2026, 6, 5, 12, 0, 0, TimeSpan.Zero),
            _p.WhileMissing.StrategyMeeting!.FirstDueAt(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Statutory_R17_OfferedAndHeldWithin72HoursOfReturn()
    {
        Assert.Equal(72, _p.ReturnInterview.OfferWithinHours);
        Assert.Equal(72, _p.ReturnInterview.CompleteWithinHours);
        Assert.Equal(RhiClockStart.ReturnKnown, _p.ReturnInterview.ClockStartsAt);
    }

    [Fact]
    public void Statutory_Escalation_TeamManagerWhenOverdue_HeadOfService24HoursLater()
    {
        Assert.Equal(0, _p.Oversight.Escalation.ToTeamManagerWhenOverdueByHours);
        Assert.Equal(24, _p.Oversight.Escalation.ToHeadOfServiceAfterFurtherHours);
        Assert.Null(_p.Oversight.Escalation.ToDirectorAfterFurtherHours);
    }

    [Fact]
    public void Statutory_CoreHoursAre0900To1700() =>
        Assert.Equal(new CoreHours(new TimeOnly(9, 0), new TimeOnly(17, 0)), _p.CoreHours);
}
