using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.ReturnInterviews;

/// <summary>R30: the manager's authorisation duties of an RHI and of a risk assessment, made in one place.</summary>
public sealed class AuthorisationDutiesTests
{
    private static readonly PolicyProfile Somerset = PolicyProfileCatalog.Load("Somerset");

    private static readonly WorkingCalendar Calendar = Somerset.CreateCalendar(new UkBankHolidaySource(), []);

    // Friday 20 November 2026, 14:00 (GMT): two working days later is Tuesday 24th at the end of the day.
    private static readonly DateTimeOffset Sent = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void R30_Rhi_OneDutyForEachEpisodeCovered_ForItsTeam_DueInTwoWorkingDays_WithTheRhiKey()
    {
        var rhi = new ReturnHomeInterview { ChildId = Guid.NewGuid(), AllocatedTeamId = Guid.NewGuid() };
        Guid[] episodes = [Guid.NewGuid(), Guid.NewGuid()];

        var duties = AuthorisationDuties.ForReturnInterview(Calendar, Somerset.AfterReturn.ManagerAuthorisation, rhi, Guid.NewGuid(), episodes, 2, Sent);

        Assert.Equal(episodes, duties.Select(d => d.EpisodeId!.Value));
        Assert.All(duties, d =>
        {
            Assert.Equal((TaskType.ManagerAuthorisation, RuleIds.ManagerAuthorisation, PolicyRole.TeamManager, rhi.AllocatedTeamId, rhi.Id, DutyStatus.Open),
                (d.Type, d.RuleId, d.AssigneeRole, d.AssigneeTeamId, d.ReturnHomeInterviewId, d.Status));
            Assert.Equal("Authorise the return home interview and record the outcome", d.Title);
            Assert.Equal((Sent, Calendar.AddWorkingDays(Sent, 2)), (d.RaisedAt, d.DueAt));
        });

        // The key RHI authorisations have always had: episode, rule, type, the RHI, the round.
        Assert.Equal($"{episodes[0]:N}/R30/ManagerAuthorisation/rhi-{rhi.Id:N}/2", duties[0].DedupeKey);
    }

    [Theory]
    [InlineData("NorthSomerset", true, true)]   // 001 §3.5: the child's allocated social worker's team manager
    [InlineData("NorthSomerset", false, false)] // 001 §3.5: no allocated team: a manager of the RHI service (Family Wellbeing)
    [InlineData("Statutory", true, false)]      // the RHI worker's own manager
    [InlineData("Somerset", true, false)]
    [InlineData("Medway", true, false)]
    [InlineData("Rutland", true, false)]
    public void R30_WhoseManagerAuthorisesTheRhi_IsTheProfilesSetting(string profile, bool childHasTeam, bool childsTeamManager)
    {
        var settings = PolicyProfileCatalog.Load(profile).AfterReturn.ManagerAuthorisation;
        var rhi = new ReturnHomeInterview { ChildId = Guid.NewGuid(), AllocatedTeamId = Guid.NewGuid() };
        Guid? childTeam = childHasTeam ? Guid.NewGuid() : null;

        var duty = Assert.Single(AuthorisationDuties.ForReturnInterview(Calendar, settings, rhi, childTeam, [Guid.NewGuid()], 1, Sent));

        Assert.Equal(childsTeamManager ? childTeam : rhi.AllocatedTeamId, duty.AssigneeTeamId);
        Assert.Equal(PolicyRole.TeamManager, duty.AssigneeRole);
    }

    [Fact]
    public void R30_RiskAssessment_OneDutyForTheVersion_ForTheChildsTeam_InTheSameKeyFormat()
    {
        var assessment = new RiskAssessment { ChildId = Guid.NewGuid(), EpisodeId = Guid.NewGuid(), VersionNumber = 3, SuggestedCategory = "", AssessedBy = "A" };
        var team = Guid.NewGuid();

        var duty = AuthorisationDuties.ForRiskAssessment(Calendar, assessment, team, 1, Sent);

        Assert.Equal((assessment.ChildId, assessment.EpisodeId, assessment.Id, (Guid?)null, team),
            (duty.ChildId, duty.EpisodeId, duty.RiskAssessmentId, duty.ReturnHomeInterviewId, duty.AssigneeTeamId));
        Assert.Equal("Authorise the Child Exploitation risk assessment (version 3)", duty.Title);
        Assert.Equal(Calendar.AddWorkingDays(Sent, RiskAssessment.AuthorisationWorkingDays), duty.DueAt);
        Assert.Equal($"{assessment.ChildId:N}/R30/ManagerAuthorisation/risk-assessment-{assessment.Id:N}/1", duty.DedupeKey);
    }

    [Fact]
    public void R30_TheRhiAndTheRiskAssessment_ShareOneDeadline() =>
        Assert.Equal(AuthorisationDuties.WithinWorkingDays, RiskAssessment.AuthorisationWorkingDays);
}
