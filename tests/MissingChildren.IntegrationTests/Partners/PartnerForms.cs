using System.Globalization;

namespace MissingChildren.IntegrationTests.Partners;

/// <summary>What the partner duty tests type into the forms.</summary>
internal static class PartnerForms
{
    /// <summary>A GOV.UK date and time input named <paramref name="prefix"/> holding <paramref name="at"/> (November: UK time is UTC).</summary>
    public static Dictionary<string, string?> When(string prefix, DateTimeOffset? at) => new()
    {
        [$"{prefix}.Day"] = at?.Day.ToString(CultureInfo.InvariantCulture) ?? "",
        [$"{prefix}.Month"] = at?.Month.ToString(CultureInfo.InvariantCulture) ?? "",
        [$"{prefix}.Year"] = at?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
        [$"{prefix}.Time"] = at?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
    };

    public static Dictionary<string, string?> With(this Dictionary<string, string?> fields, string name, string? value)
    {
        fields[name] = value;
        return fields;
    }
}
