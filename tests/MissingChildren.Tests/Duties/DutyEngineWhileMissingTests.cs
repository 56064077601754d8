using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// The duty engine while the child is missing (R12–R15, R45) and what stays of it after the return, rule by rule (domain.md), for each built-in profile.
/// Every row names its profile; instants are UTC. November 2026 is GMT, so UTC is UK local time there; July is BST (local = UTC + 1). Helpers are in DutyFixtures.cs.
/// </summary>
public sealed class DutyEngineWhileMissingTests
{
    // ---------------------------------------------------------------- R45 publicity for a missing looked-after child (Medway)

    [Theory]
    [InlineData("Medway", "CLA", 47.5, 0)]
    [InlineData("Medway", "CLA", 48.5, 1)]
    [InlineData("Medway", "CP", 60, 0)]
    [InlineData("NorthSomerset", "CLA", 60, 0)]
    public void R45_PublicityDecision_ForTheAssistantDirector_WhenOurLookedAfterChildIsMissing48Hours(string profile, string involvement, double hoursMissing, int expected)
    {
        var missingFrom = DutyFixtures.At("2026-11-16T09:00:00Z"); // Monday morning
        var now = missingFrom.AddHours(hoursMissing);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(missingFrom), now);

        var decisions = plan.Of(TaskType.PublicityDecision).ToList();
        Assert.Equal(expected, decisions.Count);
        if (expected == 1)
        {
            Assert.Equal(("R45", PolicyRole.Director, TeamKind.None), (decisions[0].RuleId, decisions[0].Role, decisions[0].Team));
            Assert.Equal(missingFrom.AddHours(48), decisions[0].RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-18T17:00:00Z"), decisions[0].DueAt); // the same working day
            Assert.Contains("warning the parents first", decisions[0].Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void R45_PublicityDecision_NotYetDue_EndsWhenTheChildIsFound()
    {
        Assert.True(DutyEngine.EndsWhenFound(TaskType.PublicityDecision));
    }

    // ---------------------------------------------------------------- R12 strategy meeting / case review

    [Theory]
    [InlineData("Statutory", "None", 24, 96)]
    [InlineData("NorthSomerset", "None", 24, 96)]
    [InlineData("NorthSomerset", "CLA", 24, 96)]
    [InlineData("Somerset", "CLA", 24, 24)]
    [InlineData("Medway", "None", 48, 48)]
    [InlineData("Medway", "CP", 48, 48)]
    [InlineData("Rutland", "None", 72, 72)]
    public void R12_StrategyMeeting_FirstDueAt(string profile, string involvement, int expectedRaiseHoursAfterMissing, int expectedDueHoursAfterMissing)
    {
        var missingFrom = DutyFixtures.InHours;
        var episode = DutyFixtures.Open(missingFrom);

        var before = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), episode, missingFrom.AddHours(expectedRaiseHoursAfterMissing).AddMinutes(-1));
        var at = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), episode, missingFrom.AddHours(expectedRaiseHoursAfterMissing));

        Assert.Empty(before.Of(TaskType.StrategyMeeting));
        var meeting = Assert.Single(at.Of(TaskType.StrategyMeeting));
        Assert.Equal(("R12", PolicyRole.TeamManager, TeamKind.AllocatedTeam), (meeting.RuleId, meeting.Role, meeting.Team));
        Assert.Equal(missingFrom.AddHours(expectedRaiseHoursAfterMissing), meeting.RaiseAt);
        Assert.Equal(missingFrom.AddHours(expectedDueHoursAfterMissing), meeting.DueAt);
    }

    [Theory]
    [InlineData("Somerset", "CLA", 23, "")]
    [InlineData("Somerset", "CLA", 24, "24")]
    [InlineData("Somerset", "CLA", 95, "24")]
    [InlineData("Somerset", "CLA", 96, "24,96")]
    [InlineData("Somerset", "CLA", 170, "24,96,168")]
    [InlineData("Somerset", "CP", 500, "")]                 // looked-after children only
    [InlineData("Somerset", "None", 500, "")]
    [InlineData("Rutland", "None", 71, "")]
    [InlineData("Rutland", "None", 143, "72")]
    [InlineData("Rutland", "None", 144, "72,144")]
    [InlineData("Rutland", "CLA", 300, "72,144,216,288")]
    [InlineData("NorthSomerset", "None", 500, "96")]          // no timed repeat
    [InlineData("Statutory", "None", 500, "96")]
    [InlineData("Medway", "None", 500, "48")]                 // later reviews at the chair's judgement
    public void R12_StrategyMeeting_RepeatsWhileMissing(string profile, string involvement, int hoursMissing, string expectedDueHoursAfterMissing)
    {
        var missingFrom = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(missingFrom), missingFrom.AddHours(hoursMissing));

        Assert.Equal(
            DutyFixtures.Hours(expectedDueHoursAfterMissing).Select(h => missingFrom.AddHours(h)).ToList(),
            plan.Of(TaskType.StrategyMeeting).Select(r => r.DueAt).Order().ToList());
        Assert.Equal(plan.Of(TaskType.StrategyMeeting).Count(), plan.Of(TaskType.StrategyMeeting).Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Medway", "None", 47, 0)]
    [InlineData("Medway", "None", 48, 1)]
    [InlineData("Medway", "CLA", 500, 1)]   // told once, not per review
    [InlineData("NorthSomerset", "None", 500, 0)]
    [InlineData("Somerset", "CLA", 500, 0)]
    [InlineData("Rutland", "None", 500, 0)]
    [InlineData("Statutory", "None", 500, 0)]
    public void R12_Medway_HeadOfServiceNotifiedWhenTheStrategyMeetingIsTriggered(string profile, string involvement, int hoursMissing, int expected)
    {
        var missingFrom = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(missingFrom), missingFrom.AddHours(hoursMissing));

        var alerts = plan.Of(TaskType.HeadOfServiceAlert, "R12").ToList();
        Assert.Equal(expected, alerts.Count);
        Assert.All(alerts, a =>
        {
            Assert.Equal((PolicyRole.TeamManager, TeamKind.AllocatedTeam), (a.Role, a.Team));
            Assert.Equal(missingFrom.AddHours(48), a.RaiseAt);
            Assert.Equal(missingFrom.AddHours(49), a.DueAt);
        });
    }

    // ---------------------------------------------------------------- R13 Need-to-Know (Medway)

    [Theory]
    [InlineData("Medway", "None", 23, 0, 0)]
    [InlineData("Medway", "None", 24, 1, 0)]
    [InlineData("Medway", "EarlyHelp", 100, 1, 0)]
    [InlineData("Medway", "CIN", 100, 1, 0)]
    [InlineData("Medway", "CLA", 24, 1, 1)]
    [InlineData("Medway", "CP", 24, 1, 1)]
    [InlineData("NorthSomerset", "CLA", 100, 0, 0)]
    [InlineData("Somerset", "CLA", 100, 0, 0)]
    [InlineData("Rutland", "CP", 100, 0, 0)]
    [InlineData("Statutory", "CLA", 100, 0, 0)]
    public void R13_NeedToKnowAt24Hours_AndIroOrCpChairForLookedAfterOrProtectionPlan(string profile, string involvement, int hoursMissing, int expectedNeedToKnow, int expectedIro)
    {
        var missingFrom = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(missingFrom), missingFrom.AddHours(hoursMissing));

        var needToKnow = plan.Of(TaskType.NeedToKnow).ToList();
        Assert.Equal(expectedNeedToKnow, needToKnow.Count);
        Assert.All(needToKnow, n =>
        {
            Assert.Equal("R13", n.RuleId);
            Assert.Equal(missingFrom.AddHours(24), n.RaiseAt);
            Assert.Equal(missingFrom.AddHours(25), n.DueAt);
        });

        var iro = plan.Of(TaskType.IroNotification, "R13").ToList();
        Assert.Equal(expectedIro, iro.Count);
        Assert.All(iro, n =>
        {
            Assert.Equal((PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (n.Role, n.Team));
            Assert.Equal(missingFrom.AddHours(24), n.RaiseAt);
            Assert.Equal(missingFrom.AddHours(48), n.DueAt);
        });
    }

    // ---------------------------------------------------------------- R14 Director briefing (Rutland)

    [Theory]
    [InlineData("Rutland", "2026-11-18T10:00:00Z", 71, "")]
    [InlineData("Rutland", "2026-11-18T10:00:00Z", 72, "2026-11-23T17:00:00Z")] // 72 h is Saturday 10:00: Monday's close
    [InlineData("Rutland", "2026-11-16T10:00:00Z", 72, "2026-11-19T17:00:00Z")] // 72 h is Thursday 10:00: that day's close
    [InlineData("Rutland", "2026-11-16T10:00:00Z", 400, "2026-11-19T17:00:00Z")] // once, however long
    [InlineData("NorthSomerset", "2026-11-18T10:00:00Z", 400, "")]
    [InlineData("Somerset", "2026-11-18T10:00:00Z", 400, "")]
    [InlineData("Medway", "2026-11-18T10:00:00Z", 400, "")]
    [InlineData("Statutory", "2026-11-18T10:00:00Z", 400, "")]
    public void R14_DirectorBriefedOnlyAfter72HoursMissing(string profile, string missingFromUtc, int hoursMissing, string expectedDueUtc)
    {
        var missingFrom = DutyFixtures.At(missingFromUtc);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLA"), DutyFixtures.Open(missingFrom), missingFrom.AddHours(hoursMissing));

        var briefings = plan.Of(TaskType.DirectorBriefing).ToList();
        if (expectedDueUtc.Length == 0)
        {
            Assert.Empty(briefings);
            return;
        }

        var briefing = Assert.Single(briefings);
        Assert.Equal(("R14", PolicyRole.HeadOfService, TeamKind.None), (briefing.RuleId, briefing.Role, briefing.Team));
        Assert.Equal(missingFrom.AddHours(72), briefing.RaiseAt);
        Assert.Equal(DutyFixtures.At(expectedDueUtc), briefing.DueAt);
    }

    // ---------------------------------------------------------------- R15 long absence reviews (Medway)

    // Missing from Wednesday 7 January 2026 10:00 UTC. 14 days: 21 Jan; 28 days: 4 Feb; 2 months: 7 Mar (day 59);
    // 28 days + 2 and 4 months: 4 Apr, 4 Jun; 6 months: 7 Jul (day 181). Each is raised 7 days before it is due.
    [Theory]
    [InlineData("Medway", "Service Missing Exploitation Discussion", false, 6, "")]
    [InlineData("Medway", "Service Missing Exploitation Discussion", false, 7, "2026-01-21")]
    [InlineData("Medway", "Service Missing Exploitation Discussion", false, 20, "2026-01-21")]
    [InlineData("Medway", "Service Missing Exploitation Discussion", false, 21, "2026-01-21,2026-02-04")]
    [InlineData("Medway", "Service Missing Exploitation Discussion", false, 200, "2026-01-21,2026-02-04")] // only in the first 28 days
    [InlineData("Medway", "Head of Service review of the child's case record", false, 51, "")]
    [InlineData("Medway", "Head of Service review of the child's case record", false, 52, "2026-03-07")]
    [InlineData("Medway", "Head of Service review of the child's case record", false, 200, "2026-03-07")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting (bi-monthly)", false, 20, "")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting (bi-monthly)", false, 21, "2026-02-04")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting (bi-monthly)", false, 200, "2026-02-04,2026-04-04,2026-06-04")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting at 6 months", false, 173, "")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting at 6 months", false, 174, "2026-07-07")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting: unaccompanied asylum-seeking child missing 28 days", true, 20, "")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting: unaccompanied asylum-seeking child missing 28 days", true, 21, "2026-02-04")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting: unaccompanied asylum-seeking child missing 28 days", true, 200, "2026-02-04")]
    [InlineData("Medway", "Multi-disciplinary professionals meeting: unaccompanied asylum-seeking child missing 28 days", false, 200, "")]
    public void R15_Medway_LongMissingReviews_RaisedAWeekBeforeDue(string profile, string title, bool unaccompaniedAsylumSeeker, int daysMissing, string expectedDueDates)
    {
        var missingFrom = DutyFixtures.At("2026-01-07T10:00:00Z");

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLA", uasc: unaccompaniedAsylumSeeker), DutyFixtures.Open(missingFrom), missingFrom.AddDays(daysMissing));

        var reviews = plan.Of(TaskType.LongMissingReview).Where(r => r.Title == title).OrderBy(r => r.DueAt).ToList();
        Assert.Equal(
            expectedDueDates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => DutyFixtures.At(d + "T10:00:00Z")).ToList(),
            reviews.Select(r => r.DueAt).ToList());
        Assert.All(reviews, r =>
        {
            Assert.Equal(("R15", PolicyRole.HeadOfService, TeamKind.AllocatedTeam), (r.RuleId, r.Role, r.Team));
            Assert.Equal(r.DueAt.AddDays(-7), r.RaiseAt);
        });
    }

    // Medway at 400 days: 14 and 28 days (fortnightly), 2 months, 28 days + 0/2/4 months (bi-monthly), 6 months; + the UASC 28-day meeting.
    [Theory]
    [InlineData("Medway", false, 7)]
    [InlineData("Medway", true, 8)]
    [InlineData("NorthSomerset", true, 0)]
    [InlineData("Somerset", true, 0)]
    [InlineData("Rutland", true, 0)]
    [InlineData("Statutory", true, 0)]
    public void R15_LongMissingReviews_OnlyInMedway_AllOfThemBySixMonths(string profile, bool unaccompaniedAsylumSeeker, int expected)
    {
        var missingFrom = DutyFixtures.At("2026-01-07T10:00:00Z");

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("None", uasc: unaccompaniedAsylumSeeker), DutyFixtures.Open(missingFrom), missingFrom.AddDays(400));

        var reviews = plan.Of(TaskType.LongMissingReview).ToList();
        Assert.Equal(expected, reviews.Count);
        Assert.Equal(expected, reviews.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(reviews, r => Assert.True(r.DueAt <= missingFrom.AddMonths(6)));
    }

    // ---------------------------------------------------------------- while-missing duties after the return

    [Theory]
    [InlineData(TaskType.StrategyMeeting, true)]
    [InlineData(TaskType.NeedToKnow, true)]
    [InlineData(TaskType.DirectorBriefing, true)]
    [InlineData(TaskType.LongMissingReview, true)]
    [InlineData(TaskType.ReturnHomeInterview, false)]
    [InlineData(TaskType.HeadOfServiceAlert, false)]
    [InlineData(TaskType.IroNotification, false)]
    [InlineData(TaskType.ProfessionalsMeeting, false)]
    [InlineData(TaskType.CeRiskAssessment, false)]
    [InlineData(TaskType.RhiFormRequest, false)]
    public void EndsWhenFound_OnlyTheWhileMissingDuties(TaskType type, bool expected) =>
        Assert.Equal(expected, DutyEngine.EndsWhenFound(type));

    [Theory]
    [InlineData("NorthSomerset", "None", 30, TaskType.StrategyMeeting, 1, 0)]    // due at 96 h
    [InlineData("Statutory", "None", 30, TaskType.StrategyMeeting, 1, 0)]
    [InlineData("Somerset", "CLA", 30, TaskType.StrategyMeeting, 1, 1)]          // due at 24 h: stays
    [InlineData("Somerset", "CLA", 100, TaskType.StrategyMeeting, 2, 2)]         // 24 h and 96 h
    [InlineData("Rutland", "None", 150, TaskType.StrategyMeeting, 2, 2)]         // 72 h and 144 h
    [InlineData("Rutland", "None", 100, TaskType.DirectorBriefing, 1, 0)]        // raised Sat 10:00, due Mon 17:00
    [InlineData("Medway", "None", 30, TaskType.NeedToKnow, 1, 1)]                // due at 25 h
    [InlineData("Medway", "None", 240, TaskType.LongMissingReview, 1, 0)]        // raised at 7 days, due at 14
    [InlineData("Medway", "None", 400, TaskType.LongMissingReview, 1, 1)]        // the 14-day one was due before the return
    public void WhileMissingDuties_NotPlannedAfterTheReturn_WhenDueAfterTheChildWasFound(string profile, string involvement, int foundAfterHours, TaskType type, int expectedWhileMissing, int expectedAfterReturn)
    {
        var missingFrom = DutyFixtures.InHours;
        var found = missingFrom.AddHours(foundAfterHours);
        var child = DutyFixtures.Child(involvement);

        var whileMissing = DutyFixtures.Plan(profile, child, DutyFixtures.Open(missingFrom), found);
        var afterReturn = DutyFixtures.Plan(profile, child, DutyFixtures.Returned(missingFrom, found), found.AddDays(30));

        Assert.True(DutyEngine.EndsWhenFound(type));
        Assert.Equal(expectedWhileMissing, whileMissing.Of(type).Count());
        Assert.Equal(expectedAfterReturn, afterReturn.Of(type).Count());
        Assert.All(afterReturn.Of(type), r => Assert.True(r.DueAt <= found));
    }
}
