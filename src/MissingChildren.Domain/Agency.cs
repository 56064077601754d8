namespace MissingChildren.Domain;

/// <summary>The agencies that work together on missing children (domain.md "People and agencies").</summary>
public enum Agency
{
    ChildrensSocialCare,
    Police,
    Education,
    Health,
    YouthOffendingService,
    FamilyWellbeing,
    IndependentRhiProvider,
    EmergencyDutyTeam,
    OtherLocalAuthority,
}

public static class AgencyNames
{
    /// <summary>How a person reads the agency's name.</summary>
    public static string DisplayName(Agency agency) => agency switch
    {
        Agency.ChildrensSocialCare => "Children's social care",
        Agency.Police => "Police",
        Agency.Education => "Education",
        Agency.Health => "Health",
        Agency.YouthOffendingService => "Youth offending service",
        Agency.FamilyWellbeing => "Family wellbeing (early help)",
        Agency.IndependentRhiProvider => "Independent return interview provider",
        Agency.EmergencyDutyTeam => "Emergency Duty Team",
        Agency.OtherLocalAuthority => "Another local authority",
        _ => agency.ToString(),
    };
}
