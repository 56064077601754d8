namespace MissingChildren.Domain.Duties;

/// <summary>Task and escalation types, named exactly as in domain.md ("Words the software must use").</summary>
public enum TaskType
{
    ReturnHomeInterview,
    SocialWorkerContact,
    StrategyMeeting,
    HeadOfServiceAlert,
    NeedToKnow,
    DirectorBriefing,
    ProfessionalsMeeting,
    LongMissingReview,
    HomeAuthorityNotification,
    RhiFormRequest,
    DirectorLetter,
    CeRiskAssessment,
    PreventionPlan,
    TriggerPlan,
    ManagerAuthorisation,
    SeriousIncidentNotification,
    IroNotification,
    CpCoordinatorNotification,
    SchoolAbsenceMeeting,
    CmeInvestigation,
    NoTraceReport,
    OtherAuthorityNotification,
    NrmReferral,
    PublicityDecision,

    /// <summary>R30: a referral the manager's outcome asks for (to Children's Services, or to Family Wellbeing), made by Front Door.</summary>
    Referral,

    /// <summary>R4 (001 §1.4; 003): a child not known to services missing 24 hours: the family's consent to agency checks and a referral decision.</summary>
    AgencyChecksConsent,

    /// <summary>R16 (001 §5.1): the team manager's daily check of a missing child's record.</summary>
    DailyCheck,
}

/// <summary>A task past its due time and still open is overdue.</summary>
public enum DutyStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>How far an overdue duty has been escalated (R16, R14; the profile's escalation settings).</summary>
public enum EscalationLevel
{
    None,
    TeamManager,
    HeadOfService,
    Director,
}

/// <summary>Which team holds a duty: resolved to a real team when the duty is raised.</summary>
public enum TeamKind
{
    /// <summary>No team: a service-wide role (Head of Service, Director).</summary>
    None,

    /// <summary>The child's allocated team (their social worker's team).</summary>
    AllocatedTeam,

    /// <summary>Front Door, which keeps oversight of every episode (R3).</summary>
    FrontDoor,

    /// <summary>The service that does return home interviews (R3: Family Wellbeing or Intervention).</summary>
    ReturnInterviewService,

    /// <summary>The out-of-hours Emergency Duty Team (R6).</summary>
    EmergencyDuty,

    /// <summary>Children missing education (R40).</summary>
    Education,
}
