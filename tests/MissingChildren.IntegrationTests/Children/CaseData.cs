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

    /// <summary>A social worker, signed in, and a child of theirs who went missing 30 hours ago and came back an hour ago.</summary>
    public static async Task<(HtmlClient Client, Guid ChildId)> ReturnedChildOfAWorkerAsync(this AppFactory app, TestData data)
    {
        var team = await data.TeamAsync();
        var worker = await data.WorkerAsync(MissingChildren.Domain.Roles.SocialWorker, team);
        var child = await data.ChildAsync(involvement: "CLA", worker: worker);
        await data.ReturnedAsync(child, missingHoursAgo: 30, foundHoursAgo: 1);
        return (await app.SignedInAsync(worker), child.Id);
    }

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
