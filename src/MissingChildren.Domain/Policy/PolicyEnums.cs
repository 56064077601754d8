namespace MissingChildren.Domain.Policy;

/// <summary>The people a policy setting names (domain.md "People and agencies").</summary>
/// <remarks>
/// A Group Manager is a <see cref="HeadOfService"/>; an Assistant Director is a <see cref="Director"/>.
/// </remarks>
public enum PolicyRole
{
    FrontDoor,
    SocialWorker,
    RhiWorker,
    TeamManager,
    HeadOfService,
    Director,
    Police,
    EmergencyDuty,
    Education,
    Administrator,
}

/// <summary>Which children a rule applies to.</summary>
public enum ChildGroup
{
    AllChildren,

    /// <summary>Our looked-after children (CLA).</summary>
    LookedAfter,

    /// <summary>Our looked-after children and children with a Child Protection plan.</summary>
    LookedAfterOrChildProtection,

    /// <summary>Care leavers (004 step 6).</summary>
    CareLeaver,

    /// <summary>Unaccompanied asylum-seeking children (R43).</summary>
    UnaccompaniedAsylumSeeking,
}

/// <summary>R30: the outcomes a manager can record when authorising an RHI and risk assessment (001 §3.2).</summary>
public enum ManagerOutcome
{
    ReferToChildrensServices,
    ContinueCurrentSupport,
    ConveneStrategyMeeting,
    ConveneLegalPlanningMeeting,
    ReferToFamilyWellbeing,
    ReferToCommunityService,
    SupportDeclined,
}

/// <summary>R30: whose team manager authorises a return home interview.</summary>
public enum RhiAuthoriser
{
    /// <summary>The manager of the team the RHI was allocated to: the RHI worker's own manager.</summary>
    ReturnInterviewTeam,

    /// <summary>The manager of the child's allocated team; the RHI team's manager when the child has none (001 §3.5).</summary>
    ChildsTeam,
}

/// <summary>What the RHI clock (R17) runs from, in each protocol's own words.</summary>
public enum RhiClockStart
{
    /// <summary>The return being known (statutory guidance; 001 §2.1).</summary>
    ReturnKnown,

    /// <summary>The police Found Report being received (003).</summary>
    FoundReportReceived,

    /// <summary>The RHI service being informed of the return (002 §3.1).</summary>
    RhiServiceInformed,

    /// <summary>The return being referred to social care (004 step 7).</summary>
    ReferredToSocialCare,
}

/// <summary>R28: which children need a child exploitation assessment.</summary>
public enum CeAssessmentScope
{
    /// <summary>A CE form is started for every missing or absent child (001 §3.1).</summary>
    EveryMissingOrAbsentChild,

    /// <summary>Every missing child from a minimum age (002 §4.12: 13 and over).</summary>
    MissingChildrenFromMinimumAge,
}

/// <summary>Where a child not open to services may be referred (R4).</summary>
public enum ReferralRoute
{
    ChildrensSocialCare,
    FamilyWellbeing,
}

/// <summary>R6: what the Emergency Duty Team does with a return notified out of hours.</summary>
public enum OutOfHoursAction
{
    /// <summary>The next working day is near: the daytime process picks it up.</summary>
    None,

    /// <summary>Ask the child who should do the RHI and seek consent (001 §1.6.1).</summary>
    AskChildWhoDoesRhi,

    /// <summary>Offer and conduct the RHI and the CE risk assessment (001 §1.6.2).</summary>
    EdtConductsRhi,
}

/// <summary>R20: who a no-contact letter goes to (002 §4.6).</summary>
[Flags]
public enum LetterRecipients
{
    None = 0,
    ParentOrCarer = 1,
    Child = 2,
}
