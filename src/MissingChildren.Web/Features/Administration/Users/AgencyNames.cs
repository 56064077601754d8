using MissingChildren.Domain;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>How a person reads an <see cref="Agency"/>.</summary>
public static class AgencyNames
{
    public static string Display(Agency agency) => agency switch
    {
        Agency.ChildrensSocialCare => "Children's social care",
        Agency.Police => "Police",
        Agency.Education => "Education",
        Agency.Health => "Health",
        Agency.YouthOffendingService => "Youth offending service",
        Agency.FamilyWellbeing => "Family wellbeing",
        Agency.IndependentRhiProvider => "Independent return interview provider",
        Agency.EmergencyDutyTeam => "Emergency Duty Team",
        Agency.OtherLocalAuthority => "Another local authority",
        _ => agency.ToString(),
    };
}
