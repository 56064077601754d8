using System.Text.Json.Nodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Administration.Policy;

namespace MissingChildren.Tests.Administration.Policy;

/// <summary>A profile's settings as the policy page reads them out.</summary>
public sealed class PolicySettingsTests
{
    [Theory]
    [InlineData("returnInterview.offerWithinHours", "72", "72 hours")]
    [InlineData("returnInterview.independentPerson.tellManagerAfterWorkingDays", "3", "3 working days")]
    [InlineData("returnInterview.allocateWithinCoreHours", "24", "24 hours of core hours")]
    [InlineData("otherAuthorities.placedHere.formReminderAfterDays", "1", "1 day")]
    [InlineData("intake.directToChildrensSocialCareUnderAge", "8", "8 years old")]
    [InlineData("intake.lookedAfterToAllocatedPractitioner", "true", "Yes")]
    [InlineData("returnInterview.clockStartsAt", "\"FoundReportReceived\"", "Found report received")]
    [InlineData("afterReturn.managerAuthorisation.outcomes", "[\"ConveneStrategyMeeting\",\"SupportDeclined\"]", "Convene strategy meeting, Support declined")]
    [InlineData("safeguarding.publicityDecision", "null", PolicySettings.NotApplied)]
    [InlineData("whileMissing.longMissingReviews", "[]", "None")]
    [InlineData("returnInterview.providerName", "\"Family Wellbeing Service\"", "Family Wellbeing Service")]
    public void A_value_reads_in_words(string path, string json, string words) =>
        Assert.Equal(words, PolicySettings.InWords(path, JsonNode.Parse(json)));

    [Theory]
    [InlineData("returnInterview.offerWithinHours", "Offer within hours")]
    [InlineData("returnInterview.contactAttempts.minimum", "Contact attempts: minimum")]
    [InlineData("whileMissing.longMissingReviews[1].chair", "Long missing reviews 2: chair")]
    [InlineData("coreHours", "Core hours")]
    public void A_setting_is_named_from_its_path(string path, string label) =>
        Assert.Equal(label, PolicySettings.Label(path));

    [Fact]
    public void Settings_are_grouped_as_in_the_file_with_the_nearest_protocol_text()
    {
        var file = PolicyProfileCatalog.LoadResolvedJson("Medway");

        var groups = PolicySettings.Groups(file, file);

        Assert.Equal(["coreHours", "intake", "otherAuthorities", "whileMissing", "returnInterview", "afterReturn", "safeguarding", "oversight", "seraf"], groups.Select(g => g.Key));
        var review = groups.Single(g => g.Key == "whileMissing").Settings.Single(s => s.Path == "whileMissing.longMissingReviews[0].chair");
        Assert.Contains(review.Comments, c => c.StartsWith("R15, 003 'When to review' table", StringComparison.Ordinal));
        Assert.Contains(PolicySettings.Sources(file), s => s.StartsWith("003 Medway", StringComparison.Ordinal));
        Assert.DoesNotContain(groups.SelectMany(g => g.Settings), s => s.Path.Contains('$', StringComparison.Ordinal));
    }
}
