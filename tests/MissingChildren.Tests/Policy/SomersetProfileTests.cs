using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Policy;

public sealed class SomersetProfileTests
{
    private readonly PolicyProfile _p = PolicyProfileCatalog.Load("Somerset");

    [Fact]
    public void Somerset_R18_SocialWorkerContactWithin48Hours() =>
        Assert.Equal(48, _p.AfterReturn.SocialWorkerContactWithinHours);

    [Fact]
    public void Somerset_R21_CompletedWithin3WorkingDays_WrittenUpWithin48Hours()
    {
        Assert.Equal(3, _p.ReturnInterview.CompleteWithinWorkingDays);
        Assert.Equal(48, _p.ReturnInterview.WriteUpWithinHours);
        Assert.Null(_p.ReturnInterview.CompleteWithinHours); // the baseline's 72h completion is replaced
        Assert.Equal(RhiClockStart.RhiServiceInformed, _p.ReturnInterview.ClockStartsAt);
    }

    [Fact]
    public void Somerset_R19_AllocatedWithin24CoreHours_OverAWeekend()
    {
        var calendar = _p.CreateCalendar(new UkBankHolidaySource(), []);
        var notified = new DateTimeOffset(2026, 12, 4, 16, 0, 0, TimeSpan.Zero); // Friday 16:00

        var due = calendar.AddCoreHours(notified, TimeSpan.FromHours(_p.ReturnInterview.AllocateWithinCoreHours!.Value));

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 16, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Somerset_R20_ThreeAttempts_OneOutsideCoreHours_UpTo5WorkingDays()
    {
        var attempts = _p.ReturnInterview.ContactAttempts!;

        Assert.Equal(3, attempts.Minimum);
        Assert.True(attempts.OneOutsideCoreHours);
        Assert.True(attempts.AtDifferentTimesOfDay);
        Assert.Equal(5, attempts.UpToWorkingDays);
    }

    [Theory]
    [InlineData(10, false, LetterRecipients.ParentOrCarer)]
    [InlineData(12, false, LetterRecipients.ParentOrCarer)] // 002 is silent on 12: treated as under 13
    [InlineData(13, false, LetterRecipients.ParentOrCarer | LetterRecipients.Child)]
    [InlineData(15, true, LetterRecipients.ParentOrCarer | LetterRecipients.Child)]
    [InlineData(16, true, LetterRecipients.Child)]
    [InlineData(17, false, LetterRecipients.ParentOrCarer | LetterRecipients.Child)]
    public void Somerset_R20_LetterRecipients(int age, bool livingIndependently, LetterRecipients expected) =>
        Assert.Equal(expected, _p.ReturnInterview.ContactAttempts!.LetterRecipientsFor(age, livingIndependently));

    [Fact]
    public void Somerset_R26_OneRhiCoversOpenEpisodes() =>
        Assert.True(_p.ReturnInterview.OneRhiCoversOpenEpisodes);

    [Fact]
    public void Somerset_R8_WeOfferTheRhiAndSendTheFormToTheirSocialWorker()
    {
        var placed = _p.OtherAuthorities.PlacedHere;

        Assert.False(placed.RhiByHomeAuthority);
        Assert.True(placed.SendCompletedFormToHomeSocialWorker);
        Assert.False(placed.RequestRhiFormFromHomeAuthority);
        Assert.Null(placed.FormReminderAfterDays);
    }

    [Fact]
    public void Somerset_R12_LookedAfterOnly_CalledAt24Hours_RepeatedAtLeastEvery72()
    {
        var meeting = _p.WhileMissing.StrategyMeeting!;

        Assert.Equal(ChildGroup.LookedAfter, meeting.AppliesTo);
        Assert.Equal(24, meeting.TriggerAfterMissingHours);
        Assert.Equal(0, meeting.HoldWithinHours);
        Assert.Equal(72, meeting.RepeatEveryHours);
    }

    [Fact]
    public void Somerset_R10_R11_LookedAfterAndCpAlerts()
    {
        var alerts = _p.WhileMissing.Alerts;

        Assert.True(alerts.IroNotificationForLookedAfter);
        Assert.True(alerts.CpCoordinatorNotification);
        Assert.False(alerts.HeadOfServiceAlertForLookedAfterAtOnce); // Rutland's rule
    }

    [Fact]
    public void Somerset_R7_ChildUnder8DirectedToCsc() =>
        Assert.Equal(8, _p.Intake.DirectToChildrensSocialCareUnderAge);

    [Theory]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(17, true)]
    public void Somerset_R28_CeScreenFor13AndOver(int age, bool expected)
    {
        Assert.Equal(expected, _p.AfterReturn.CeAssessment!.IsRequiredFor(age, missing: true));
        Assert.True(_p.AfterReturn.CeAssessment.SkipIfDoneSinceEpisodeBegan);
    }

    [Fact]
    public void Somerset_R29_PreventionPlanWithoutAllocatedSocialWorker() =>
        Assert.True(_p.AfterReturn.PreventionPlan!.RequiredWhenNoAllocatedSocialWorker);
}
