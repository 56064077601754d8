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
