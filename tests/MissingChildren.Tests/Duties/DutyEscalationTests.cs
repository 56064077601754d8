using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>R14, R16: an overdue duty climbs one level at a time at the profile's hours, and who hears at each level.</summary>
public sealed class DutyEscalationTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Team = Guid.Parse("0b0b0b0b-0000-4000-8000-000000000001");
    private static readonly Guid OtherTeam = Guid.Parse("0b0b0b0b-0000-4000-8000-000000000002");

    /// <summary>The Statutory profile's: at once to the team manager, 24 hours later to the Head of Service, never to the Director.</summary>
    private static readonly EscalationSettings Statutory = PolicyProfileCatalog.Load("Statutory").Oversight.Escalation;

    private static readonly EscalationSettings WithDirector = new() { ToTeamManagerWhenOverdueByHours = 2, ToHeadOfServiceAfterFurtherHours = 24, ToDirectorAfterFurtherHours = 48 };

    private static readonly StaffRole[] Staff =
    [
        new("tm-1", Roles.TeamManager, Team),
        new("tm-2", Roles.TeamManager, Team),
        new("tm-other", Roles.TeamManager, OtherTeam),
        new("hos", Roles.HeadOfService, null),
        new("director", Roles.Director, null),
    ];

    private static DutyTask Duty(EscalationLevel level = EscalationLevel.None, Guid? team = null) => new()
    {
        RuleId = RuleIds.StrategyMeeting, DedupeKey = "k", Title = "Hold a strategy meeting", DueAt = Due, AssigneeTeamId = team ?? Team, EscalationLevel = level,
    };

    [Theory]
    [InlineData(-1, EscalationLevel.None)]
    [InlineData(0, EscalationLevel.None)]        // due now: not yet overdue
    [InlineData(0.1, EscalationLevel.TeamManager)]
    [InlineData(23.9, EscalationLevel.TeamManager)]
    [InlineData(24, EscalationLevel.HeadOfService)]
    [InlineData(1000, EscalationLevel.HeadOfService)] // no automatic escalation to the Director
    public void LevelFor_Statutory_TeamManagerWhenOverdue_HeadOfService24HoursLater(double hoursAfterDue, EscalationLevel expected) =>
        Assert.Equal(expected, DutyEscalation.LevelFor(Due, Due.AddHours(hoursAfterDue), Statutory));

    [Theory]
    [InlineData(1.9, EscalationLevel.None)]
    [InlineData(2, EscalationLevel.TeamManager)]
    [InlineData(26, EscalationLevel.HeadOfService)]
    [InlineData(73.9, EscalationLevel.HeadOfService)]
    [InlineData(74, EscalationLevel.Director)]
    public void LevelFor_WithADirectorStep_ClimbsAtEachStepsHours(double hoursAfterDue, EscalationLevel expected) =>
        Assert.Equal(expected, DutyEscalation.LevelFor(Due, Due.AddHours(hoursAfterDue), WithDirector));

    [Fact]
    public void FirstStepDueBy_IsTheTeamManagerStepBeforeNow() =>
        Assert.Equal(Due.AddHours(-2), DutyEscalation.FirstStepDueBy(Due, WithDirector));

    [Fact]
    public void Escalate_RaisesTheLevelOnce_AndRecordsWhen()
    {
        var duty = Duty();
        var now = Due.AddHours(25);

        Assert.True(DutyEscalation.Escalate(duty, now, Statutory));
        Assert.Equal((EscalationLevel.HeadOfService, now), (duty.EscalationLevel, duty.EscalatedAt));
        Assert.False(DutyEscalation.Escalate(duty, now.AddHours(1), Statutory));
        Assert.Equal(now, duty.EscalatedAt);
    }

    [Fact]
    public void Escalate_NotOverdue_ChangesNothing()
    {
        var duty = Duty();

        Assert.False(DutyEscalation.Escalate(duty, Due, Statutory));
        Assert.Equal(EscalationLevel.None, duty.EscalationLevel);
        Assert.Null(duty.EscalatedAt);
    }

    [Theory]
    [InlineData(EscalationLevel.TeamManager, "tm-1,tm-2")]
    [InlineData(EscalationLevel.HeadOfService, "hos")]
    [InlineData(EscalationLevel.Director, "director")]
    [InlineData(EscalationLevel.None, "")]
    public void Recipients_TheDutysTeamManagersThenHeadsOfServiceThenDirectors(EscalationLevel level, string expected) =>
        Assert.Equal(expected, string.Join(",", DutyEscalation.Recipients(Duty(level), Staff)));

    [Fact]
    public void Recipients_ATeamWithNoManager_GoesToTheHeadOfService() =>
        Assert.Equal(["hos"], DutyEscalation.Recipients(Duty(EscalationLevel.TeamManager, Guid.NewGuid()), Staff));

    [Fact]
    public void Recipients_SomeoneWithTwoRoles_HearsOnce() =>
        Assert.Equal(["hos"], DutyEscalation.Recipients(Duty(EscalationLevel.HeadOfService), [.. Staff, new("hos", Roles.HeadOfService, Team)]));
}
