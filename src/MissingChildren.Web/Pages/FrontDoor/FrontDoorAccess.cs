using System.Security.Claims;
using MissingChildren.Domain;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>Who may see Front Door triage (FrontDoor, EmergencyDuty, TeamManager) and who may act on it (FrontDoor, EmergencyDuty).</summary>
public static class FrontDoorAccess
{
    public const string Readers = $"{Roles.FrontDoor},{Roles.EmergencyDuty},{Roles.TeamManager}";

    public const string Actors = $"{Roles.FrontDoor},{Roles.EmergencyDuty}";

    public static bool CanAct(ClaimsPrincipal user) => user.IsInRole(Roles.FrontDoor) || user.IsInRole(Roles.EmergencyDuty);
}
