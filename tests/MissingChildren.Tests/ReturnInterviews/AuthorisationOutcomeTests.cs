using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.ReturnInterviews;

/// <summary>R30 (001 §3.2, §3.3): what the manager's outcome sets going: the duties the authorisation decision returns.</summary>
public sealed class AuthorisationOutcomeTests
{
    private static readonly WorkingCalendar Calendar = PolicyProfileCatalog.Load("NorthSomerset").CreateCalendar(new UkBankHolidaySource(), []);

    // Friday 20 November 2026, 14:00 (GMT).
    private static readonly DateTimeOffset Decided = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private static readonly Guid ChildTeam = Guid.NewGuid();

    private static readonly Guid FrontDoor = Guid.NewGuid();

    private static AuthorisationDecision Decision(ManagerOutcome? outcome, Decision decision = MissingChildren.Domain.Authorisations.Decision.Authorised, bool rhi = true) => new()
    {
        ChildId = Guid.NewGuid(),
        EpisodeId = Guid.NewGuid(),
        DutyTaskId = Guid.NewGuid(),
        ReturnHomeInterviewId = rhi ? Guid.NewGuid() : null,
        RiskAssessmentId = rhi ? null : Guid.NewGuid(),
        Decision = decision,
        Outcome = outcome,
        Reason = "Older associates seen again",
        DecidedBy = "team-manager@example.org",
        DecidedAt = Decided,
    };

    [Fact]
    public void R30_ConveneAStrategyMeeting_IsADutyOfTheChildsTeamManager_SayingWhichDecisionRaisedIt()
    {
        var decision = Decision(ManagerOutcome.ConveneStrategyMeeting);

        var duty = Assert.Single(decision.DutiesRequired(Calendar, ChildTeam, FrontDoor));

        Assert.Equal((TaskType.StrategyMeeting, RuleIds.ManagerAuthorisation, PolicyRole.TeamManager, (Guid?)ChildTeam, DutyStatus.Open),
            (duty.Type, duty.RuleId, duty.AssigneeRole, duty.AssigneeTeamId, duty.Status));
        Assert.Equal((decision.ChildId, decision.EpisodeId), (duty.ChildId, duty.EpisodeId));
        Assert.Equal("Convene a strategy meeting: the outcome recorded when the return home interview was authorised on 20 November 2026", duty.Title);
        // Three working days from Friday afternoon: Wednesday 25th, end of the day.
        Assert.Equal((Decided, Calendar.AddWorkingDays(Decided, AuthorisationDecision.StrategyMeetingWithinWorkingDays)), (duty.RaisedAt, duty.DueAt));
        Assert.Equal(new DateOnly(2026, 11, 25), Calendar.LocalDate(duty.DueAt));
        Assert.Equal($"{decision.Id:N}/R30/StrategyMeeting/outcome/1", duty.DedupeKey);
    }

    [Fact]
    public void R30_ConveneAStrategyMeeting_ForAChildWithNoTeam_GoesToFrontDoor()
    {
        var duty = Assert.Single(Decision(ManagerOutcome.ConveneStrategyMeeting).DutiesRequired(Calendar, null, FrontDoor));
        Assert.Equal(FrontDoor, duty.AssigneeTeamId);
    }

    [Theory]
    [InlineData(ManagerOutcome.ReferToChildrensServices, "Refer to Children's Services for assessment")]
    [InlineData(ManagerOutcome.ReferToFamilyWellbeing, "Refer to Family Wellbeing for early help")]
    public void R30_AReferral_IsADutyForFrontDoor_DueTheNextWorkingDay(ManagerOutcome outcome, string what)
    {
        var duty = Assert.Single(Decision(outcome, rhi: false).DutiesRequired(Calendar, ChildTeam, FrontDoor));

        Assert.Equal((TaskType.Referral, PolicyRole.FrontDoor, (Guid?)FrontDoor), (duty.Type, duty.AssigneeRole, duty.AssigneeTeamId));
        Assert.Equal($"{what}: the outcome recorded when the risk assessment was authorised on 20 November 2026", duty.Title);
        Assert.Equal(new DateOnly(2026, 11, 23), Calendar.LocalDate(duty.DueAt)); // Monday
        Assert.True(DutyCompletion.IsRecordedDirectly(duty.Type, duty.RuleId)); // Front Door records the referral made
    }

    [Theory]
    [InlineData(ManagerOutcome.ContinueCurrentSupport)]
    [InlineData(ManagerOutcome.ConveneLegalPlanningMeeting)]
    [InlineData(ManagerOutcome.ReferToCommunityService)]
    [InlineData(ManagerOutcome.SupportDeclined)]
    public void R30_OtherOutcomes_RaiseNoDuty(ManagerOutcome outcome) =>
        Assert.Empty(Decision(outcome).DutiesRequired(Calendar, ChildTeam, FrontDoor));

    [Fact]
    public void R30_AReturnToTheWorker_RaisesNoDuty() =>
        Assert.Empty(Decision(null, MissingChildren.Domain.Authorisations.Decision.Returned).DutiesRequired(Calendar, ChildTeam, FrontDoor));
}
