using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Web.Features.Administration.Clients;

/// <summary>What an administrator chooses for an integration client: its scopes, and how long an old key overlaps a new one.</summary>
public static class ClientChoices
{
    /// <summary>Each scope, in the order the API lists them, with what it lets a client do.</summary>
    public static IReadOnlyList<(string Scope, string Description)> Scopes { get; } =
    [
        (IntegrationScopes.NotificationsWrite, "Send missing, absent and found reports (POST /api/v1/notifications). For police systems."),
        (IntegrationScopes.ChildrenWrite, "Create and update children and their involvements (PUT /api/v1/children/{localId}). For the case management system."),
        (IntegrationScopes.Read, "Read children, episodes, their duties and return interviews (GET /api/v1/children and /api/v1/episodes)."),
        (IntegrationScopes.AttendanceWrite, "Send children's absences from school (POST /api/v1/attendance/absences). For a school's or the council's attendance system."),
    ];

    /// <summary>How long the old key keeps working after a rotation, in hours, with how a person reads it.</summary>
    public static IReadOnlyList<(int Hours, string Text)> Overlaps { get; } =
    [
        (0, "No overlap: the old key stops working now"),
        (1, "1 hour"),
        (24, "24 hours"),
        (168, "7 days"),
    ];

    /// <summary>The scopes chosen, in the API's order, as stored: <c>notifications:write,read</c>.</summary>
    public static string Join(IEnumerable<string> scopes)
    {
        var chosen = scopes.ToHashSet(StringComparer.Ordinal);
        return string.Join(',', IntegrationOptions.KnownScopes.Where(chosen.Contains));
    }
}

/// <summary>A key just made: shown once to the administrator, never stored or shown again.</summary>
public sealed record IssuedKey(Guid ClientId, string ClientName, string Key, DateTimeOffset? PreviousKeyValidUntil);
