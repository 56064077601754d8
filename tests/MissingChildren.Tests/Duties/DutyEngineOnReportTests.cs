using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// The duty engine on the report (R8–R11: other authorities' children, the Director letter, looked-after and CP children), rule by rule (domain.md), for each built-in profile.
/// Every row names its profile; instants are UTC. November 2026 is GMT, so UTC is UK local time there; July is BST (local = UTC + 1). Helpers are in DutyFixtures.cs.
/// </summary>
public sealed class DutyEngineOnReportTests
{
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

        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, RuleIds.RhiOffer));
        Assert.Equal(("R17", PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (offer.RuleId, offer.Role, offer.Team));
        Assert.Equal(DutyFixtures.At("2026-11-21T10:00:00Z"), offer.DueAt);
        Assert.Empty(plan.Of(TaskType.RhiFormRequest));
        // The home authority is told of the episode, and (002 §8.1.3) sent our interview form once it is done or refused.
        Assert.Equal(2, plan.Of(TaskType.HomeAuthorityNotification).Count());
        Assert.Single(plan.Of(TaskType.CeRiskAssessment, "R28")); // risk sections are ours too (002 §8)
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R8_RhiFormReceived_NoFurtherRequestReminderOrEscalationIsRaised(string profile)
    {
        // Found Wed 18 Nov 10:00; the home authority's form arrived the next day, before the reminder was due.
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-30), DutyFixtures.InHours)
            with { RhiFormReceivedAt = DutyFixtures.InHours.AddDays(1) };

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLAOtherAuthority"), episode, DutyFixtures.InHours.AddDays(60));

        Assert.Empty(plan.Of(TaskType.RhiFormRequest));
        Assert.NotEmpty(plan.Of(TaskType.HomeAuthorityNotification, "R8"));
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
}
