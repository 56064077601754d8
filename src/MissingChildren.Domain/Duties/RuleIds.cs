namespace MissingChildren.Domain.Duties;

/// <summary>
/// The rule catalogue's ids (domain.md, R1–R45) by what each rule is about. Code that raises, finds or closes a
/// duty names the rule through these, never through a string literal, so a search for a rule finds every use.
/// </summary>
public static class RuleIds
{
    /// <summary>R1: a notification is matched to a known child.</summary>
    public const string Matching = "R1";

    /// <summary>R2: our looked-after child's episode goes to their allocated practitioner.</summary>
    public const string LookedAfterRouting = "R2";

    /// <summary>R3: other episodes go to the return interview service, with Front Door oversight.</summary>
    public const string ServiceRouting = "R3";

    /// <summary>R4: a child not open to services, missing 24 hours or more: family consent to agency checks.</summary>
    public const string NotOpenLongMissing = "R4";

    /// <summary>R5: a child not open to services, missing under 24 hours: Family Wellbeing seeks consent.</summary>
    public const string NotOpenShortMissing = "R5";

    /// <summary>R6: out of hours, the Emergency Duty Team's part.</summary>
    public const string OutOfHours = "R6";

    /// <summary>R7: a child under 8 is directed to Children's Social Care.</summary>
    public const string UnderEight = "R7";

    /// <summary>R8: another authority's looked-after child placed here: home authority told, their RHI form asked for.</summary>
    public const string OtherAuthorityChild = "R8";

    /// <summary>R9: the Director letter to the home authority.</summary>
    public const string DirectorLetter = "R9";

    /// <summary>R10: our looked-after child missing: Head of Service, IRO and host authority told.</summary>
    public const string LookedAfterMissing = "R10";

    /// <summary>R11: a child with a Child Protection plan: the CP coordinator is told.</summary>
    public const string ChildProtectionMissing = "R11";

    /// <summary>R12: the strategy meeting (or Rutland's case review).</summary>
    public const string StrategyMeeting = "R12";

    /// <summary>R13: Need-to-Know for senior leaders.</summary>
    public const string NeedToKnow = "R13";

    /// <summary>R14: missing beyond 72 hours: the Director is briefed.</summary>
    public const string DirectorBriefing = "R14";

    /// <summary>R15: long absence reviews.</summary>
    public const string LongMissingReview = "R15";

    /// <summary>R16: daily checks and updates.</summary>
    public const string DailyOversight = "R16";

    /// <summary>R17: the return home interview offered within 72 hours.</summary>
    public const string RhiOffer = "R17";

    /// <summary>R18: the social worker's contact within 48 hours of return.</summary>
    public const string SocialWorkerContact = "R18";

    /// <summary>R19: the RHI allocated to a worker.</summary>
    public const string RhiAllocation = "R19";

    /// <summary>R20: contact attempts, then a letter.</summary>
    public const string ContactAttempts = "R20";

    /// <summary>R21: an accepted RHI completed within 3 working days and written up within 48 hours.</summary>
    public const string RhiCompletion = "R21";

    /// <summary>R22: consent to the interview.</summary>
    public const string Consent = "R22";

    /// <summary>R23: a child in care chooses who does their interview.</summary>
    public const string LookedAfterChoice = "R23";

    /// <summary>R24: declined or no contact, recorded with reasons.</summary>
    public const string Declined = "R24";

    /// <summary>R25: parents or carers spoken with.</summary>
    public const string ParentsSpokenWith = "R25";

    /// <summary>R26: one RHI covers several open episodes.</summary>
    public const string OneRhiForSeveralEpisodes = "R26";

    /// <summary>R27: completed RHIs shared (police, with the child's consent elsewhere).</summary>
    public const string RhiSharing = "R27";

    /// <summary>R28: the child exploitation screen or risk assessment.</summary>
    public const string ExploitationAssessment = "R28";

    /// <summary>R29: the missing risk assessment and prevention plan.</summary>
    public const string PreventionPlan = "R29";

    /// <summary>R30: a manager authorises every RHI and risk assessment.</summary>
    public const string ManagerAuthorisation = "R30";

    /// <summary>R31: the Serious Incident Notification.</summary>
    public const string SeriousIncidentNotification = "R31";

    /// <summary>R32: the trigger plan shared with the police.</summary>
    public const string TriggerPlan = "R32";

    /// <summary>R33: the multi-agency professionals meeting.</summary>
    public const string ProfessionalsMeeting = "R33";

    /// <summary>R34: a manager decides whether a short absence needs an RHI.</summary>
    public const string ShortAbsence = "R34";

    /// <summary>R35: the Head of Service update.</summary>
    public const string HeadOfServiceUpdate = "R35";

    /// <summary>R36: the daily missing report.</summary>
    public const string DailyReport = "R36";

    /// <summary>R37: performance standards.</summary>
    public const string PerformanceStandards = "R37";

    /// <summary>R38: the partnership report and missing meeting list.</summary>
    public const string PartnershipReport = "R38";

    /// <summary>R39: a child absent from school.</summary>
    public const string SchoolAbsence = "R39";

    /// <summary>R40: children missing education.</summary>
    public const string MissingEducation = "R40";

    /// <summary>R41: a family that goes missing: other authorities told.</summary>
    public const string MissingFamily = "R41";

    /// <summary>R42: another area told of a child found or missing there.</summary>
    public const string OtherAreaTold = "R42";

    /// <summary>R43: unaccompanied asylum-seeking children.</summary>
    public const string Uasc = "R43";

    /// <summary>R44: the National Referral Mechanism referral.</summary>
    public const string NrmReferral = "R44";

    /// <summary>R45: the publicity decision for a missing looked-after child.</summary>
    public const string PublicityDecision = "R45";
}
