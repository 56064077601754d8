using MissingChildren.Domain.Teams;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>A team's kind as an administrator reads it, and the kinds an administrator may choose.</summary>
public static class TeamWords
{
    /// <summary>The kinds offered on the team form, in this order: never <see cref="TeamFunction.Unknown"/>, which only the case management system makes.</summary>
    public static readonly TeamFunction[] ChoosableKinds =
    [
        TeamFunction.FrontDoor, TeamFunction.SocialWork, TeamFunction.ReturnInterviews, TeamFunction.EmergencyDuty,
        TeamFunction.Education, TeamFunction.YouthService, TeamFunction.Other,
    ];

    public static string Kind(TeamFunction function) => function switch
    {
        TeamFunction.FrontDoor => "Front Door",
        TeamFunction.SocialWork => "Social work",
        TeamFunction.ReturnInterviews => "Return interview service",
        TeamFunction.EmergencyDuty => "Emergency Duty",
        TeamFunction.Education => "Education",
        TeamFunction.YouthService => "Youth service",
        TeamFunction.Other => "Other agency",
        _ => "Not known yet",
    };
}
