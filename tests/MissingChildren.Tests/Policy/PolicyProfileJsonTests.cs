using System.Text.Json.Nodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Policy;

public sealed class PolicyProfileJsonTests
{
    private static JsonObject Obj(string json) => PolicyProfileJson.Parse(json, "test");

    [Fact]
    public void Merge_ProfileSilent_TakesBaselineValues()
    {
        var merged = PolicyProfileJson.Merge(
            Obj("""{ "a": 1, "section": { "x": 1, "y": 2 } }"""),
            Obj("""{ "section": { "y": 3 } }"""));

        Assert.Equal(1, merged["a"]!.GetValue<int>());
        Assert.Equal(1, merged["section"]!["x"]!.GetValue<int>());
        Assert.Equal(3, merged["section"]!["y"]!.GetValue<int>());
    }

    [Fact]
    public void Merge_ExplicitNull_SwitchesABaselineRuleOff()
    {
        var merged = PolicyProfileJson.Merge(
            Obj("""{ "rule": { "hours": 72 } }"""),
            Obj("""{ "rule": null }"""));

        Assert.True(merged.ContainsKey("rule"));
        Assert.Null(merged["rule"]);
    }

    [Fact]
    public void Merge_ReplacesArraysWhole_AndFillsNullBaselineWithAnObject()
    {
        var merged = PolicyProfileJson.Merge(
            Obj("""{ "list": [1, 2, 3], "rule": null }"""),
            Obj("""{ "list": [9], "rule": { "hours": 48 } }"""));

        Assert.Equal([9], merged["list"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal(48, merged["rule"]!["hours"]!.GetValue<int>());
    }

    [Fact]
    public void Merge_LeavesTheBaselineUnchanged()
    {
        var baseline = Obj("""{ "section": { "x": 1 } }""");

        _ = PolicyProfileJson.Merge(baseline, Obj("""{ "section": { "x": 2 } }"""));

        Assert.Equal(1, baseline["section"]!["x"]!.GetValue<int>());
    }

    [Fact]
    public void Resolve_FollowsBasedOnChains()
    {
        var files = new Dictionary<string, string>
        {
            ["A"] = """{ "name": "A", "v": 1, "w": 1, "z": 1 }""",
            ["B"] = """{ "name": "B", "basedOn": "A", "w": 2 }""",
            ["C"] = """{ "name": "C", "basedOn": "B", "z": 3 }""",
        };

        var resolved = PolicyProfileJson.Resolve("C", n => files.GetValueOrDefault(n));

        Assert.Equal("C", resolved["name"]!.GetValue<string>());
        Assert.Equal(1, resolved["v"]!.GetValue<int>());
        Assert.Equal(2, resolved["w"]!.GetValue<int>());
        Assert.Equal(3, resolved["z"]!.GetValue<int>());
    }

    [Fact]
    public void Resolve_ALoopOfBasedOn_Throws()
    {
        var files = new Dictionary<string, string>
        {
            ["A"] = """{ "name": "A", "basedOn": "B" }""",
            ["B"] = """{ "name": "B", "basedOn": "A" }""",
        };

        var ex = Assert.Throws<PolicyProfileException>(() => PolicyProfileJson.Resolve("A", n => files.GetValueOrDefault(n)));
        Assert.Contains("loop", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AMissingBaseline_Throws()
    {
        var ex = Assert.Throws<PolicyProfileException>(() =>
            PolicyProfileJson.Resolve("A", n => n == "A" ? """{ "name": "A", "basedOn": "Nowhere" }""" : null));

        Assert.Contains("'Nowhere', which was not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AFileWhoseNameDiffers_Throws() =>
        Assert.Throws<PolicyProfileException>(() => PolicyProfileJson.Resolve("A", _ => """{ "name": "B" }"""));

    [Fact]
    public void Bind_AnUnknownSetting_IsRejected()
    {
        var json = Override("""{ "returnInterview": { "offerWithinHour": 48 } }""");

        var ex = Assert.Throws<PolicyProfileException>(() => PolicyProfileJson.Bind(json, "typo"));
        Assert.Contains("offerWithinHour", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ANullRequiredSection_IsRejected() =>
        Assert.Throws<PolicyProfileException>(() => PolicyProfileJson.Bind(Override("""{ "returnInterview": null }"""), "null"));

    [Fact]
    public void Bind_AMissingRequiredValue_IsRejected()
    {
        var json = Override("""{ "whileMissing": { "directorBriefing": { "beyondMissingHours": 72 } } }""");

        Assert.Throws<PolicyProfileException>(() => PolicyProfileJson.Bind(json, "missing"));
    }

    [Fact]
    public void Bind_AnUnknownEnumValue_IsRejected() =>
        Assert.Throws<PolicyProfileException>(() =>
            PolicyProfileJson.Bind(Override("""{ "whileMissing": { "strategyMeeting": { "appliesTo": "Everyone" } } }"""), "enum"));

    [Fact]
    public void Bind_InvalidValues_AreReportedTogether()
    {
        var json = Override("""
            {
              "coreHours": { "start": "18:00", "end": "09:00" },
              "returnInterview": { "offerWithinHours": 0 }
            }
            """);

        var ex = Assert.Throws<PolicyProfileException>(() => PolicyProfileJson.Bind(json, "invalid"));
        Assert.Contains("coreHours.start must be before coreHours.end", ex.Message, StringComparison.Ordinal);
        Assert.Contains("returnInterview.offerWithinHours must be greater than zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_AProfileOverridingOneValue_KeepsEveryOtherBaselineValue()
    {
        var profile = PolicyProfileJson.Bind(Override("""{ "returnInterview": { "writeUpWithinHours": 24 } }"""), "one");

        var statutory = PolicyProfileCatalog.Load("Statutory");
        Assert.Equal(24, profile.ReturnInterview.WriteUpWithinHours);
        Assert.Equal(statutory.ReturnInterview with { WriteUpWithinHours = 24 }, profile.ReturnInterview);
        Assert.Equal(statutory.CoreHours, profile.CoreHours);
    }

    private static JsonObject Override(string overrides) =>
        PolicyProfileJson.Merge(PolicyProfileCatalog.LoadResolvedJson("Statutory"), Obj(overrides));
}
