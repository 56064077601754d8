using System.Security.Claims;
using MissingChildren.Domain;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// The service navigation: which screens exist and who may open them. A screen is listed here only once it
/// is built, so nobody is shown a link to something that is not there.
/// </summary>
public static class ServiceNavigation
{
    public sealed record Item(string Title, string Path, IReadOnlyList<string> Roles);

    public const string HomePath = "/";

    /// <summary>The RHI worker's task tray (screens.md).</summary>
    public const string ReturnInterviewsPath = Links.ReturnInterviews;
    public const string FrontDoorPath = Links.FrontDoor;

    /// <summary>The manager authorisation queue (screens.md).</summary>
    public const string AuthorisationsPath = Links.Authorisations;

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("Home", HomePath, Roles.All),
        new("Notices", Links.Notices, Roles.All),
        new("My children", Links.MyChildren, [Roles.SocialWorker]),
        new("Return home interviews", ReturnInterviewsPath, [Roles.RhiWorker, Roles.TeamManager, Roles.FrontDoor]),
        new("Front Door", FrontDoorPath, [Roles.FrontDoor, Roles.EmergencyDuty, Roles.TeamManager]),
        new("Oversight", Links.Oversight, [Roles.TeamManager, Roles.HeadOfService, Roles.Director]),
        new("Authorisations", AuthorisationsPath, [Roles.TeamManager, Roles.HeadOfService, Roles.Director]),
        new("Reports", Links.Reports, [Roles.TeamManager, Roles.HeadOfService, Roles.Director]),
        new("Police", Links.Police, [Roles.Police]),
        new("Education", Links.Education, [Roles.Education, Roles.FrontDoor]),
        new("Administration", Links.Admin, [Roles.Administrator]),
    ];

    /// <summary>
    /// Each role's main screen (screens.md), used after sign-in. Screens still to be built are absent and
    /// the role lands on the home page.
    /// </summary>
    private static readonly Dictionary<string, string> MainScreens = new(StringComparer.Ordinal)
    {
        [Roles.RhiWorker] = ReturnInterviewsPath,
        [Roles.TeamManager] = Links.Oversight,
        [Roles.HeadOfService] = Links.Oversight,
        [Roles.Director] = Links.Oversight,
        [Roles.FrontDoor] = FrontDoorPath,
        [Roles.EmergencyDuty] = FrontDoorPath,
        [Roles.Police] = Links.Police,
        [Roles.Education] = Links.Education,
        [Roles.Administrator] = Links.Admin,
    };

    public static IEnumerable<Item> For(ClaimsPrincipal user) =>
        Items.Where(i => i.Roles.Any(user.IsInRole));

    public static string LandingPathFor(IEnumerable<string> roles) =>
        roles.Select(r => MainScreens.GetValueOrDefault(r)).FirstOrDefault(p => p is not null) ?? HomePath;
}
