using System.Globalization;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// The duty engine, rule by rule (domain.md R6–R33), for each built-in profile. Every row names its profile;
/// instants are UTC. November 2026 is GMT, so UTC is UK local time there; July is BST (local = UTC + 1).
/// </summary>
public sealed class DutyEngineRuleTests
{
    // ---------------------------------------------------------------- whole plan

    [Theory]
    [InlineData("Statutory", "ReturnHomeInterview:R17")]
    [InlineData("NorthSomerset", "CeRiskAssessment:R28,ReturnHomeInterview:R17")]
    [InlineData("Somerset", "CeRiskAssessment:R28,PreventionPlan:R29,ReturnHomeInterview:R17")]
    [InlineData("Medway", "ReturnHomeInterview:R17")]
    [InlineData("Rutland", "ReturnHomeInterview:R17")]
    public void AllRules_ShortFirstEpisode_NotOpenToServices_ReturnedInHours_PlansExactly(string profile, string expected)
    {
        // A 14-year-old open to nothing, missing 5 hours, found Wednesday 10:00.
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, DutyFixtures.InHours);

        Assert.Equal(expected, string.Join(",", plan.Select(r => $"{r.Type}:{r.RuleId}").Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("Statutory", "ReturnHomeInterview:R17:RhiWorker")]
    [InlineData("NorthSomerset", "CeRiskAssessment:R28:RhiWorker,ReturnHomeInterview:R17:EmergencyDuty")]
    [InlineData("Somerset", "CeRiskAssessment:R28:RhiWorker,PreventionPlan:R29:RhiWorker,ReturnHomeInterview:R17:RhiWorker")]
    [InlineData("Medway", "ReturnHomeInterview:R17:RhiWorker")]
    [InlineData("Rutland", "ReturnHomeInterview:R17:RhiWorker")]
    public void AllRules_ShortFirstEpisode_NotOpenToServices_ReturnedFridayEvening_PlansExactly(string profile, string expected)
    {
        // Found Friday 19:00, 62 hours before Monday 09:00.
        var episode = DutyFixtures.Returned(DutyFixtures.OutOfHours.AddHours(-5), DutyFixtures.OutOfHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, DutyFixtures.OutOfHours);

        Assert.Equal(expected, string.Join(",", plan.Select(r => $"{r.Type}:{r.RuleId}:{r.Role}").Order(StringComparer.Ordinal)));
    }

    // ---------------------------------------------------------------- R6 out of hours (North Somerset)

    [Theory]
    [InlineData("NorthSomerset", "2026-11-20T19:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Fri 19:00 GMT: 62 h to Mon 09:00
    [InlineData("NorthSomerset", "2026-11-21T09:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Sat 09:00: exactly 48 h
    [InlineData("NorthSomerset", "2026-11-21T10:00:00Z", PolicyRole.RhiWorker, "2026-11-23T09:00:00Z")]      // Sat 10:00: 47 h
    [InlineData("NorthSomerset", "2026-11-21T18:00:00Z", PolicyRole.RhiWorker, "2026-11-23T09:00:00Z")]      // Sat 18:00: 39 h
    [InlineData("NorthSomerset", "2026-11-17T17:00:00Z", PolicyRole.RhiWorker, "2026-11-18T09:00:00Z")]      // Tue 17:00: exactly 16 h
    [InlineData("NorthSomerset", "2026-11-17T18:00:00Z", PolicyRole.RhiWorker, "")]                          // Tue 18:00: 15 h
    [InlineData("NorthSomerset", "2026-11-20T08:30:00Z", PolicyRole.RhiWorker, "")]                          // Fri 08:30: 30 min
    [InlineData("NorthSomerset", "2026-11-18T10:00:00Z", PolicyRole.RhiWorker, "")]                          // Wed 10:00: core hours
    [InlineData("NorthSomerset", "2026-11-20T16:00:00Z", PolicyRole.RhiWorker, "")]                          // Fri 16:00 GMT: core hours
    [InlineData("NorthSomerset", "2026-07-17T16:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Fri 17:00 BST: 64 h to Mon 09:00 BST
    [InlineData("NorthSomerset", "2026-12-24T18:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Christmas Eve: 111 h to Tue 29th
    [InlineData("Statutory", "2026-11-20T19:00:00Z", PolicyRole.RhiWorker, "")]
    [InlineData("Somerset", "2026-11-20T19:00:00Z", PolicyRole.RhiWorker, "")]
    [InlineData("Medway", "2026-11-20T19:00:00Z", PolicyRole.RhiWorker, "")]
    [InlineData("Rutland", "2026-11-21T18:00:00Z", PolicyRole.RhiWorker, "")]
    public void R6_OutOfHoursReturn_WhoOffersTheRhi_AndTheEdtAskTask(string profile, string returnKnownUtc, PolicyRole expectedOfferRole, string expectedAskDueUtc)
    {
        var returnKnown = DutyFixtures.At(returnKnownUtc);
        var episode = DutyFixtures.Returned(returnKnown.AddHours(-5), returnKnown);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, returnKnown);

        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, "R17"));
        Assert.Equal(expectedOfferRole, offer.Role);
        Assert.Equal(expectedOfferRole == PolicyRole.EmergencyDuty ? TeamKind.EmergencyDuty : TeamKind.ReturnInterviewService, offer.Team);
        Assert.Equal(returnKnown.AddHours(72), offer.DueAt);
        Assert.Equal(DutyFixtures.RhiId, offer.ReturnHomeInterviewId);

        var r6 = plan.Where(r => r.RuleId == "R6").ToList();
        if (expectedAskDueUtc.Length == 0)
        {
            Assert.Empty(r6);
        }
        else
        {
            var ask = Assert.Single(r6);
            Assert.Equal(TaskType.ReturnHomeInterview, ask.Type);
            Assert.Equal((PolicyRole.EmergencyDuty, TeamKind.EmergencyDuty), (ask.Role, ask.Team));
            Assert.Equal(returnKnown, ask.RaiseAt);
            Assert.Equal(DutyFixtures.At(expectedAskDueUtc), ask.DueAt);
        }
    }

    // ---------------------------------------------------------------- R7 under 8 (Somerset)

    [Theory]
    [InlineData("Somerset", 3, PolicyRole.SocialWorker, TeamKind.AllocatedTeam)]
    [InlineData("Somerset", 7, PolicyRole.SocialWorker, TeamKind.AllocatedTeam)]
    [InlineData("Somerset", 8, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("NorthSomerset", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("Medway", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("Rutland", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("Statutory", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    public void R7_UnderEight_RhiOfferGoesToChildrensSocialCare(string profile, int age, PolicyRole expectedRole, TeamKind expectedTeam)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(age: age), episode, DutyFixtures.InHours);

        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview));
        Assert.Equal("R17", offer.RuleId);
        Assert.Equal((expectedRole, expectedTeam), (offer.Role, offer.Team));
        Assert.Equal(DutyFixtures.InHours.AddHours(72), offer.DueAt);
    }

    // ---------------------------------------------------------------- R8 another authority's looked-after child

    [Theory]
    [InlineData("NorthSomerset", "CLAOtherAuthority", "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("Somerset", "CLAOtherAuthority", "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("Medway", "CLAOtherAuthority", "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("Rutland", "CLAOtherAuthority", "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("Statutory", "CLAOtherAuthority", "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("NorthSomerset", "CLAOtherAuthority", "2026-11-20T19:00:00Z", "2026-11-23T17:00:00Z")] // Friday night: Monday
    [InlineData("Medway", "CLAOtherAuthority", "2026-12-24T18:00:00Z", "2026-12-29T17:00:00Z")]        // Christmas: Tuesday 29th
    [InlineData("NorthSomerset", "CLA", "2026-11-18T10:00:00Z", "")]                                    // ours: no home authority
    [InlineData("Statutory", "CLA+CLAOtherAuthority", "2026-11-18T10:00:00Z", "")]                      // ours wins
    [InlineData("Medway", "None", "2026-11-18T10:00:00Z", "")]
    public void R8_HomeAuthorityNotification_SameWorkingDayAsTheNotification(string profile, string involvement, string notifiedUtc, string expectedDueUtc)
    {
        var notified = DutyFixtures.At(notifiedUtc);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(notified), notified);

        var tell = plan.Of(TaskType.HomeAuthorityNotification).ToList();
        if (expectedDueUtc.Length == 0)
        {
            Assert.Empty(tell);
            return;
        }

        var only = Assert.Single(tell);
        Assert.Equal("R8", only.RuleId);
        Assert.Equal((PolicyRole.FrontDoor, TeamKind.FrontDoor), (only.Role, only.Team));
        Assert.Equal(notified, only.RaiseAt);
        Assert.Equal(DutyFixtures.At(expectedDueUtc), only.DueAt);
    }

    [Theory]
    [InlineData("NorthSomerset", "CLAOtherAuthority", false)]
    [InlineData("Medway", "CLAOtherAuthority", false)]
    [InlineData("Rutland", "CLAOtherAuthority", false)]
    [InlineData("Statutory", "CLAOtherAuthority", false)]
    [InlineData("Somerset", "CLAOtherAuthority", true)]
    [InlineData("NorthSomerset", "CLA", true)]
    [InlineData("Medway", "None", true)]
    [InlineData("Rutland", "EarlyHelp", true)]
    public void R8_NeedsReturnInterview_HomeAuthorityDoesIt_ExceptInSomerset(string profile, string involvement, bool expected)
    {
        var engine = DutyFixtures.Engine(profile);
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-30), DutyFixtures.InHours);

        Assert.Equal(expected, engine.NeedsReturnInterview(DutyFixtures.Child(involvement), episode));
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R17_NeedsReturnInterview_OnlyForAReturnedMissingChild(string profile)
    {
        var engine = DutyFixtures.Engine(profile);
        var child = DutyFixtures.Child();
        var missingFrom = DutyFixtures.InHours.AddHours(-5);

        Assert.True(engine.NeedsReturnInterview(child, DutyFixtures.Returned(missingFrom, DutyFixtures.InHours)));
        Assert.False(engine.NeedsReturnInterview(child, DutyFixtures.Open(missingFrom)));
        Assert.False(engine.NeedsReturnInterview(child, DutyFixtures.Returned(missingFrom, DutyFixtures.InHours, EpisodeCategory.Absent)));
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R8_RhiFormRequest_RequestedOnReturn_Reminded14DaysAfterDue_Escalated14DaysLater(string profile)
    {
        // Found Wed 18 Nov 10:00; the home authority's RHI is due Sat 21 Nov 10:00 (72 h).
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-30), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLAOtherAuthority"), episode, DutyFixtures.InHours.AddDays(60));

        var forms = plan.Of(TaskType.RhiFormRequest).OrderBy(r => r.RaiseAt).ToList();
        Assert.Equal(3, forms.Count);
        Assert.All(forms, r => Assert.Equal("R8", r.RuleId));
        Assert.All(forms, r => Assert.Equal(TeamKind.FrontDoor, r.Team));
        var expected = new List<(DateTimeOffset RaiseAt, DateTimeOffset DueAt, PolicyRole Role)>
        {
            (DutyFixtures.At("2026-11-18T10:00:00Z"), DutyFixtures.At("2026-11-18T17:00:00Z"), PolicyRole.FrontDoor),   // request: same working day
            (DutyFixtures.At("2026-12-05T10:00:00Z"), DutyFixtures.At("2026-12-07T17:00:00Z"), PolicyRole.FrontDoor),   // due + 14 days (a Saturday): Monday
            (DutyFixtures.At("2026-12-19T10:00:00Z"), DutyFixtures.At("2026-12-21T17:00:00Z"), PolicyRole.TeamManager), // due + 28 days: escalate
        };
        Assert.Equal(expected, forms.Select(r => (r.RaiseAt, r.DueAt, r.Role)).ToList());
    }

    [Theory]
    [InlineData("NorthSomerset", 0, 1)]
    [InlineData("NorthSomerset", 16, 1)]
    [InlineData("NorthSomerset", 17, 2)]
    [InlineData("Medway", 30, 2)]
    [InlineData("Medway", 31, 3)]
    [InlineData("Rutland", 31, 3)]
    [InlineData("Somerset", 60, 0)]
    public void R8_RhiFormRequest_EachStepRaisedOnlyWhenItsTimeComes(string profile, int daysAfterReturn, int expected)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-30), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLAOtherAuthority"), episode, DutyFixtures.InHours.AddDays(daysAfterReturn));

        Assert.Equal(expected, plan.Of(TaskType.RhiFormRequest).Count());
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R8_OtherAuthorityChild_EpisodeCompletedWithoutRhiOrRiskSections(string profile)
    {
        // Missing 30 h: a child of ours would get a SIN (North Somerset R31) and a CE form (R28).
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-30), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLAOtherAuthority"), episode, DutyFixtures.InHours.AddHours(1));

        Assert.Empty(plan.Of(TaskType.ReturnHomeInterview));
        Assert.Empty(plan.Of(TaskType.CeRiskAssessment));
        Assert.Empty(plan.Of(TaskType.SeriousIncidentNotification));
        Assert.Empty(plan.Of(TaskType.PreventionPlan));
        Assert.Single(plan.Of(TaskType.HomeAuthorityNotification));
    }

    [Fact]
    public void R8_Somerset_OffersItsOwnRhi_AndAsksNoFormOfTheHomeAuthority()
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-30), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan("Somerset", DutyFixtures.Child("CLAOtherAuthority", age: 14), episode, DutyFixtures.InHours.AddDays(60));

        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview));
        Assert.Equal(("R17", PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (offer.RuleId, offer.Role, offer.Team));
        Assert.Equal(DutyFixtures.At("2026-11-21T10:00:00Z"), offer.DueAt);
        Assert.Empty(plan.Of(TaskType.RhiFormRequest));
        Assert.Single(plan.Of(TaskType.HomeAuthorityNotification));
        Assert.Single(plan.Of(TaskType.CeRiskAssessment, "R28")); // risk sections are ours too (002 §8)
    }

    // ---------------------------------------------------------------- R9 Director letter (North Somerset)

    [Theory]
    [InlineData("NorthSomerset", "CLAOtherAuthority", 3, "2026-11-18T10:00:00Z", "")]
    [InlineData("NorthSomerset", "CLAOtherAuthority", 4, "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("NorthSomerset", "CLAOtherAuthority", 9, "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("NorthSomerset", "CLAOtherAuthority", 4, "2026-11-20T19:00:00Z", "2026-11-23T17:00:00Z")] // Friday night: Monday
    [InlineData("NorthSomerset", "CLA", 4, "2026-11-18T10:00:00Z", "")]
    [InlineData("NorthSomerset", "None", 4, "2026-11-18T10:00:00Z", "")]
    [InlineData("Somerset", "CLAOtherAuthority", 4, "2026-11-18T10:00:00Z", "")]
    [InlineData("Medway", "CLAOtherAuthority", 4, "2026-11-18T10:00:00Z", "")]
    [InlineData("Rutland", "CLAOtherAuthority", 4, "2026-11-18T10:00:00Z", "")]
    [InlineData("Statutory", "CLAOtherAuthority", 9, "2026-11-18T10:00:00Z", "")]
    public void R9_DirectorLetter_OnTheFourthNotification_SignedSameWorkingDay(string profile, string involvement, int notifications, string notifiedUtc, string expectedDueUtc)
    {
        var notified = DutyFixtures.At(notifiedUtc);
        var history = new HistoryFacts(EpisodesEver: notifications, EpisodesInLast90Days: 1, NotificationsAboutChild: notifications);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(notified), notified, history);

        var letters = plan.Of(TaskType.DirectorLetter).ToList();
        if (expectedDueUtc.Length == 0)
        {
            Assert.Empty(letters);
            return;
        }

        var letter = Assert.Single(letters);
        Assert.Equal(("R9", PolicyRole.Director, TeamKind.None), (letter.RuleId, letter.Role, letter.Team));
        Assert.Equal(notified, letter.RaiseAt);
        Assert.Equal(DutyFixtures.At(expectedDueUtc), letter.DueAt);
    }

    [Theory]
    [InlineData("NorthSomerset", "CLAOtherAuthority", PoliceRiskLevel.High, 1)]
    [InlineData("NorthSomerset", "CLAOtherAuthority", PoliceRiskLevel.Medium, 0)]
    [InlineData("NorthSomerset", "CLAOtherAuthority", null, 0)]
    [InlineData("NorthSomerset", "CLA", PoliceRiskLevel.High, 0)]
    [InlineData("Somerset", "CLAOtherAuthority", PoliceRiskLevel.High, 0)]
    public void R9_DirectorLetter_OnTheFirstNotificationShowingARiskOfHarm(string profile, string involvement, PoliceRiskLevel? risk, int expected)
    {
        var notified = DutyFixtures.At("2026-11-18T10:00:00Z");
        var episode = DutyFixtures.Open(notified) with { PoliceRiskLevel = risk };

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), episode, notified, HistoryFacts.FirstEpisode);

        var letters = plan.Of(TaskType.DirectorLetter).ToList();
        Assert.Equal(expected, letters.Count);
        if (expected == 1)
        {
            Assert.Equal(DutyFixtures.At("2026-11-18T17:00:00Z"), letters[0].DueAt);
            Assert.Contains("risk of harm", letters[0].Title, StringComparison.Ordinal);
        }
    }

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

    // ---------------------------------------------------------------- R10 our looked-after child missing or absent

    [Theory]
    [InlineData("Rutland", "CLA", EpisodeCategory.Missing, 1, 0)]
    [InlineData("Rutland", "CLA", EpisodeCategory.Absent, 1, 0)]
    [InlineData("Rutland", "CP", EpisodeCategory.Missing, 0, 0)]
    [InlineData("Rutland", "CLAOtherAuthority", EpisodeCategory.Missing, 0, 0)]
    [InlineData("Somerset", "CLA", EpisodeCategory.Missing, 0, 1)]
    [InlineData("Somerset", "CIN", EpisodeCategory.Missing, 0, 0)]
    [InlineData("Somerset", "CLAOtherAuthority", EpisodeCategory.Missing, 0, 0)]
    [InlineData("NorthSomerset", "CLA", EpisodeCategory.Missing, 0, 0)]
    [InlineData("Medway", "CLA", EpisodeCategory.Missing, 0, 0)]
    [InlineData("Statutory", "CLA", EpisodeCategory.Missing, 0, 0)]
    public void R10_LookedAfterChild_HeadOfServiceAtOnce_OrIroSameWorkingDay(string profile, string involvement, EpisodeCategory category, int expectedHeadOfService, int expectedIro)
    {
        // Notified Wednesday 10:00.
        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(DutyFixtures.InHours, category), DutyFixtures.InHours);

        var alerts = plan.Of(TaskType.HeadOfServiceAlert, "R10").ToList();
        Assert.Equal(expectedHeadOfService, alerts.Count);
        Assert.All(alerts, a =>
        {
            Assert.Equal((PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (a.Role, a.Team));
            Assert.Equal(DutyFixtures.InHours, a.RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-18T11:00:00Z"), a.DueAt); // at once: within the hour
        });

        var iro = plan.Of(TaskType.IroNotification, "R10").ToList();
        Assert.Equal(expectedIro, iro.Count);
        Assert.All(iro, a =>
        {
            Assert.Equal((PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (a.Role, a.Team));
            Assert.Equal(DutyFixtures.At("2026-11-18T17:00:00Z"), a.DueAt);
        });
    }

    [Theory]
    [InlineData("Somerset", "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("Somerset", "2026-11-18T17:00:00Z", "2026-11-19T17:00:00Z")] // core hours over: next working day
    [InlineData("Somerset", "2026-11-20T19:00:00Z", "2026-11-23T17:00:00Z")]
    [InlineData("NorthSomerset", "2026-11-18T10:00:00Z", "")]
    [InlineData("Rutland", "2026-11-18T10:00:00Z", "")]
    [InlineData("Statutory", "2026-11-18T10:00:00Z", "")]
    public void R10_Somerset_IroToldOfALookedAfterChildsReturn_SameWorkingDay(string profile, string returnKnownUtc, string expectedDueUtc)
    {
        var returnKnown = DutyFixtures.At(returnKnownUtc);
        var episode = DutyFixtures.Returned(returnKnown.AddHours(-5), returnKnown);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLA"), episode, returnKnown);

        var onReturn = plan.Of(TaskType.IroNotification).Where(r => r.RaiseAt == returnKnown).ToList();
        if (expectedDueUtc.Length == 0)
        {
            Assert.Empty(onReturn);
            return;
        }

        var iro = Assert.Single(onReturn);
        Assert.Equal(("R10", PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (iro.RuleId, iro.Role, iro.Team));
        Assert.Equal(DutyFixtures.At(expectedDueUtc), iro.DueAt);
    }

    // ---------------------------------------------------------------- R11 CP coordinator (Somerset)

    [Theory]
    [InlineData("Somerset", "CP", "2026-11-18T10:00:00Z", "2026-11-18T17:00:00Z")]
    [InlineData("Somerset", "CP", "2026-11-21T12:00:00Z", "2026-11-23T17:00:00Z")] // Saturday: Monday
    [InlineData("Somerset", "CLA", "2026-11-18T10:00:00Z", "")]
    [InlineData("Somerset", "CIN", "2026-11-18T10:00:00Z", "")]
    [InlineData("NorthSomerset", "CP", "2026-11-18T10:00:00Z", "")]
    [InlineData("Medway", "CP", "2026-11-18T10:00:00Z", "")]
    [InlineData("Rutland", "CP", "2026-11-18T10:00:00Z", "")]
    [InlineData("Statutory", "CP", "2026-11-18T10:00:00Z", "")]
    public void R11_ChildProtectionPlan_CpCoordinatorTold(string profile, string involvement, string notifiedUtc, string expectedDueUtc)
    {
        var notified = DutyFixtures.At(notifiedUtc);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(notified), notified);

        var told = plan.Of(TaskType.CpCoordinatorNotification).ToList();
        if (expectedDueUtc.Length == 0)
        {
            Assert.Empty(told);
            return;
        }

        var only = Assert.Single(told);
        Assert.Equal(("R11", PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (only.RuleId, only.Role, only.Team));
        Assert.Equal(notified, only.RaiseAt);
        Assert.Equal(DutyFixtures.At(expectedDueUtc), only.DueAt);
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

    // ---------------------------------------------------------------- R17 RHI offered within 72 hours

    [Theory]
    [InlineData("Statutory", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("NorthSomerset", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Somerset", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Medway", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Rutland", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Statutory", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]     // clocks go back Sun 25 Oct: still 72 real hours
    [InlineData("NorthSomerset", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Somerset", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Medway", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Rutland", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Medway", "2026-03-27T12:00:00Z", "2026-03-30T12:00:00Z")]        // clocks go forward Sun 29 Mar
    [InlineData("Rutland", "2026-12-24T12:00:00Z", "2026-12-27T12:00:00Z")]       // clock hours ignore bank holidays
    public void R17_RhiOffered72ClockHoursAfterTheReturnIsKnown(string profile, string returnKnownUtc, string expectedDueUtc)
    {
        var returnKnown = DutyFixtures.At(returnKnownUtc);
        var episode = DutyFixtures.Returned(returnKnown.AddHours(-5), returnKnown);

        var engine = DutyFixtures.Engine(profile);
        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, returnKnown);

        Assert.Equal(DutyFixtures.At(expectedDueUtc), engine.RhiOfferDueAt(returnKnown));
        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview));
        Assert.Equal(("R17", PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (offer.RuleId, offer.Role, offer.Team));
        Assert.Equal(returnKnown, offer.RaiseAt);
        Assert.Equal(DutyFixtures.At(expectedDueUtc), offer.DueAt);
        Assert.Equal(DutyFixtures.RhiId, offer.ReturnHomeInterviewId);
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R17_NoRhiOfferWhileTheChildIsStillMissing(string profile)
    {
        var missingFrom = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), DutyFixtures.Open(missingFrom), missingFrom.AddDays(3));

        Assert.Empty(plan.Of(TaskType.ReturnHomeInterview));
    }

    // ---------------------------------------------------------------- R18 social worker contact (Somerset)

    [Theory]
    [InlineData("Somerset", "CLA", 1)]
    [InlineData("Somerset", "CP", 1)]
    [InlineData("Somerset", "CIN", 1)]
    [InlineData("Somerset", "EarlyHelp", 0)]
    [InlineData("Somerset", "None", 0)]
    [InlineData("Somerset", "CLAOtherAuthority", 0)]
    [InlineData("NorthSomerset", "CLA", 0)]
    [InlineData("Medway", "CP", 0)]
    [InlineData("Rutland", "CIN", 0)]
    [InlineData("Statutory", "CLA", 0)]
    public void R18_SocialWorkerContactWithin48HoursOfReturn_ForAChildOpenToSocialCare(string profile, string involvement, int expected)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), episode, DutyFixtures.InHours);

        var contacts = plan.Of(TaskType.SocialWorkerContact).ToList();
        Assert.Equal(expected, contacts.Count);
        Assert.All(contacts, c =>
        {
            Assert.Equal(("R18", PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (c.RuleId, c.Role, c.Team));
            Assert.Equal(DutyFixtures.InHours, c.RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-20T10:00:00Z"), c.DueAt);
        });
    }

    // ---------------------------------------------------------------- R19 allocation within 24 core hours (Somerset)

    // 24 core hours at 09:00–17:00 (8 a working day), counted in UK local time:
    // - Fri 20 Nov 16:00 GMT: Fri 1 h, Mon 8 (9), Tue 8 (17), Wed 7 more: Wed 25 Nov 16:00.
    // - Wed 18 Nov 10:00: Wed 7 h, Thu 8 (15), Fri 8 (23), Mon 1 more: Mon 23 Nov 10:00.
    // - Fri 20 Nov 19:00: out of hours, counting starts Mon 09:00: Mon, Tue, Wed: ends exactly Wed 17:00.
    // - Thu 24 Dec 16:00: Thu 1 h; 25th, weekend and the Boxing Day substitute (Mon 28th) skipped; Tue 8 (9), Wed 8 (17), Thu 31st 7 more: 16:00.
    // - Fri 17 Jul 16:00 BST (15:00 UTC): Fri 1 h, Mon, Tue, Wed 7 more: Wed 22 Jul 16:00 BST = 15:00 UTC.
    [Theory]
    [InlineData("Somerset", "2026-11-20T16:00:00Z", "2026-11-25T16:00:00Z")]
    [InlineData("Somerset", "2026-11-18T10:00:00Z", "2026-11-23T10:00:00Z")]
    [InlineData("Somerset", "2026-11-20T19:00:00Z", "2026-11-25T17:00:00Z")]
    [InlineData("Somerset", "2026-12-24T16:00:00Z", "2026-12-31T16:00:00Z")]
    [InlineData("Somerset", "2026-07-17T15:00:00Z", "2026-07-22T15:00:00Z")]
    [InlineData("NorthSomerset", "2026-11-20T16:00:00Z", "")]
    [InlineData("Medway", "2026-11-20T16:00:00Z", "")]
    [InlineData("Rutland", "2026-11-20T16:00:00Z", "")]
    [InlineData("Statutory", "2026-11-20T16:00:00Z", "")]
    public void R19_RhiAllocatedWithin24CoreHours(string profile, string returnKnownUtc, string expectedDueUtc)
    {
        var due = DutyFixtures.Engine(profile).RhiAllocateDueAt(DutyFixtures.At(returnKnownUtc));

        Assert.Equal(expectedDueUtc.Length == 0 ? (DateTimeOffset?)null : DutyFixtures.At(expectedDueUtc), due);
    }

    // ---------------------------------------------------------------- R28 child exploitation assessment

    [Theory]
    [InlineData("NorthSomerset", "None", EpisodeCategory.Missing, 9, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("NorthSomerset", "EarlyHelp", EpisodeCategory.Absent, 15, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("NorthSomerset", "CLA", EpisodeCategory.Missing, 14, PolicyRole.SocialWorker, TeamKind.AllocatedTeam)]
    [InlineData("NorthSomerset", "CIN", EpisodeCategory.Absent, 12, PolicyRole.SocialWorker, TeamKind.AllocatedTeam)]
    [InlineData("NorthSomerset", "CP", EpisodeCategory.Missing, 6, PolicyRole.SocialWorker, TeamKind.AllocatedTeam)]
    public void R28_NorthSomerset_CeFormStartedOnNotification_ForEveryMissingOrAbsentChild(string profile, string involvement, EpisodeCategory category, int age, PolicyRole expectedRole, TeamKind expectedTeam)
    {
        var notified = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement, age: age), DutyFixtures.Open(notified, category), notified);

        var ce = Assert.Single(plan.Of(TaskType.CeRiskAssessment));
        Assert.Equal(("R28", expectedRole, expectedTeam), (ce.RuleId, ce.Role, ce.Team));
        Assert.Equal(notified, ce.RaiseAt);
        Assert.Equal(notified.AddHours(72), ce.DueAt);
    }

    [Theory]
    [InlineData("NorthSomerset", "CLAOtherAuthority", 14, false, 0)] // R8: the home authority's
    [InlineData("NorthSomerset", "None", 14, true, 1)]                // started on notification, not again on return
    [InlineData("Somerset", "None", 12, true, 0)]
    [InlineData("Somerset", "None", 13, true, 1)]
    [InlineData("Somerset", "EarlyHelp", 17, true, 1)]
    [InlineData("Somerset", "None", 13, false, 0)]                    // still missing: the screen follows the return
    [InlineData("Medway", "None", 15, true, 0)]
    [InlineData("Rutland", "None", 15, true, 0)]
    [InlineData("Statutory", "None", 15, true, 0)]
    public void R28_CeAssessment_WhoGetsOne(string profile, string involvement, int age, bool returned, int expected)
    {
        var missingFrom = DutyFixtures.InHours.AddHours(-5);
        var episode = returned ? DutyFixtures.Returned(missingFrom, DutyFixtures.InHours) : DutyFixtures.Open(missingFrom);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement, age: age), episode, DutyFixtures.InHours);

        Assert.Equal(expected, plan.Of(TaskType.CeRiskAssessment).Count());
    }

    [Theory]
    [InlineData("Somerset", 13)]
    [InlineData("Somerset", 17)]
    public void R28_Somerset_CeScreenOnReturn_Within3WorkingDays(string profile, int age)
    {
        // Found Wednesday 10:00: 3 working days is Monday 17:00 (R21's completion window).
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(age: age), episode, DutyFixtures.InHours);

        var ce = Assert.Single(plan.Of(TaskType.CeRiskAssessment));
        Assert.Equal(("R28", PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (ce.RuleId, ce.Role, ce.Team));
        Assert.Equal(DutyFixtures.InHours, ce.RaiseAt);
        Assert.Equal(DutyFixtures.At("2026-11-23T17:00:00Z"), ce.DueAt);
    }

    // ---------------------------------------------------------------- R29 prevention plan (Somerset)

    [Theory]
    [InlineData("Somerset", "None", false, 1)]
    [InlineData("Somerset", "EarlyHelp", false, 1)]
    [InlineData("Somerset", "CIN", false, 1)]          // open to CSC but not allocated yet
    [InlineData("Somerset", "CIN", true, 0)]
    [InlineData("Somerset", "CLA", true, 0)]
    [InlineData("NorthSomerset", "None", false, 0)]
    [InlineData("Medway", "None", false, 0)]
    [InlineData("Rutland", "None", false, 0)]
    [InlineData("Statutory", "None", false, 0)]
    public void R29_PreventionPlanByTheRhiWorker_WhenNoSocialWorkerIsAllocated(string profile, string involvement, bool allocatedSocialWorker, int expected)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement, allocatedSocialWorker: allocatedSocialWorker), episode, DutyFixtures.InHours);

        var plans = plan.Of(TaskType.PreventionPlan).Where(p => p.Role == PolicyRole.RhiWorker).ToList();
        Assert.Equal(expected, plans.Count);
        Assert.All(plans, p =>
        {
            Assert.Equal(("R29", TeamKind.ReturnInterviewService), (p.RuleId, p.Team));
            Assert.Equal(DutyFixtures.InHours, p.RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-23T17:00:00Z"), p.DueAt);
        });
    }

    // ---------------------------------------------------------------- R31 Serious Incident Notification (North Somerset)

    [Theory]
    [InlineData("NorthSomerset", "CLA", 2, 1)]
    [InlineData("NorthSomerset", "CIN", 2, 1)]
    [InlineData("NorthSomerset", "CP", 2, 1)]
    [InlineData("NorthSomerset", "None", 24, 1)]
    [InlineData("NorthSomerset", "EarlyHelp", 30, 1)]
    [InlineData("NorthSomerset", "None", 23, 0)]
    [InlineData("NorthSomerset", "EarlyHelp", 5, 0)]
    [InlineData("NorthSomerset", "CLAOtherAuthority", 30, 0)] // R8
    [InlineData("Somerset", "CLA", 30, 0)]
    [InlineData("Medway", "CLA", 30, 0)]
    [InlineData("Rutland", "CLA", 30, 0)]
    [InlineData("Statutory", "CLA", 30, 0)]
    public void R31_SeriousIncidentNotification_LookedAfterCinCpOrMissing24Hours(string profile, string involvement, int hoursMissing, int expected)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-hoursMissing), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), episode, DutyFixtures.InHours);

        var notifications = plan.Of(TaskType.SeriousIncidentNotification).ToList();
        Assert.Equal(expected, notifications.Count);
        Assert.All(notifications, n =>
        {
            Assert.Equal(("R31", PolicyRole.TeamManager, TeamKind.AllocatedTeam), (n.RuleId, n.Role, n.Team));
            Assert.Equal(DutyFixtures.InHours, n.RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-19T17:00:00Z"), n.DueAt); // next working day
        });
    }

    // ---------------------------------------------------------------- R32 trigger plan (North Somerset)

    [Theory]
    [InlineData("NorthSomerset", 1, 0)]
    [InlineData("NorthSomerset", 2, 1)]
    [InlineData("NorthSomerset", 7, 1)]
    [InlineData("Somerset", 7, 0)]
    [InlineData("Medway", 7, 0)]
    [InlineData("Rutland", 7, 0)]
    [InlineData("Statutory", 7, 0)]
    public void R32_TriggerPlan_FromTheSecondEpisode(string profile, int episodesEver, int expected)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);
        var history = new HistoryFacts(episodesEver, 1, episodesEver * 2);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CIN"), episode, DutyFixtures.InHours, history);

        var plans = plan.Of(TaskType.TriggerPlan).ToList();
        Assert.Equal(expected, plans.Count);
        Assert.All(plans, p =>
        {
            Assert.Equal(("R32", PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (p.RuleId, p.Role, p.Team));
            Assert.Equal(DutyFixtures.At("2026-11-25T17:00:00Z"), p.DueAt); // 5 working days after Wednesday
        });
    }

    // ---------------------------------------------------------------- R33 professionals meeting

    [Theory]
    [InlineData("NorthSomerset", 2, 2, 0, PolicyRole.TeamManager)]
    [InlineData("NorthSomerset", 3, 1, 1, PolicyRole.TeamManager)]   // ever, not within 90 days
    [InlineData("NorthSomerset", 8, 1, 1, PolicyRole.TeamManager)]
    [InlineData("Medway", 10, 2, 0, PolicyRole.Police)]
    [InlineData("Medway", 3, 3, 1, PolicyRole.Police)]
    [InlineData("Medway", 12, 5, 1, PolicyRole.Police)]
    [InlineData("Somerset", 12, 5, 0, PolicyRole.TeamManager)]
    [InlineData("Rutland", 12, 5, 0, PolicyRole.TeamManager)]
    [InlineData("Statutory", 12, 5, 0, PolicyRole.TeamManager)]
    public void R33_ProfessionalsMeeting_OnReturn_ThreeEpisodesEver_OrThreeIn90DaysInMedway(string profile, int episodesEver, int episodesIn90Days, int expected, PolicyRole expectedRole)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);
        var history = new HistoryFacts(episodesEver, episodesIn90Days, episodesEver * 2);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, DutyFixtures.InHours, history);

        var meetings = plan.Of(TaskType.ProfessionalsMeeting).ToList();
        Assert.Equal(expected, meetings.Count);
        Assert.All(meetings, m =>
        {
            Assert.Equal(("R33", expectedRole, TeamKind.AllocatedTeam), (m.RuleId, m.Role, m.Team));
            Assert.Equal(DutyFixtures.InHours, m.RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-25T17:00:00Z"), m.DueAt);
        });
    }

    [Theory]
    [InlineData("Medway", 47, 0)]
    [InlineData("Medway", 48, 1)]
    [InlineData("Medway", 400, 1)]
    [InlineData("NorthSomerset", 400, 0)]
    [InlineData("Somerset", 400, 0)]
    [InlineData("Rutland", 400, 0)]
    [InlineData("Statutory", 400, 0)]
    public void R33_Medway_ProfessionalsMeeting_WhenMissing48Hours(string profile, int hoursMissing, int expected)
    {
        // Missing from Wed 18 Nov 10:00: 48 h is Fri 20 Nov 10:00; 5 working days later is Fri 27 Nov 17:00.
        var missingFrom = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), DutyFixtures.Open(missingFrom), missingFrom.AddHours(hoursMissing));

        var meetings = plan.Of(TaskType.ProfessionalsMeeting).ToList();
        Assert.Equal(expected, meetings.Count);
        Assert.All(meetings, m =>
        {
            Assert.Equal(("R33", PolicyRole.Police, TeamKind.AllocatedTeam), (m.RuleId, m.Role, m.Team));
            Assert.Equal(DutyFixtures.At("2026-11-20T10:00:00Z"), m.RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-27T17:00:00Z"), m.DueAt);
        });
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

    // ---------------------------------------------------------------- keys

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void Plan_IsRepeatable_AndEveryKeyIsUnique(string profile)
    {
        // A looked-after child with a CP plan, 3rd episode, missing 10 days, found, planned a month later.
        var missingFrom = DutyFixtures.InHours;
        var episode = DutyFixtures.Returned(missingFrom, missingFrom.AddDays(10));
        var child = DutyFixtures.Child("CLA+CP");
        var history = new HistoryFacts(3, 3, 6);

        var first = DutyFixtures.Plan(profile, child, episode, missingFrom.AddDays(40), history);
        var second = DutyFixtures.Plan(profile, child, episode, missingFrom.AddDays(40), history);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(first, r => Assert.True(r.RaiseAt <= missingFrom.AddDays(40)));
        Assert.All(first, r => Assert.True(r.DueAt >= r.RaiseAt));
    }
}

/// <summary>Facts with sensible defaults, fixed instants and a plan helper for the duty engine tests.</summary>
internal static class DutyFixtures
{
    /// <summary>Wednesday 18 November 2026, 10:00 UTC (10:00 GMT): inside core hours.</summary>
    public static readonly DateTimeOffset InHours = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 20 November 2026, 19:00 UTC (19:00 GMT): out of hours, 62 hours before Monday 09:00.</summary>
    public static readonly DateTimeOffset OutOfHours = new(2026, 11, 20, 19, 0, 0, TimeSpan.Zero);

    public static readonly Guid ChildId = new("7d1f3c0e-0000-4000-8000-000000000001");
    public static readonly Guid EpisodeId = new("7d1f3c0e-0000-4000-8000-000000000002");
    public static readonly Guid RhiId = new("7d1f3c0e-0000-4000-8000-000000000003");

    private static readonly UkBankHolidaySource BankHolidays = new();

    public static DateTimeOffset At(string utc) =>
        DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>"24,96" as hours; "" as none.</summary>
    public static IEnumerable<int> Hours(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, CultureInfo.InvariantCulture));

    public static DutyEngine Engine(string profile)
    {
        var policy = PolicyProfileCatalog.Load(profile);
        return new DutyEngine(policy, policy.CreateCalendar(BankHolidays, []));
    }

    /// <summary>
    /// A child open to <paramref name="involvement"/> ("None", "CLA", "CP+CIN", ...). By default a 14-year-old who has an
    /// allocated social worker exactly when open to social care (CLA, CP or CIN).
    /// </summary>
    public static ChildFacts Child(string involvement = "None", int? age = 14, bool? allocatedSocialWorker = null, bool uasc = false)
    {
        HashSet<InvolvementType> open = string.Equals(involvement, "None", StringComparison.Ordinal)
            ? []
            : involvement.Split('+').Select(i => Enum.Parse<InvolvementType>(i)).ToHashSet();
        var openToSocialCare = open.Contains(InvolvementType.CLA) || open.Contains(InvolvementType.CP) || open.Contains(InvolvementType.CIN);
        return new ChildFacts(ChildId, age, open, allocatedSocialWorker ?? openToSocialCare, uasc);
    }

    /// <summary>Missing (or absent) now; the council was notified when the child went missing.</summary>
    public static EpisodeFacts Open(DateTimeOffset missingFrom, EpisodeCategory category = EpisodeCategory.Missing) =>
        new(EpisodeId, category, EpisodeStatus.Open, missingFrom, missingFrom, null, null);

    /// <summary>Found at <paramref name="found"/>, which is also when the return became known.</summary>
    public static EpisodeFacts Returned(DateTimeOffset missingFrom, DateTimeOffset found, EpisodeCategory category = EpisodeCategory.Missing) =>
        new(EpisodeId, category, EpisodeStatus.Returned, missingFrom, missingFrom, found, found);

    /// <summary>The engine's plan, with an RHI (requested when the return was known) wherever the engine says one is needed.</summary>
    public static IReadOnlyList<DutyRequirement> Plan(string profile, ChildFacts child, EpisodeFacts episode, DateTimeOffset now, HistoryFacts? history = null)
    {
        var engine = Engine(profile);
        var rhi = engine.NeedsReturnInterview(child, episode) && episode.ReturnKnownAt is { } known ? new RhiFacts(RhiId, known) : null;
        return engine.Plan(child, episode, history ?? HistoryFacts.FirstEpisode, rhi, now);
    }

    public static IEnumerable<DutyRequirement> Of(this IEnumerable<DutyRequirement> plan, TaskType type, string? rule = null) =>
        plan.Where(r => r.Type == type && (rule is null || string.Equals(r.RuleId, rule, StringComparison.Ordinal)));
}
