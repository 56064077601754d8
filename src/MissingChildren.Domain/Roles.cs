namespace MissingChildren.Domain;

/// <summary>The roles of domain.md. The names are stored in Identity and used in authorisation.</summary>
public static class Roles
{
    public const string FrontDoor = nameof(FrontDoor);
    public const string SocialWorker = nameof(SocialWorker);
    public const string RhiWorker = nameof(RhiWorker);
    public const string TeamManager = nameof(TeamManager);
    public const string HeadOfService = nameof(HeadOfService);
    public const string Director = nameof(Director);
    public const string Police = nameof(Police);
    public const string EmergencyDuty = nameof(EmergencyDuty);
    public const string Education = nameof(Education);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } =
    [
        FrontDoor, SocialWorker, RhiWorker, TeamManager, HeadOfService,
        Director, Police, EmergencyDuty, Education, Administrator,
    ];

    /// <summary>How a person reads the role name.</summary>
    public static string DisplayName(string role) => role switch
    {
        FrontDoor => "Front Door officer",
        SocialWorker => "Social worker",
        RhiWorker => "Return home interview worker",
        TeamManager => "Team manager",
        HeadOfService => "Head of Service",
        Director => "Director",
        Police => "Police missing person coordinator",
        EmergencyDuty => "Emergency Duty Team",
        Education => "Children missing education officer",
        Administrator => "Administrator",
        _ => role,
    };

    /// <summary>The role in kebab case, as used in demo e-mail addresses: <c>FrontDoor</c> is <c>front-door</c>.</summary>
    public static string ToKebabCase(string role)
    {
        var builder = new System.Text.StringBuilder(role.Length + 4);
        for (var i = 0; i < role.Length; i++)
        {
            var c = role[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
