using System.Text.Json.Nodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Policy;

public sealed class PolicyProfileCatalogTests
{
    public static TheoryData<string> ProfileNames => new(PolicyProfileCatalog.Names);

    [Fact]
    public void Names_AreTheFiveBuiltInProfiles_StatutoryFirst() =>
        Assert.Equal(["Statutory", "Medway", "NorthSomerset", "Rutland", "Somerset"], PolicyProfileCatalog.Names);

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Load_EveryProfile_BindsAndValidates(string name)
    {
        var profile = PolicyProfileCatalog.Load(name);

        Assert.Equal(name, profile.Name);
        Assert.Empty(profile.Validate());
        Assert.False(string.IsNullOrWhiteSpace(profile.DisplayName));
        Assert.False(string.IsNullOrWhiteSpace(profile.Authority));
        Assert.NotNull(profile.CoreHours);
        Assert.NotNull(profile.Intake);
        Assert.NotNull(profile.OtherAuthorities.PlacedHere);
        Assert.NotNull(profile.WhileMissing.Alerts);
        Assert.NotNull(profile.WhileMissing.LongMissingReviews);
        Assert.NotNull(profile.ReturnInterview);
        Assert.NotNull(profile.AfterReturn.ManagerAuthorisation);
        Assert.NotNull(profile.Safeguarding);
        Assert.NotNull(profile.Oversight.Escalation);
        Assert.NotEmpty(profile.Seraf.Vulnerabilities);
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Load_EveryProfile_AppliesTheRulesCommonToAll(string name)
    {
        var profile = PolicyProfileCatalog.Load(name);

        // R17: RHI offered within 72 hours.
        Assert.Equal(72, profile.ReturnInterview.OfferWithinHours);
        // R30: manager sign-off with the seven outcomes of 001 §3.2.
        Assert.Equal(Enum.GetValues<ManagerOutcome>(), profile.AfterReturn.ManagerAuthorisation.Outcomes);
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void AuthorityProfiles_AreBasedOnStatutory(string name)
    {
        var own = PolicyProfileJson.Parse(PolicyProfileCatalog.ReadOwnJson(name)!, name);

        Assert.Equal(name == PolicyProfileCatalog.StatutoryName ? null : "Statutory", own[PolicyProfileJson.BasedOnKey]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void EveryProfileFile_CitesItsSourceForEverySetting(string name)
    {
        var own = PolicyProfileJson.Parse(PolicyProfileCatalog.ReadOwnJson(name)!, name);
        var uncommented = new List<string>();

        void Walk(JsonNode? node, string path, bool commented, bool isRoot)
        {
            switch (node)
            {
                case JsonObject obj:
                    var here = !isRoot && (commented || obj.ContainsKey("$comment"));
                    foreach (var (key, child) in obj)
                    {
                        if (key.StartsWith('$'))
                        {
                            continue;
                        }

                        if (child is JsonObject or JsonArray)
                        {
                            Walk(child, $"{path}.{key}", here, isRoot: false);
                        }
                        else if (!isRoot && !here)
                        {
                            uncommented.Add($"{path}.{key}");
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}[{i}]", commented, isRoot: false);
                    }

                    break;
            }
        }

        Walk(own, "$", commented: false, isRoot: true);

        Assert.Empty(uncommented);
    }

    [Fact]
    public void Load_UnknownName_ThrowsAndListsTheKnownProfiles()
    {
        var ex = Assert.Throws<ArgumentException>(() => PolicyProfileCatalog.Load("Atlantis"));

        Assert.Contains("Unknown policy profile 'Atlantis'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NorthSomerset", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IsCaseInsensitive_AndCached() =>
        Assert.Same(PolicyProfileCatalog.Load("Medway"), PolicyProfileCatalog.Load("medway"));

    [Fact]
    public void LoadResolvedJson_KeepsTheProfilesOwnComments()
    {
        var json = PolicyProfileCatalog.LoadResolvedJson("Rutland");

        var comment = json["whileMissing"]!["strategyMeeting"]!["$comment"]!.GetValue<string>();
        Assert.Contains("004 steps 2 and 4", comment, StringComparison.Ordinal);
    }
}
