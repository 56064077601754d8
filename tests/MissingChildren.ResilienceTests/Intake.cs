using System.Globalization;
using System.Net;

namespace MissingChildren.ResilienceTests;

/// <summary>What the police and the case management system send: a looked-after child, and a missing report about one.</summary>
public static class Intake
{
    public const string NotificationsUrl = "/api/v1/notifications";

    /// <summary>A child looked after by the council, all alike, so the same report raises the same duties for each.</summary>
    public static object Child(string localId) => new
    {
        firstName = "Casey",
        lastName = $"Resilience{localId[^4..]}",
        dateOfBirth = DateTime.UtcNow.AddYears(-13).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        gender = "Female",
        address = "1 High Street, Weston-super-Mare, BS23 1AA",
        involvements = new object[] { new { type = "CLA", startDate = "2024-01-10", legalStatus = "C2" } },
        allocatedTeam = "Corporate Parenting",
        allocatedWorkerEmail = "social-worker@example.org",
    };

    public static object Missing(string localId, string reference, DateTimeOffset missingFrom) => new
    {
        source = "Police",
        sourceReference = reference,
        kind = "Missing",
        child = new { localId },
        missingFrom = missingFrom.ToString("O", CultureInfo.InvariantCulture),
        reportedAt = missingFrom.AddMinutes(40).ToString("O", CultureInfo.InvariantCulture),
        policeRiskLevel = "Medium",
        lastSeenLocation = "Weston bus station",
    };

    /// <summary>Creates these children through the API (201 each).</summary>
    public static async Task CreateChildrenAsync(HttpClient api, IEnumerable<string> localIds)
    {
        foreach (var localId in localIds)
        {
            var (response, body) = await api.PutJsonAsync($"/api/v1/children/{localId}", Child(localId));
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"PUT child {localId}: {(int)response.StatusCode} {body}");
        }
    }

    /// <summary>An API client for a node (or the proxy) with the police key every node is configured with.</summary>
    public static HttpClient ApiClient(Uri address)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        client.DefaultRequestHeaders.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
