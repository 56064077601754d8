using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Policy;

public sealed class NorthSomersetProfileTests
{
    private readonly PolicyProfile _p = PolicyProfileCatalog.Load("NorthSomerset");

    [Fact]
    public void NorthSomerset_R9_DirectorLetterOnThe4thNotification()
    {
        var letter = _p.OtherAuthorities.DirectorLetter!;

        Assert.Equal(4, letter.OnNotificationCount);
        Assert.True(letter.OrAnyNotificationShowingRiskOfHarm);
    }

    [Fact]
    public void NorthSomerset_R12_StrategyMeetingWhenMissing24Hours_HeldWithin72()
    {
        var meeting = _p.WhileMissing.StrategyMeeting!;

        Assert.Equal(ChildGroup.AllChildren, meeting.AppliesTo);
        Assert.Equal(24, meeting.TriggerAfterMissingHours);
        Assert.Equal(72, meeting.HoldWithinHours);
    }

    [Fact]
    public void NorthSomerset_R2_R4_R5_Routing()
    {
        Assert.True(_p.Intake.LookedAfterToAllocatedPractitioner);
        Assert.Equal(24, _p.Intake.NotOpenMissingLong!.AfterMissingHours);
        Assert.True(_p.Intake.NotOpenMissingLong.SeekFamilyConsentForAgencyChecks);
        Assert.Equal(24, _p.Intake.NotOpenMissingShort!.UnderMissingHours);
        Assert.Equal(16, _p.Intake.NotOpenMissingShort.ParentalConsentToOfferRhiUnderAge);
    }

    [Theory]
    [InlineData(2026, 12, 4, 18, OutOfHoursAction.EdtConductsRhi)]     // Friday 18:00: 63h
    [InlineData(2026, 12, 24, 18, OutOfHoursAction.EdtConductsRhi)]    // Christmas Eve: 111h
    [InlineData(2026, 12, 5, 18, OutOfHoursAction.AskChildWhoDoesRhi)] // Saturday 18:00: 39h
    [InlineData(2026, 12, 8, 17, OutOfHoursAction.AskChildWhoDoesRhi)] // weekday 17:00: 16h
    [InlineData(2026, 12, 8, 18, OutOfHoursAction.None)]               // weekday 18:00: 15h
    [InlineData(2026, 12, 8, 12, OutOfHoursAction.None)]               // in core hours
    public void NorthSomerset_R6_OutOfHoursBands(int year, int month, int day, int hourUtc, OutOfHoursAction expected)
    {
        var calendar = _p.CreateCalendar(new UkBankHolidaySource(), []);
        var wait = calendar.UntilNextWorkingDay(new DateTimeOffset(year, month, day, hourUtc, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, _p.ReturnInterview.OutOfHours!.ActionFor(wait));
    }

    [Fact]
    public void NorthSomerset_R22_Consent()
    {
        var consent = _p.ReturnInterview.Consent!;

        Assert.Equal(16, consent.ChildConsentFromAge);
        Assert.True(consent.AssumedForOurLookedAfterChildren);
    }

    [Fact]
    public void NorthSomerset_R23_IndependentPerson_24h_72h_3WorkingDays()
    {
        var ip = _p.ReturnInterview.IndependentPerson!;

        Assert.Equal((24, 72, 3), (ip.RequestWithinHours, ip.FollowUpAfterHours, ip.TellManagerAfterWorkingDays));
    }

    [Fact]
    public void NorthSomerset_R25_ParentsSpokenWith() =>
        Assert.True(_p.ReturnInterview.ParentsSpokenWithInEveryCase);

    [Theory]
    [InlineData(true, false, 2, true)]
    [InlineData(false, true, 2, true)]
    [InlineData(false, false, 24, true)]
    [InlineData(false, false, 23, false)]
    public void NorthSomerset_R31_SeriousIncidentNotification(bool lookedAfter, bool cinOrCp, int hoursMissing, bool expected) =>
        Assert.Equal(expected, _p.AfterReturn.SeriousIncidentNotification!.IsRequired(lookedAfter, cinOrCp, TimeSpan.FromHours(hoursMissing)));

    [Fact]
    public void NorthSomerset_R28_CeFormForEveryMissingOrAbsentChild()
    {
        var ce = _p.AfterReturn.CeAssessment!;

        Assert.Equal(CeAssessmentScope.EveryMissingOrAbsentChild, ce.Scope);
        Assert.True(ce.IsRequiredFor(age: 9, missing: false));
        Assert.True(ce.StartOnNotification);
    }

    [Fact]
    public void NorthSomerset_R32_R33_TriggerPlanAndProfessionalsMeeting()
    {
        Assert.True(_p.AfterReturn.TriggerPlan!.SharedWithPolice);
        Assert.Equal(3, _p.AfterReturn.ProfessionalsMeeting!.EpisodeCount);
        Assert.Null(_p.AfterReturn.ProfessionalsMeeting.WithinDays);
        Assert.True(_p.AfterReturn.ProfessionalsMeeting.ConsiderFamilyMeeting);
    }

    [Fact]
    public void NorthSomerset_R8_SilentOnReminders_TakesTheBaseline()
    {
        Assert.True(_p.OtherAuthorities.PlacedHere.RhiByHomeAuthority);
        Assert.True(_p.OtherAuthorities.PlacedHere.CompleteEpisodeWithoutRhiOrRiskSections);
        Assert.Equal(14, _p.OtherAuthorities.PlacedHere.FormReminderAfterDays);
    }
}
