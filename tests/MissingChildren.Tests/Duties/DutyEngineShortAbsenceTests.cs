using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// R34 (004 step 6): a short absence (under 24 hours) of a looked-after child or a care leaver gets no RHI of its own;
/// the manager decides whether one is needed. Only Rutland applies it. Helpers are in DutyFixtures.cs.
/// </summary>
public sealed class DutyEngineShortAbsenceTests
{
    private static readonly DateTimeOffset Now = DutyFixtures.InHours;

    [Theory]
    [InlineData("Rutland", "CLA", "Short absence of a child in care: decide whether a return home interview is needed")]
    [InlineData("Rutland", "CareLeaver", "Short absence of a care leaver: decide whether a return home interview is needed")]
    [InlineData("Rutland", "None", "")]
    [InlineData("Rutland", "CP", "")]
    [InlineData("NorthSomerset", "CareLeaver", "")]
    [InlineData("Medway", "CareLeaver", "")]
    [InlineData("Statutory", "CLA", "")]
    public void R34_ShortAbsence_OfALookedAfterChildOrCareLeaver_AsksTheManager(string profile, string involvement, string expectedTitle)
    {
        var episode = DutyFixtures.Returned(Now.AddHours(-8), Now.AddHours(-2), EpisodeCategory.Absent);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement, age: 19), episode, Now).Of(TaskType.ReturnHomeInterview, RuleIds.ShortAbsence).ToList();

        if (expectedTitle.Length == 0)
        {
            Assert.Empty(plan);
            return;
        }

        var decision = Assert.Single(plan);
        Assert.Equal(expectedTitle, decision.Title);
        Assert.Equal(PolicyRole.TeamManager, decision.Role);
    }

    [Fact]
    public void R34_AbsenceOf24HoursOrMore_IsNotAShortAbsence() =>
        Assert.Empty(DutyFixtures.Plan("Rutland", DutyFixtures.Child("CareLeaver", age: 19),
            DutyFixtures.Returned(Now.AddHours(-30), Now.AddHours(-6), EpisodeCategory.Absent), Now).Of(TaskType.ReturnHomeInterview, RuleIds.ShortAbsence));
}
