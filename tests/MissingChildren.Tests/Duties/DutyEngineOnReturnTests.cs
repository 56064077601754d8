using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// The duty engine on the return (the whole plan, R18, R28–R33) and its duties' keys, rule by rule (domain.md), for each built-in profile.
/// Every row names its profile; instants are UTC. November 2026 is GMT, so UTC is UK local time there; July is BST (local = UTC + 1). Helpers are in DutyFixtures.cs.
/// </summary>
public sealed class DutyEngineOnReturnTests
{
    // ---------------------------------------------------------------- whole plan

    [Theory]
    [InlineData("Statutory", "ReturnHomeInterview:R17")]
    [InlineData("NorthSomerset", "CeRiskAssessment:R28,ReturnHomeInterview:R17,ReturnHomeInterview:R5")] // R5: not known to services, under 16
    [InlineData("Somerset", "CeRiskAssessment:R28,PreventionPlan:R29,ReturnHomeInterview:R17,ReturnHomeInterview:R19")]
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
    [InlineData("NorthSomerset", "CeRiskAssessment:R28:RhiWorker,ReturnHomeInterview:R17:EmergencyDuty,ReturnHomeInterview:R5:RhiWorker")]
    [InlineData("Somerset", "CeRiskAssessment:R28:RhiWorker,PreventionPlan:R29:RhiWorker,ReturnHomeInterview:R17:RhiWorker,ReturnHomeInterview:R19:TeamManager")]
    [InlineData("Medway", "ReturnHomeInterview:R17:RhiWorker")]
    [InlineData("Rutland", "ReturnHomeInterview:R17:RhiWorker")]
    public void AllRules_ShortFirstEpisode_NotOpenToServices_ReturnedFridayEvening_PlansExactly(string profile, string expected)
    {
        // Found Friday 19:00, 62 hours before Monday 09:00.
        var episode = DutyFixtures.Returned(DutyFixtures.OutOfHours.AddHours(-5), DutyFixtures.OutOfHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, DutyFixtures.OutOfHours);

        Assert.Equal(expected, string.Join(",", plan.Select(r => $"{r.Type}:{r.RuleId}:{r.Role}").Order(StringComparer.Ordinal)));
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
