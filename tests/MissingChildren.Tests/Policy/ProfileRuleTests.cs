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
        Assert.Null(_p.Oversight.PerformanceTargets);
        Assert.False(_p.WhileMissing.Alerts.SameWorkingDayRiskDiscussionForLookedAfter);
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
        Assert.Null(_p.Safeguarding.NrmReferral);                 // R44
        Assert.False(_p.ReturnInterview.CompletedRhiSentToPolice); // R27
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

public sealed class NorthSomersetProfileTests
{
    private readonly PolicyProfile _p = PolicyProfileCatalog.Load("NorthSomerset");

    [Fact]
    public void NorthSomerset_R9_DirectorLetterOnThe4thNotification_SignedSameWorkingDay()
    {
        var letter = _p.OtherAuthorities.DirectorLetter!;

        Assert.Equal(4, letter.OnNotificationCount);
        Assert.True(letter.OrAnyNotificationShowingRiskOfHarm);
        Assert.True(letter.SignedSameWorkingDay);
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

        Assert.Equal(16, consent.ParentOrCarerConsentUnderAge);
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
    public void NorthSomerset_R16_R35_R38_Oversight()
    {
        Assert.True(_p.Oversight.DailyChecks!.TeamManagerChecksRecordDaily);
        Assert.True(_p.Oversight.DailyChecks.HeadOfServiceDailyUpdate);
        Assert.Equal(11, _p.Oversight.HeadOfServiceUpdate!.Items.Count);
        Assert.Equal(7, _p.Oversight.Governance!.MissingMeetingEveryDays);
        Assert.Equal(3, _p.Oversight.Governance.PartnershipReportEveryMonths);
    }

    [Fact]
    public void NorthSomerset_R41_R42_OtherAreasTold()
    {
        var areas = _p.OtherAuthorities.InformOtherAreas!;

        Assert.True(areas.NotifyAllAuthoritiesWhenFamilyMissing);
        Assert.True(areas.NotifyHomeAuthorityWhenChildFoundHere);
        Assert.True(areas.NotifyAuthorityWhereOurChildIsMissing);
    }

    [Fact]
    public void NorthSomerset_R8_SilentOnReminders_TakesTheBaseline()
    {
        Assert.True(_p.OtherAuthorities.PlacedHere.RhiByHomeAuthority);
        Assert.True(_p.OtherAuthorities.PlacedHere.CompleteEpisodeWithoutRhiOrRiskSections);
        Assert.Equal(14, _p.OtherAuthorities.PlacedHere.FormReminderAfterDays);
    }
}

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

        Assert.True(alerts.SameWorkingDayRiskDiscussionForLookedAfter);
        Assert.True(alerts.IroNotificationForLookedAfter);
        Assert.True(alerts.HostAuthorityNotificationWhenPlacedOutOfArea);
        Assert.True(alerts.CpCoordinatorNotification);
        Assert.False(alerts.HeadOfServiceAlertForLookedAfterAtOnce); // Rutland's rule
    }

    [Fact]
    public void Somerset_R7_ChildUnder8DirectedToCsc() =>
        Assert.Equal(8, _p.Intake.DirectToChildrensSocialCareUnderAge);

    [Fact]
    public void Somerset_000_PoliceDoNotUseAbsent() =>
        Assert.False(_p.Episodes.AbsentCategoryUsed);

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

    [Fact]
    public void Somerset_R37_PerformanceTargets()
    {
        var t = _p.Oversight.PerformanceTargets!;

        Assert.Equal((100, 100, 10), (t.OfferedWithinTimePercent, t.AcceptedCompletedWithinTimePercent, t.MaximumRefusingPercent));
    }

    [Fact]
    public void Somerset_R38_FortnightlyPanel_QuarterlyReport() =>
        Assert.Equal((14, 3), (_p.Oversight.Governance!.MissingMeetingEveryDays, _p.Oversight.Governance.PartnershipReportEveryMonths));

    [Fact]
    public void Somerset_R43_InterpreterNeedPassedToRhiService() =>
        Assert.True(_p.Safeguarding.Uasc!.InterpreterNeedPassedToRhiService);
}

public sealed class MedwayProfileTests
{
    private static readonly DateTimeOffset MissingFrom = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly PolicyProfile _p = PolicyProfileCatalog.Load("Medway");

    [Fact]
    public void Medway_R12_StrategyMeetingAt48Hours_HeadOfServiceNotified()
    {
        var meeting = _p.WhileMissing.StrategyMeeting!;

        Assert.Equal(48, meeting.TriggerAfterMissingHours);
        Assert.True(meeting.NotifyHeadOfService);
        Assert.True(meeting.InviteIroOrCpChair);
        Assert.Equal(MissingFrom.AddHours(48), meeting.FirstDueAt(MissingFrom));
    }

    [Fact]
    public void Medway_R13_NeedToKnowAfter24Hours_IroOrCpChairWithin24()
    {
        var ntk = _p.WhileMissing.NeedToKnow!;

        Assert.Equal(24, ntk.AfterMissingHours);
        Assert.Equal(24, ntk.IroOrCpChairInformedWithinHours);
        Assert.Equal(ChildGroup.LookedAfterOrChildProtection, ntk.IroOrCpChairAppliesTo);
    }

    [Fact]
    public void Medway_R15_FortnightlyDiscussionsInTheFirst28Days()
    {
        var review = Review("FortnightlyExploitationDiscussion");

        Assert.Equal([MissingFrom.AddDays(14), MissingFrom.AddDays(28)], review.DueTimes(MissingFrom, MissingFrom.AddYears(1)));
    }

    [Fact]
    public void Medway_R15_HeadOfServiceReviewAt2Months() =>
        Assert.Equal([MissingFrom.AddMonths(2)], Review("HeadOfServiceCaseReview").DueTimes(MissingFrom, MissingFrom.AddYears(1)));

    [Fact]
    public void Medway_R15_BiMonthlyMultiDisciplinaryReviewsUpTo6Months()
    {
        var due = Review("BiMonthlyMultiDisciplinaryReview").DueTimes(MissingFrom, MissingFrom.AddYears(1)).ToList();

        var first = MissingFrom.AddDays(28);
        Assert.Equal([first, first.AddMonths(2), first.AddMonths(4)], due);
        Assert.All(due, d => Assert.True(d <= MissingFrom.AddMonths(6)));
    }

    [Fact]
    public void Medway_R15_SixMonthDecisionMeeting() =>
        Assert.Equal([MissingFrom.AddMonths(6)], Review("SixMonthDecisionMeeting").DueTimes(MissingFrom, MissingFrom.AddYears(1)));

    [Fact]
    public void Medway_R15_R43_UascMeetingAt28Days()
    {
        var review = Review("UascTwentyEightDayMeeting");

        Assert.Equal(ChildGroup.UnaccompaniedAsylumSeeking, review.AppliesTo);
        Assert.Equal([MissingFrom.AddDays(28)], review.DueTimes(MissingFrom, MissingFrom.AddYears(1)));
    }

    [Fact]
    public void Medway_R15_ReviewsNotYetDue_AreNotListedBeyondTheHorizon() =>
        Assert.Empty(Review("SixMonthDecisionMeeting").DueTimes(MissingFrom, MissingFrom.AddMonths(1)));

    [Fact]
    public void Medway_R33_ThreeReportsIn90Days_OrMissing48Hours()
    {
        var meeting = _p.AfterReturn.ProfessionalsMeeting!;

        Assert.Equal((3, 90, 48), (meeting.EpisodeCount, meeting.WithinDays, meeting.OrMissingForHours));
        Assert.Equal(PolicyRole.Police, meeting.ConvenedBy);
    }

    [Fact]
    public void Medway_R24_ClosedAsDeclinedAfterMoreThanThreeAttempts() =>
        Assert.Equal(4, _p.ReturnInterview.CloseAsDeclinedAfterUnsuccessfulAttempts);

    [Fact]
    public void Medway_R17_R27_WithinFoundReport72Hours_CopiesToPolice()
    {
        Assert.Equal(RhiClockStart.FoundReportReceived, _p.ReturnInterview.ClockStartsAt);
        Assert.Equal(72, _p.ReturnInterview.CompleteWithinHours);
        Assert.True(_p.ReturnInterview.CompletedRhiSentToPolice);
    }

    [Fact]
    public void Medway_R36_DailyReport()
    {
        var report = _p.Oversight.DailyReport!;

        Assert.Equal(24, report.MissingWithinLastHours);
        Assert.True(report.IncludeStillMissing);
        Assert.True(report.IncludePoliceRiskGrade);
        Assert.Contains(PolicyRole.Director, report.Recipients);
    }

    [Fact]
    public void Medway_R40_R44_R45()
    {
        Assert.True(_p.Education.ChildrenMissingEducation!.NeverClosedWhileNotFound);
        Assert.False(_p.Safeguarding.NrmReferral!.ConsentRequiredForChild);
        Assert.Equal(PolicyRole.SocialWorker, _p.Safeguarding.NrmReferral.By);
        Assert.Equal(PolicyRole.Director, _p.Safeguarding.PublicityDecision!.DecidedBy);
        Assert.True(_p.Safeguarding.PublicityDecision.ParentsWarnedFirst);
    }

    [Fact]
    public void Medway_R43_UascRemainLookedAfterWhileMissing() =>
        Assert.True(_p.Safeguarding.Uasc!.RemainLookedAfterWhileMissing);

    [Fact]
    public void Medway_KentPoliceOnlyUseMissing() =>
        Assert.False(_p.Episodes.AbsentCategoryUsed);

    [Fact]
    public void Medway_SilentOnEscalation_TakesTheBaseline() =>
        Assert.Equal(PolicyProfileCatalog.Load("Statutory").Oversight.Escalation, _p.Oversight.Escalation);

    private LongMissingReview Review(string code) => Assert.Single(_p.WhileMissing.LongMissingReviews, r => r.Code == code);
}

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
    public void Rutland_R39_SchoolAbsence_ReturnInterviewAfter3ConsecutiveAbsences() =>
        Assert.Equal(3, _p.Education.SchoolAbsence!.ReturnInterviewAfterConsecutiveAbsences);

    [Fact]
    public void Rutland_R27_CompletedRhisToPolice() =>
        Assert.True(_p.ReturnInterview.CompletedRhiSentToPolice);

    [Fact]
    public void Rutland_SilentOnR8_TakesTheStatutoryBaseline()
    {
        var statutory = PolicyProfileCatalog.Load("Statutory");

        Assert.Equal(statutory.OtherAuthorities.PlacedHere, _p.OtherAuthorities.PlacedHere);
        Assert.Equal(statutory.CoreHours, _p.CoreHours);
        Assert.True(_p.Episodes.AbsentCategoryUsed);
        Assert.Null(_p.AfterReturn.CeAssessment);
    }
}
