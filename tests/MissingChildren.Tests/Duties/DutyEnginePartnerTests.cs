using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>R41, R42: other local authorities told; R44: the National Referral Mechanism referral.</summary>
public sealed class DutyEnginePartnerTests
{
    /// <summary>Wednesday 18 November 2026, 10:00 GMT: when the other areas or the grounds were recorded.</summary>
    private static readonly DateTimeOffset Recorded = DutyFixtures.InHours;

    private static EpisodeFacts WithAreas(string? from, string? found, params string[] family) =>
        DutyFixtures.Open(Recorded.AddHours(-30)) with { OtherAreas = new OtherAreaFacts(Recorded, from, found, family) };

    [Theory]
    [InlineData("NorthSomerset", 2)]
    [InlineData("Statutory", 0)]
    [InlineData("Somerset", 0)]
    [InlineData("Medway", 0)]
    [InlineData("Rutland", 0)]
    public void R41_AFamilyMissing_EveryOtherAuthorityNamedIsTold_WhereTheProfileHasTheRule(string profile, int expected)
    {
        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), WithAreas(null, null, "Bristol City Council", "Somerset Council"), Recorded);

        var told = plan.Of(TaskType.OtherAuthorityNotification, RuleIds.MissingFamily).ToList();
        Assert.Equal(expected, told.Count);
        if (expected > 0)
        {
            Assert.Equal(["Bristol City Council", "Somerset Council"], told.Select(t => t.Partner));
            Assert.All(told, t => Assert.Equal((PolicyRole.FrontDoor, TeamKind.FrontDoor), (t.Role, t.Team)));
            Assert.All(told, t => Assert.Equal(DutyFixtures.At("2026-11-18T17:00:00Z"), t.DueAt)); // the same working day
            Assert.Equal("Tell Bristol City Council that the family is missing", told[0].Title);
        }
    }

    [Fact]
    public void R41_NoFamilyMissing_NobodyIsTold()
    {
        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), WithAreas(null, null), Recorded);

        Assert.Empty(plan.Of(TaskType.OtherAuthorityNotification));
    }

    [Theory]
    [InlineData("Bristol City Council", null, "Tell Bristol City Council that the child went missing from their area")]
    [InlineData(null, "Somerset Council", "Tell Somerset Council that the child was found in their area")]
    public void R42_TheAreaTheChildWentMissingFromOrWasFoundIn_IsTold(string? from, string? found, string title)
    {
        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child("CLA"), WithAreas(from, found), Recorded);

        var told = Assert.Single(plan.Of(TaskType.OtherAuthorityNotification, RuleIds.OtherAreaTold));
        Assert.Equal(title, told.Title);
        Assert.Equal(from ?? found, told.Partner);
    }

    [Fact]
    public void R42_MissingFromAndFoundInTheSameArea_IsToldOnce()
    {
        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), WithAreas("Bristol City Council", "bristol city council"), Recorded);

        Assert.Single(plan.Of(TaskType.OtherAuthorityNotification, RuleIds.OtherAreaTold));
    }

    [Fact]
    public void R42_OurOwnArea_NobodyIsTold_AndNothingBeforeTheAreasAreRecorded()
    {
        Assert.Empty(DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), WithAreas(null, null), Recorded).Of(TaskType.OtherAuthorityNotification));
        Assert.Empty(DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), WithAreas("Bristol City Council", null), Recorded.AddMinutes(-1))
            .Of(TaskType.OtherAuthorityNotification));
    }

    [Theory]
    [InlineData("Medway", 1)]
    [InlineData("NorthSomerset", 0)]
    [InlineData("Somerset", 0)]
    [InlineData("Rutland", 0)]
    [InlineData("Statutory", 0)]
    public void R44_ReasonableGroundsToBelieveTrafficking_RaisesTheSocialWorkersNrmReferral_InMedway(string profile, int expected)
    {
        var episode = DutyFixtures.Open(Recorded.AddHours(-30)) with { TraffickingGroundsRecordedAt = Recorded };

        var referrals = DutyFixtures.Plan(profile, DutyFixtures.Child("CIN"), episode, Recorded).Of(TaskType.NrmReferral, RuleIds.NrmReferral).ToList();

        Assert.Equal(expected, referrals.Count);
        if (expected == 1)
        {
            Assert.Equal((PolicyRole.SocialWorker, TeamKind.AllocatedTeam), (referrals[0].Role, referrals[0].Team));
            Assert.Equal(Recorded, referrals[0].RaiseAt);
            Assert.Equal(DutyFixtures.At("2026-11-19T17:00:00Z"), referrals[0].DueAt); // the next working day
        }
    }

    [Fact]
    public void R44_NoGroundsRecorded_NoReferral()
    {
        Assert.Empty(DutyFixtures.Plan("Medway", DutyFixtures.Child("CIN"), DutyFixtures.Open(Recorded.AddHours(-30)), Recorded).Of(TaskType.NrmReferral));
    }

    [Fact]
    public void R41_R42_R44_PartnerDuties_AreClosedOnlyByTheirRecord_NotByRecordDone()
    {
        Assert.False(DutyCompletion.IsRecordedDirectly(TaskType.OtherAuthorityNotification, RuleIds.MissingFamily));
        Assert.False(DutyCompletion.IsRecordedDirectly(TaskType.NrmReferral, RuleIds.NrmReferral));
        Assert.False(DutyEngine.EndsWhenFound(TaskType.OtherAuthorityNotification));
    }
}
