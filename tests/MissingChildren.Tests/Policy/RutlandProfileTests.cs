using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Policy;

public sealed class RutlandProfileTests
{
    private readonly PolicyProfile _p = PolicyProfileCatalog.Load("Rutland");

    [Fact]
    public void Rutland_R12_CaseReviewAfter3Days_RepeatedEvery3Days()
    {
        var meeting = _p.WhileMissing.StrategyMeeting!;

        Assert.Equal("Case review meeting", meeting.MeetingName);
        Assert.Equal(72, meeting.TriggerAfterMissingHours);
        Assert.Equal(0, meeting.HoldWithinHours);
        Assert.Equal(72, meeting.RepeatEveryHours);
    }

    [Fact]
    public void Rutland_R14_DirectorBriefedBeyond3Days() =>
        Assert.Equal(72, _p.WhileMissing.DirectorBriefing!.BeyondMissingHours);

    [Fact]
    public void Rutland_R10_LookedAfterChildEscalatedToHeadOfServiceAtOnce() =>
        Assert.True(_p.WhileMissing.Alerts.HeadOfServiceAlertForLookedAfterAtOnce);

    [Fact]
    public void Rutland_R34_ShortRepeatAbsencesOnManagerRequest()
    {
        var rule = _p.ReturnInterview.RepeatShortAbsences!;

        Assert.Equal(24, rule.UnderHours);
        Assert.Equal([ChildGroup.LookedAfter, ChildGroup.CareLeaver], rule.AppliesTo);
        Assert.True(rule.OnManagerRequest);
    }

    [Fact]
    public void Rutland_SilentOnR8_TakesTheStatutoryBaseline()
    {
        var statutory = PolicyProfileCatalog.Load("Statutory");

        Assert.Equal(statutory.OtherAuthorities.PlacedHere, _p.OtherAuthorities.PlacedHere);
        Assert.Equal(statutory.CoreHours, _p.CoreHours);
        Assert.Null(_p.AfterReturn.CeAssessment);
    }
}
