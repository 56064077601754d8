using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Administration.Policy;

/// <summary>The policy in force: a profile with an administrator's overrides laid over it by path, and its calendar.</summary>
public sealed class PolicySnapshotTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static PolicyOverride Override(string profile, string path, string json, int minutesLater = 0) => new()
    {
        Profile = profile,
        Path = path,
        ValueJson = json,
        Reason = "Agreed at the partnership board",
        ChangedBy = "administrator@example.org",
        ChangedAt = Monday.AddMinutes(minutesLater),
    };

    private static PolicySnapshot Build(string configured, PolicyChoice? choice = null, IReadOnlyList<PolicyOverride>? overrides = null, IReadOnlyCollection<DateOnly>? closures = null) =>
        PolicySnapshot.Build(new PolicySources(7, configured, choice, overrides ?? [], new UkBankHolidaySource(), [], closures ?? []));

    [Fact]
    public void Without_changes_the_configured_profile_is_in_force()
    {
        var snapshot = Build("Medway");

        Assert.Equal(PolicyProfileCatalog.Load("Medway"), snapshot.Profile);
        Assert.Null(snapshot.Choice);
        Assert.Equal(7, snapshot.Revision);
        Assert.Empty(snapshot.NotApplied);
    }

    [Fact]
    public void An_override_replaces_the_setting_at_its_path_and_only_for_its_own_profile()
    {
        var snapshot = Build("Statutory", overrides:
        [
            Override("Statutory", "returnInterview.offerWithinHours", "48"),
            Override("Medway", "returnInterview.completeWithinHours", "24"),
        ]);

        Assert.Equal(48, snapshot.Profile.ReturnInterview.OfferWithinHours);
        Assert.Equal(PolicyProfileCatalog.Load("Statutory").ReturnInterview.CompleteWithinHours, snapshot.Profile.ReturnInterview.CompleteWithinHours);
    }

    [Fact]
    public void An_index_path_changes_one_element_of_a_list()
    {
        var snapshot = Build("Medway", overrides: [Override("Medway", "whileMissing.longMissingReviews[1].chair", "\"Director\"")]);

        var file = PolicyProfileCatalog.Load("Medway").WhileMissing.LongMissingReviews;
        var reviews = snapshot.Profile.WhileMissing.LongMissingReviews;
        Assert.Equal(PolicyRole.Director, reviews[1].Chair);
        Assert.Equal((file[0].Code, file[0].Chair), (reviews[0].Code, reviews[0].Chair));
        Assert.Equal(file.Count, reviews.Count);
    }

    [Fact]
    public void The_chosen_profile_beats_configuration_and_its_core_hours_make_the_calendar()
    {
        var choice = new PolicyChoice { Profile = "Somerset", Reason = "New protocol", ChangedBy = "administrator@example.org", ChangedAt = Monday };
        var snapshot = Build("Statutory", choice, [Override("Somerset", "coreHours", """{ "start": "08:30", "end": "16:30" }""")]);

        Assert.Equal("Somerset", snapshot.Profile.Name);
        Assert.Same(choice, snapshot.Choice);
        Assert.Equal(new CoreHours(new TimeOnly(8, 30), new TimeOnly(16, 30)), snapshot.Calendar.CoreHours);
        Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(snapshot.Calendar.CoreHoursStart(new DateOnly(2026, 11, 23)).UtcDateTime));
    }

    [Fact]
    public void Stored_closure_days_are_not_working_days()
    {
        var snapshot = Build("Statutory", closures: [new DateOnly(2026, 12, 24)]);

        Assert.False(snapshot.Calendar.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.True(snapshot.Calendar.IsWorkingDay(new DateOnly(2026, 12, 23)));
    }

    [Theory]
    [InlineData("returnInterview.offerWithinHours", "0", "returnInterview.offerWithinHours must be greater than zero (was 0).")]
    [InlineData("returnInterview.offerWithinHourz", "48", "The profile has no setting returnInterview.offerWithinHourz.")]
    [InlineData("whileMissing.longMissingReviews[9].chair", "\"Director\"", "The profile has no setting whileMissing.longMissingReviews[9].chair.")]
    public void An_override_that_no_longer_fits_is_skipped_and_the_others_still_apply(string path, string json, string problem)
    {
        var broken = Override("Medway", path, json);
        var snapshot = Build("Medway", overrides: [broken, Override("Medway", "returnInterview.completeWithinHours", "60", minutesLater: 1)]);

        var skipped = Assert.Single(snapshot.NotApplied);
        Assert.Equal((broken.Id, path), (skipped.Id, skipped.Path));
        Assert.Contains(problem, skipped.Problems);
        Assert.Equal(60, snapshot.Profile.ReturnInterview.CompleteWithinHours);
        Assert.Equal(PolicyProfileCatalog.Load("Medway").ReturnInterview.OfferWithinHours, snapshot.Profile.ReturnInterview.OfferWithinHours);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_skipped()
    {
        var snapshot = Build("Statutory", overrides: [Override("Statutory", "returnInterview.offerWithinHours", "\"soon\"")]);

        Assert.Single(snapshot.NotApplied);
        Assert.Equal(72, snapshot.Profile.ReturnInterview.OfferWithinHours);
    }

    [Theory]
    [InlineData("returnInterview.offerWithinHours", typeof(int), false)]
    [InlineData("returnInterview.completeWithinHours", typeof(int), true)]
    [InlineData("returnInterview.clockStartsAt", typeof(RhiClockStart), false)]
    [InlineData("intake.lookedAfterToAllocatedPractitioner", typeof(bool), false)]
    [InlineData("whileMissing.longMissingReviews[0].chair", typeof(PolicyRole), false)]
    [InlineData("whileMissing.needToKnow", typeof(NeedToKnowSettings), true)]
    [InlineData("coreHours.start", typeof(TimeOnly), false)]
    public void A_setting_s_type_is_found_along_its_path(string path, Type type, bool allowsNull)
    {
        var setting = PolicyPaths.TypeOf(path);

        Assert.NotNull(setting);
        Assert.Equal((type, allowsNull), (setting.Type, setting.AllowsNull));
    }

    [Fact]
    public void A_list_of_choices_is_an_enum_list()
    {
        var setting = PolicyPaths.TypeOf("afterReturn.managerAuthorisation.outcomes");

        Assert.True(setting!.IsEnumList);
        Assert.Equal(typeof(ManagerOutcome), setting.ElementType);
        Assert.Null(PolicyPaths.TypeOf("returnInterview.nothing"));
        Assert.Null(PolicyPaths.TypeOf("$comment"));
    }
}
