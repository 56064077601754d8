using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// Where each clock starts and how its deadline explains itself: R17 per profile, R18 from the return, R19 allocation and
/// R21 completion and write-up as duties, and duties a late missing report raised that the found report shows were never due.
/// </summary>
public sealed class DutyEngineClockTests
{
    // Missing Tue 17 Nov 2026 22:00; found Wed 18 Nov 06:00; the found report reached us Wed 18 Nov 20:00 (14 hours later).
    private static readonly DateTimeOffset MissingFrom = DutyFixtures.At("2026-11-17T22:00:00Z");
    private static readonly DateTimeOffset Found = DutyFixtures.At("2026-11-18T06:00:00Z");
    private static readonly DateTimeOffset ReportReceived = DutyFixtures.At("2026-11-18T20:00:00Z");

    private static EpisodeFacts FoundEarlierThanReported() =>
        new(DutyFixtures.EpisodeId, EpisodeCategory.Missing, EpisodeStatus.Returned, MissingFrom, MissingFrom, Found, ReportReceived);

    // ---------------------------------------------------------------- R17: the 72 hours start where each protocol starts them

    [Theory]
    [InlineData("Statutory", "2026-11-21T06:00:00Z", "the child's return")]                    // statutory guidance: from the return
    [InlineData("NorthSomerset", "2026-11-21T06:00:00Z", "the child's return")]                // 001 §2.1
    [InlineData("Medway", "2026-11-21T20:00:00Z", "the police found report being received")]  // 003
    [InlineData("Somerset", "2026-11-21T20:00:00Z", "the return home interview service being informed")] // 002 §3.1
    [InlineData("Rutland", "2026-11-21T20:00:00Z", "the referral for the return interview")]  // 004 step 7
    public void R17_OfferClockStartsWhereTheProfileStartsIt(string profile, string expectedDueUtc, string why)
    {
        var engine = DutyFixtures.Engine(profile);
        var episode = FoundEarlierThanReported();

        var clock = engine.RhiClock(episode, ReportReceived);
        var rhi = engine.NewReturnInterview(DutyFixtures.ChildId, ReportReceived, clock.At);
        var plan = engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, new RhiFacts(DutyFixtures.RhiId, ReportReceived), ReportReceived);

        Assert.Equal(DutyFixtures.At(expectedDueUtc), rhi.OfferDueAt);
        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, RuleIds.RhiOffer));
        Assert.Equal(DutyFixtures.At(expectedDueUtc), offer.DueAt);
        Assert.Equal(ReportReceived, offer.RaiseAt);
        Assert.Contains(why, offer.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("72 clock hours later", offer.DueExplanation, StringComparison.Ordinal);
        Assert.StartsWith($"R17, {engine.Profile.DisplayName} profile.", offer.DueExplanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Statutory")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    public void R17_RhiAskedForAfterTheReturn_R34_RunsFromTheRequest(string profile)
    {
        var engine = DutyFixtures.Engine(profile);
        var requested = ReportReceived.AddDays(1);

        var clock = engine.RhiClock(FoundEarlierThanReported(), requested);

        Assert.Equal(requested, clock.At);
        Assert.Contains("R34", clock.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void R17_Explanation_SaysWhenBritishSummerTimeBeganInTheSeventyTwoHours()
    {
        // Medway: the found report received Fri 27 Mar 2026 12:00 GMT; the clocks go forward Sun 29 Mar.
        var received = DutyFixtures.At("2026-03-27T12:00:00Z");
        var episode = DutyFixtures.Returned(received.AddHours(-6), received);

        var plan = DutyFixtures.Plan("Medway", DutyFixtures.Child(), episode, received);

        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, RuleIds.RhiOffer));
        Assert.Equal(DutyFixtures.At("2026-03-30T12:00:00Z"), offer.DueAt);
        Assert.Contains("The clock started Fri 27 Mar 2026 12:00 GMT", offer.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("is Mon 30 Mar 2026 13:00 BST", offer.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("British Summer Time began", offer.DueExplanation, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- R18: 48 hours from the return, not from the report

    [Fact]
    public void R18_SocialWorkerContactRunsFromTheReturn_NotFromTheFoundReport()
    {
        var plan = DutyFixtures.Plan("Somerset", DutyFixtures.Child("CLA"), FoundEarlierThanReported(), ReportReceived);

        var contact = Assert.Single(plan.Of(TaskType.SocialWorkerContact, RuleIds.SocialWorkerContact));
        Assert.Equal(Found.AddHours(48), contact.DueAt);
        Assert.Equal(ReportReceived, contact.RaiseAt);
        Assert.Contains("the child's return, the found time on the police report", contact.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("48 clock hours later (nights, weekends and bank holidays count) is Fri 20 Nov 2026 06:00 GMT", contact.DueExplanation, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- R19: allocation is a duty of the RHI service's manager

    [Fact]
    public void R19_Somerset_AllocationIsADutyForTheRhiServiceManager_UntilAllocated()
    {
        var engine = DutyFixtures.Engine("Somerset");
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);
        var rhi = new RhiFacts(DutyFixtures.RhiId, DutyFixtures.InHours);

        var allocate = Assert.Single(engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, rhi, DutyFixtures.InHours)
            .Of(TaskType.ReturnHomeInterview, RuleIds.RhiAllocation));
        var afterAllocation = engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, rhi with { Allocated = true }, DutyFixtures.InHours);

        Assert.Equal((PolicyRole.TeamManager, TeamKind.ReturnInterviewService), (allocate.Role, allocate.Team));
        Assert.Equal(DutyFixtures.At("2026-11-19T10:00:00Z"), allocate.DueAt); // Wed 10:00 → Thu 10:00, well before the offer (Sat 10:00)
        Assert.Equal(DutyEngine.RhiDutyKey(DutyFixtures.RhiId, RuleIds.RhiAllocation, TaskType.ReturnHomeInterview, DutyEngine.AllocateQualifier), allocate.Key);
        Assert.Contains("same time on the next working day", allocate.DueExplanation, StringComparison.Ordinal);
        Assert.Empty(afterAllocation.Of(TaskType.ReturnHomeInterview, RuleIds.RhiAllocation));
    }

    [Theory]
    [InlineData("Statutory")]
    [InlineData("NorthSomerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    public void R19_OnlyWhereTheProfileSetsIt(string profile)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        Assert.Empty(DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, DutyFixtures.InHours).Of(TaskType.ReturnHomeInterview, RuleIds.RhiAllocation));
    }

    // ---------------------------------------------------------------- R21: completion within 3 working days, write-up within 48 hours

    [Fact]
    public void R21_Somerset_AcceptedBeforeEaster_HeldWithinThreeWorkingDaysSkippingTheBankHolidaysByName()
    {
        // Accepted Thu 2 Apr 2026 10:00 BST: Good Friday, the weekend and Easter Monday skipped; Tue 7, Wed 8, Thu 9 Apr.
        var accepted = DutyFixtures.At("2026-04-02T09:00:00Z");
        var engine = DutyFixtures.Engine("Somerset");
        var episode = DutyFixtures.Returned(accepted.AddDays(-1), accepted.AddHours(-20));
        var rhi = new RhiFacts(DutyFixtures.RhiId, accepted.AddHours(-20), Allocated: true, AcceptedAt: accepted);

        var complete = Assert.Single(engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, rhi, accepted)
            .Of(TaskType.ReturnHomeInterview, RuleIds.RhiCompletion));

        Assert.Equal(DutyFixtures.At("2026-04-09T16:00:00Z"), complete.DueAt); // Thu 9 Apr 17:00 BST
        Assert.Equal(accepted, complete.RaiseAt);
        Assert.Equal((PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (complete.Role, complete.Team));
        Assert.Contains("3 working days, not counting that day", complete.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("Fri 3 Apr (Good Friday, bank holiday)", complete.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("Sat 4 Apr (weekend)", complete.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("Mon 6 Apr (Easter Monday, bank holiday)", complete.DueExplanation, StringComparison.Ordinal);
        Assert.Contains("Thu 9 Apr 2026 17:00 BST", complete.DueExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void R21_NorthSomerset_AcceptedInterviewHeldWithinTheSeventyTwoHoursOfTheReturn()
    {
        var engine = DutyFixtures.Engine("NorthSomerset");
        var rhi = new RhiFacts(DutyFixtures.RhiId, ReportReceived, Allocated: true, AcceptedAt: ReportReceived.AddHours(2));

        var complete = Assert.Single(engine.Plan(DutyFixtures.Child(), FoundEarlierThanReported(), HistoryFacts.FirstEpisode, rhi, ReportReceived.AddHours(2))
            .Of(TaskType.ReturnHomeInterview), r => r.Key.EndsWith($"/{DutyEngine.CompleteQualifier}/1", StringComparison.Ordinal));

        Assert.Equal(Found.AddHours(72), complete.DueAt);
    }

    [Fact]
    public void R21_Somerset_WriteUpWithin48HoursOfTheInterview_UntilSent()
    {
        var engine = DutyFixtures.Engine("Somerset");
        var held = DutyFixtures.At("2026-11-19T14:00:00Z");
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);
        var rhi = new RhiFacts(DutyFixtures.RhiId, DutyFixtures.InHours, Concluded: true, Allocated: true, AcceptedAt: DutyFixtures.InHours, InterviewedAt: held);

        var plan = engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, rhi, held);
        var sent = engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, rhi with { Sent = true }, held);

        var writeUp = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, RuleIds.RhiCompletion));
        Assert.Equal(DutyEngine.RhiDutyKey(DutyFixtures.RhiId, RuleIds.RhiCompletion, TaskType.ReturnHomeInterview, DutyEngine.WriteUpQualifier), writeUp.Key);
        Assert.Equal(held.AddHours(48), writeUp.DueAt);
        Assert.Contains("the interview being held (002 §4.14)", writeUp.DueExplanation, StringComparison.Ordinal);
        Assert.Empty(sent.Of(TaskType.ReturnHomeInterview, RuleIds.RhiCompletion));
    }

    // ---------------------------------------------------------------- Late reports: never due, and really due

    [Fact]
    public void R33_MissingReportArrivedLate_FoundReportShowsBackAfter5Hours_TheMissing48HoursMeetingWasNeverDue()
    {
        var engine = DutyFixtures.Engine("Medway");
        var missingFrom = DutyFixtures.At("2026-11-16T10:00:00Z");
        var reportArrived = missingFrom.AddHours(50);
        var open = new EpisodeFacts(DutyFixtures.EpisodeId, EpisodeCategory.Missing, EpisodeStatus.Open, missingFrom, reportArrived, null, null);
        var meeting = Assert.Single(engine.Plan(DutyFixtures.Child(), open, HistoryFacts.FirstEpisode, null, reportArrived).Of(TaskType.ProfessionalsMeeting));

        var returned = open with { Status = EpisodeStatus.Returned, FoundAt = missingFrom.AddHours(5), ReturnKnownAt = reportArrived.AddHours(1) };
        var neverDue = engine.NeverDue(DutyFixtures.Child(), returned, reportArrived.AddHours(1));

        Assert.True(neverDue.TryGetValue(meeting.Key, out var reason));
        Assert.Equal("Never due: the found report shows the child was found Mon 16 Nov 2026 15:00 GMT, 5 hours after they were last seen, "
            + "before this duty's rule applied (Wed 18 Nov 2026 10:00 GMT)", reason);
        Assert.Empty(DutyFixtures.Plan("Medway", DutyFixtures.Child(), returned, reportArrived.AddHours(1)).Of(TaskType.ProfessionalsMeeting));
    }

    [Fact]
    public void R33_BothReportsArriveLate_EveryDutyThatWasReallyDueIsRaised()
    {
        // Missing 50 hours, both reports arriving 10 hours after the child was found: the missing-48-hours meeting was really due.
        var missingFrom = DutyFixtures.At("2026-11-16T10:00:00Z");
        var found = missingFrom.AddHours(50);
        var late = found.AddHours(10);
        var episode = new EpisodeFacts(DutyFixtures.EpisodeId, EpisodeCategory.Missing, EpisodeStatus.Returned, missingFrom, late, found, late);

        var plan = DutyFixtures.Plan("Medway", DutyFixtures.Child(), episode, late);

        Assert.Single(plan.Of(TaskType.ProfessionalsMeeting));
        Assert.Single(plan.Of(TaskType.ReturnHomeInterview, RuleIds.RhiOffer));
        Assert.Empty(DutyFixtures.Engine("Medway").NeverDue(DutyFixtures.Child(), episode, late));
    }
}
