using Microsoft.EntityFrameworkCore;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// Demo children used by the case view tests: P100–P109 are looked after and allocated to Corporate Parenting
/// (the demo social worker's team); P100 and P103 are missing now; P101 and P105 returned this week; P115 has a
/// protection plan with Family Support &amp; Safeguarding, another team.
/// </summary>
internal static class CaseData
{
    public static Task<Guid> ChildIdAsync(this AppFactory app, string localId) =>
        app.WithDbAsync(db => db.Children.Where(c => c.LocalId == localId).Select(c => c.Id).SingleAsync());

    public static Dictionary<string, string?> DateTime(string name, DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        return new()
        {
            [$"{name}.Day"] = local.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{name}.Month"] = local.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{name}.Year"] = local.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{name}.Time"] = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public static Dictionary<string, string?> With(this Dictionary<string, string?> fields, IDictionary<string, string?> more)
    {
        foreach (var (k, v) in more)
        {
            fields[k] = v;
        }

        return fields;
    }
}
