using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using MissingChildren.Web.Domain.Children;
using MissingChildren.Web.Features.Children;

namespace MissingChildren.IntegrationTests.FrontDoor;

/// <summary>Children and notifications made for one test: unique names, so tests sharing a database never meet.</summary>
internal static class FrontDoorTestData
{
    public static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>A letters-only unique surname (a name never has digits).</summary>
    public static string Surname()
    {
        var letters = Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(8);
        return "Q" + new string([.. letters]);
    }

    public sealed record TestChild(string LocalId, string FirstName, string LastName, string DateOfBirth);

    public static async Task<TestChild> ChildAsync(AppFactory app, string firstName = "Tobias", string dateOfBirth = "2011-04-17", string? allocatedTeam = null, string? involvement = null)
    {
        var child = new TestChild(Unique("T"), firstName, Surname(), dateOfBirth);
        await app.SendAsync(new UpsertChild.Command(
            child.LocalId, child.FirstName, child.LastName, DateOnly.Parse(child.DateOfBirth, CultureInfo.InvariantCulture), null, "12 Test Road, Weston", false,
            involvement is null ? [] : [new UpsertChild.InvolvementInput(Enum.Parse<InvolvementType>(involvement), new DateOnly(2024, 1, 10), null, null, null)],
            allocatedTeam, null));
        return child;
    }

    public static object Missing(AppFactory app, string reference, object child, double hoursAgo = 3, string kind = "Missing", string risk = "Medium") => new
    {
        source = "Police",
        sourceReference = reference,
        kind,
        child,
        missingFrom = Iso(app.Clock.GetUtcNow().AddHours(-hoursAgo)),
        reportedAt = Iso(app.Clock.GetUtcNow().AddHours(-hoursAgo).AddMinutes(30)),
        policeRiskLevel = risk,
        lastSeenLocation = "Weston bus station",
    };

    public static async Task<JsonNode> PostAsync(AppFactory app, object notification)
    {
        var (response, body) = await app.CreateApiClient().PostJsonAsync("/api/v1/notifications", notification);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body!;
    }
}
