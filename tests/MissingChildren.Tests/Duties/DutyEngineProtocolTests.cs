using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// The finer points where the protocols are more precise than the rule catalogue's summary (the protocol wins):
/// who starts Need-to-Know, who completes the CE screen, what happens on a looked-after child's return, and duties
/// that do not end when the child is found. Helpers are in DutyFixtures.cs.
/// </summary>
public sealed class DutyEngineProtocolTests
{
    /// <summary>
    /// R33 (003 "Response from the Police": "missing for a period of 48 hours ... will organise a professionals meeting")
    /// and R12 (003: "missing ... for more than 48 hours, the relevant Head of Service will be notified"). Neither ends
    /// when the child is found (<see cref="DutyEngine.EndsWhenFound"/> is false), yet once the episode is Returned the
    /// engine drops every while-missing requirement due after the found time, so whether the duty exists depends on
    /// whether the plan happened to run in the window between 48 hours and the return.
    /// </summary>
    [Theory]
    [InlineData("Medway", TaskType.ProfessionalsMeeting, "R33", 50 * 60)]
    [InlineData("Medway", TaskType.HeadOfServiceAlert, "R12", (48 * 60) + 30)]
    public void R33_R12_Medway_DutyThatDoesNotEndWhenFound_IsPlannedTheSameBeforeAndAfterTheReturn(string profile, TaskType type, string rule, int foundAfterMinutes)
    {
        var missingFrom = DutyFixtures.InHours;
        var found = missingFrom.AddMinutes(foundAfterMinutes);
        var child = DutyFixtures.Child();

        var whileMissing = DutyFixtures.Plan(profile, child, DutyFixtures.Open(missingFrom), found);
        var afterReturn = DutyFixtures.Plan(profile, child, DutyFixtures.Returned(missingFrom, found), found.AddHours(1));

        Assert.False(DutyEngine.EndsWhenFound(type));
        var expected = Assert.Single(whileMissing.Of(type, rule));
        var actual = Assert.Single(afterReturn.Of(type, rule));
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// R13 (003 "When to review": "Child missing over 24 hours: Need To Know process initiated ... By whom: Group Manager
    /// and Head of Service"; "At 24 hours the relevant Head of Service should update and alert the senior leadership team,
    /// via the Need-to-Know protocol"). A Group Manager is a Head of Service (PolicyRole). The engine gives it to the team manager.
    /// </summary>
    [Theory]
    [InlineData("Medway", "None")]
    [InlineData("Medway", "CLA")]
    public void R13_Medway_NeedToKnow_IsStartedByTheHeadOfService(string profile, string involvement)
    {
        var missingFrom = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Open(missingFrom), missingFrom.AddHours(24));

        var needToKnow = Assert.Single(plan.Of(TaskType.NeedToKnow));
        Assert.Equal(PolicyRole.HeadOfService, needToKnow.Role);
    }

    /// <summary>
    /// R13 (003 "Specific consideration for Child in Care": "In all cases, the Independent Reviewing Officer and the Senior
    /// Leadership team should be informed of the child's return ... via the Need to Know process"). The Medway profile says
    /// so (<c>whileMissing.needToKnow.onReturnForLookedAfter: true</c>) but the engine raises nothing on the return.
    /// The protocol sets no deadline, so the due time is not asserted.
    /// </summary>
    [Theory]
    [InlineData("Medway", 5)]
    [InlineData("Medway", 30)]
    public void R13_Medway_LookedAfterChildReturns_IroAndSeniorLeadersTold(string profile, int hoursMissing)
    {
        var returnKnown = DutyFixtures.InHours;
        var episode = DutyFixtures.Returned(returnKnown.AddHours(-hoursMissing), returnKnown);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CLA"), episode, returnKnown);

        var told = Assert.Single(plan.Of(TaskType.IroNotification, "R13"), r => r.RaiseAt == returnKnown);
        Assert.Equal((PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (told.Role, told.Team));
        Assert.True(told.DueAt > returnKnown);
    }

    /// <summary>
    /// R29 (domain.md: "social workers update the prevention plan for CIN/CP/CLA (002 §4.16)"; 002 §5.1 and §5.2: on the
    /// return the social worker will "Prepare or update the Missing Prevention Plan"; 000: "will ensure that a missing
    /// prevention plan is in place"). The Somerset profile says so (<c>socialWorkerUpdatesForCinCpCla: true</c>) but the
    /// engine raises a prevention plan only for a child with no allocated social worker. No deadline is given, so the due
    /// time is not asserted.
    /// </summary>
    [Theory]
    [InlineData("Somerset", "CLA")]
    [InlineData("Somerset", "CP")]
    [InlineData("Somerset", "CIN")]
    public void R29_Somerset_SocialWorkerPreparesOrUpdatesThePreventionPlan_ForCinCpCla(string profile, string involvement)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement, allocatedSocialWorker: true), episode, DutyFixtures.InHours);

        var prevention = Assert.Single(plan.Of(TaskType.PreventionPlan, "R29"));
        Assert.Equal((PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (prevention.Role, prevention.Team));
        Assert.Equal(DutyFixtures.InHours, prevention.RaiseAt);
        Assert.True(prevention.DueAt > DutyFixtures.InHours);
    }

    /// <summary>
    /// R28 (002 §4.12: "The allocated Worker will complete a Child Exploitation (CE) screen ... all missing children over
    /// the age of, and including, 13 ... unless a Social Worker has completed a new screen since the reported missing
    /// episode"). In 002 §4 the allocated worker is the Family Intervention Service worker (§4.2), for every child; the
    /// engine gives the screen to the social worker when the child is open to social care.
    /// </summary>
    [Theory]
    [InlineData("Somerset", "CLA")]
    [InlineData("Somerset", "CP")]
    [InlineData("Somerset", "CIN")]
    public void R28_Somerset_CeScreenIsCompletedByTheRhiWorker_AlsoForAChildOpenToSocialCare(string profile, string involvement)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement, age: 14), episode, DutyFixtures.InHours);

        var ce = Assert.Single(plan.Of(TaskType.CeRiskAssessment, "R28"));
        Assert.Equal((PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (ce.Role, ce.Team));
        Assert.Equal(DutyFixtures.At("2026-11-23T17:00:00Z"), ce.DueAt);
    }
}
