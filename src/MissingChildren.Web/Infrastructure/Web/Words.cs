using MissingChildren.Domain;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.Notices;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.Oversight;
using MissingChildren.Domain.Plans;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.Administration.Teams;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// The one place a domain code becomes the words people read (domain.md "Words"): every member of every domain enum,
/// in sentence case, so no screen shows <c>CLAOtherAuthority</c> or <c>CeRiskAssessment</c>. The codes stay in the
/// API and in stored data; a test fails when a member has no words here.
/// </summary>
public static class Words
{
    private static readonly Dictionary<Enum, string> Table = new(WordTables.All());

    /// <summary>The words for a domain code, e.g. <c>InvolvementType.CLAOtherAuthority</c> reads "Looked after by another authority".</summary>
    public static string Of(Enum value) => Table.TryGetValue(value, out var words) ? words : Spaced(value.ToString());

    /// <summary>The words for a code held as text (a read model's status, the API's type): unknown text is shown spaced out.</summary>
    public static string Of<TEnum>(string? code)
        where TEnum : struct, Enum =>
        code is null ? "" : Enum.TryParse<TEnum>(code, ignoreCase: false, out var value) && Enum.IsDefined(value) ? Of(value) : Spaced(code);

    /// <summary>Every member of <typeparamref name="TEnum"/> as (code, words), in declaration order: a select's options.</summary>
    public static IReadOnlyList<(string Code, string Text)> Options<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => (v.ToString(), Of(v)))];

    /// <summary>Whether this member has its own words (the test over every domain enum reads this).</summary>
    public static bool Has(Enum value) => Table.ContainsKey(value);

    private static string Spaced(string name) => GovukValidationMessages.FieldName(name);
}

/// <summary>The words of <see cref="Words"/>, enum by enum.</summary>
internal static class WordTables
{
    public static IEnumerable<KeyValuePair<Enum, string>> All() =>
        Duties().Concat(Children()).Concat(Interviews()).Concat(Policy()).Concat(Organisation());

    private static KeyValuePair<Enum, string> W(Enum value, string words) => new(value, words);

    private static IEnumerable<KeyValuePair<Enum, string>> Duties() =>
    [
        W(TaskType.ReturnHomeInterview, "Return home interview"),
        W(TaskType.SocialWorkerContact, "Social worker contact"),
        W(TaskType.StrategyMeeting, "Strategy meeting"),
        W(TaskType.HeadOfServiceAlert, "Head of Service alert"),
        W(TaskType.NeedToKnow, "Need-to-Know"),
        W(TaskType.DirectorBriefing, "Director briefing"),
        W(TaskType.ProfessionalsMeeting, "Professionals meeting"),
        W(TaskType.LongMissingReview, "Long missing review"),
        W(TaskType.HomeAuthorityNotification, "Home authority told"),
        W(TaskType.RhiFormRequest, "Return home interview form from the home authority"),
        W(TaskType.DirectorLetter, "Director letter"),
        W(TaskType.CeRiskAssessment, "Child exploitation risk assessment"),
        W(TaskType.PreventionPlan, "Prevention plan"),
        W(TaskType.TriggerPlan, "Trigger plan"),
        W(TaskType.ManagerAuthorisation, "Manager authorisation"),
        W(TaskType.SeriousIncidentNotification, "Serious incident notification"),
        W(TaskType.IroNotification, "Independent Reviewing Officer told"),
        W(TaskType.CpCoordinatorNotification, "Child protection coordinator told"),
        W(TaskType.SchoolAbsenceMeeting, "School absence meeting"),
        W(TaskType.CmeInvestigation, "Children missing education enquiry"),
        W(TaskType.NoTraceReport, "No trace report"),
        W(TaskType.OtherAuthorityNotification, "Other authority told"),
        W(TaskType.NrmReferral, "National Referral Mechanism referral"),
        W(TaskType.PublicityDecision, "Publicity decision"),
        W(TaskType.Referral, "Referral"),
        W(TaskType.AgencyChecksConsent, "Family's consent to agency checks"),
        W(TaskType.DailyCheck, "Daily check of the record"),
        W(DutyStatus.Open, "Open"),
        W(DutyStatus.Done, "Done"),
        W(DutyStatus.Cancelled, "Cancelled"),
        W(EscalationLevel.None, "Not escalated"),
        W(EscalationLevel.TeamManager, "Team manager"),
        W(EscalationLevel.HeadOfService, "Head of Service"),
        W(EscalationLevel.Director, "Director"),
        W(TeamKind.None, "No team"),
        W(TeamKind.AllocatedTeam, "The child's team"),
        W(TeamKind.FrontDoor, "Front Door"),
        W(TeamKind.ReturnInterviewService, "Return interview service"),
        W(TeamKind.EmergencyDuty, "Emergency Duty Team"),
        W(TeamKind.Education, "Education"),
    ];

    private static IEnumerable<KeyValuePair<Enum, string>> Children() =>
    [
        W(InvolvementType.CLA, "Child looked after"),
        W(InvolvementType.CLAOtherAuthority, "Looked after by another authority"),
        W(InvolvementType.CP, "Child protection plan"),
        W(InvolvementType.CIN, "Child in need"),
        W(InvolvementType.EarlyHelp, "Early help"),
        W(InvolvementType.YOS, "Youth offending service"),
        W(InvolvementType.CME, "Children missing education"),
        W(InvolvementType.CareLeaver, "Care leaver"),
        W(MissingChildren.Domain.Education.EnquiryAgency.OtherLocalAuthority, "Another local authority"),
        W(MissingChildren.Domain.Education.EnquiryAgency.Nhs, "NHS"),
        W(MissingChildren.Domain.Education.EnquiryAgency.DistrictCouncil, "A district or borough council"),
        W(MissingChildren.Domain.Education.EnquiryAgency.Police, "Police"),
        W(MissingChildren.Domain.Education.EnquiryAgency.EarlyHelp, "Early help"),
        W(MissingChildren.Domain.Education.EnquiryAgency.School, "A school"),
        W(MissingChildren.Domain.Education.EnquiryAgency.Other, "Another agency"),
        W(MissingChildren.Domain.Education.CmeStatus.Open, "Open"),
        W(MissingChildren.Domain.Education.CmeStatus.Dormant, "Dormant"),
        W(MissingChildren.Domain.Education.CmeStatus.Found, "Found"),
        W(EpisodeCategory.Missing, "Missing"),
        W(EpisodeCategory.Absent, "Absent"),
        W(EpisodeStatus.Open, "Missing now"),
        W(EpisodeStatus.Returned, "Returned"),
        W(EpisodeStatus.Closed, "Closed"),
        W(PoliceRiskLevel.High, "High"),
        W(PoliceRiskLevel.Medium, "Medium"),
        W(EpisodeClosure.InterviewAuthorised, EpisodeClosing.Describe(EpisodeClosure.InterviewAuthorised)),
        W(EpisodeClosure.DeclinedAuthorised, EpisodeClosing.Describe(EpisodeClosure.DeclinedAuthorised)),
        W(EpisodeClosure.NoContactAuthorised, EpisodeClosing.Describe(EpisodeClosure.NoContactAuthorised)),
        W(EpisodeClosure.HomeAuthorityFormReceived, EpisodeClosing.Describe(EpisodeClosure.HomeAuthorityFormReceived)),
        W(EpisodeClosure.HomeAuthorityDoesInterview, EpisodeClosing.Describe(EpisodeClosure.HomeAuthorityDoesInterview)),
        W(EpisodeClosure.AbsentNoInterviewNeeded, EpisodeClosing.Describe(EpisodeClosure.AbsentNoInterviewNeeded)),
        W(EpisodeClosure.ShortAbsenceNoInterviewNeeded, EpisodeClosing.Describe(EpisodeClosure.ShortAbsenceNoInterviewNeeded)),
        W(NotificationKind.Missing, "Missing"),
        W(NotificationKind.Absent, "Absent"),
        W(NotificationKind.Found, "Found"),
        W(TriageStatus.Linked, "Linked"),
        W(TriageStatus.AwaitingTriage, "Waiting to be matched"),
        W(TriageStatus.Duplicate, "Duplicate"),
        W(DocumentKind.DirectorLetter, "Director letter"),
        W(DocumentKind.SeriousIncidentNotification, "Serious incident notification"),
        W(PlanType.TriggerPlan, "Trigger plan"),
        W(PlanType.PreventionPlan, "Prevention plan"),
        W(RecordPart.Identity, "Identity"),
        W(RecordPart.Involvements, "Involvements"),
        W(RecordPart.Episodes, "Missing and absent episodes"),
        W(RecordPart.Duties, "Duties"),
        W(RecordPart.ReturnInterviews, "Return home interviews"),
        W(RecordPart.RiskAssessments, "Risk assessments"),
        W(RecordPart.Plans, "Trigger plan (and the Plans tab)"),
        W(RecordPart.PreventionPlan, "Missing prevention plan"),
        W(RecordPart.Meetings, "Meetings"),
        W(RecordPart.CaseNotes, "Case notes"),
        W(RecordPart.Documents, "Documents"),
        W(RecordPart.History, "History"),
        W(RecordPart.Education, "Education"),
        W(RecordPart.MissingPersonProfile, "Missing person profile"),
        W(PartAccess.None, "No access"),
        W(PartAccess.Read, "Read"),
        W(PartAccess.Change, "Change"),
        W(MeetingType.StrategyMeeting, "Strategy meeting"),
        W(MeetingType.ProfessionalsMeeting, "Professionals meeting"),
        W(MeetingType.CaseReview, "Case review"),
        W(MeetingType.LongMissingReview, "Long missing review"),
        W(MeetingType.LegalPlanningMeeting, "Legal planning meeting"),
        W(MeetingType.FamilyMeeting, "Family meeting"),
        W(CaseNoteKind.General, "Case note"),
        W(CaseNoteKind.SocialWorkerContact, "Social worker contact"),
        W(CaseNoteKind.SafeAndWellCheck, "Safe and well check"),
        W(EmailStatus.Pending, "Waiting to send"),
        W(EmailStatus.Sent, "Sent"),
        W(EmailStatus.NotSent, "Not sent"),
        W(Domain.Partners.ContactMethod.Phone, "Phone"),
        W(Domain.Partners.ContactMethod.Email, "E-mail"),
        W(Domain.Partners.ContactMethod.SecureEmail, "Secure e-mail"),
        W(Domain.Partners.PartnerRecordKind.OtherAuthorityTold, "Another local authority told"),
        W(Domain.Partners.PartnerRecordKind.NrmReferral, "National Referral Mechanism referral"),
    ];

    private static IEnumerable<KeyValuePair<Enum, string>> Interviews() =>
    [
        W(RhiStatus.Requested, "Requested"),
        W(RhiStatus.Allocated, "Allocated"),
        W(RhiStatus.Offered, "Offered"),
        W(RhiStatus.Accepted, "Accepted"),
        W(RhiStatus.Completed, "Completed"),
        W(RhiStatus.Declined, "Declined"),
        W(RhiStatus.NoContact, "No contact"),
        W(RhiStatus.AwaitingAuthorisation, "Awaiting authorisation"),
        W(RhiStatus.Authorised, "Authorised"),
        W(RhiOfferState.Awaiting, "Not offered yet"),
        W(RhiOfferState.Overdue, "Not offered: overdue"),
        W(RhiOfferState.OfferedInTime, "Offered in time"),
        W(RhiOfferState.OfferedLate, "Offered late"),
        W(RhiOfferState.NotNeeded, "Not needed"),
        W(StandardResult.Met, "Met"),
        W(StandardResult.Missed, "Missed"),
        W(StandardResult.NotYetDue, "Not yet due"),
        W(StandardResult.NotMeasured, "Not measured"),
        W(InterviewerChoice.SocialWorker, "Their social worker"),
        W(InterviewerChoice.IndependentPerson, "An independent person"),
        W(CeScreenOutcome.NoConcerns, "No exploitation concerns"),
        W(CeScreenOutcome.ConcernsFullAssessmentNeeded, "Concerns: a full child exploitation risk assessment is needed"),
        W(CeScreenOutcome.NotNeededDoneSinceEpisodeBegan, "Not needed: a social worker completed one since the episode began"),
        W(ConsentGiver.ParentOrCarer, "Parent or carer"),
        W(ConsentGiver.Child, "The child"),
        W(ConsentGiver.Assumed, "Assumed"),
        W(TimeOfDay.Morning, "Morning"),
        W(TimeOfDay.Afternoon, "Afternoon"),
        W(TimeOfDay.Evening, "Evening"),
        W(RiskAssessmentStatus.Draft, "Draft"),
        W(RiskAssessmentStatus.AwaitingAuthorisation, "Awaiting authorisation"),
        W(RiskAssessmentStatus.Authorised, "Authorised"),
        W(Decision.Authorised, "Authorised"),
        W(Decision.Returned, "Returned to the worker"),
    ];

    private static IEnumerable<KeyValuePair<Enum, string>> Policy() =>
    [
        W(PolicyRole.FrontDoor, "Front Door"),
        W(PolicyRole.SocialWorker, "Social worker"),
        W(PolicyRole.RhiWorker, "Return home interview worker"),
        W(PolicyRole.TeamManager, "Team manager"),
        W(PolicyRole.HeadOfService, "Head of Service"),
        W(PolicyRole.Director, "Director"),
        W(PolicyRole.Police, "Police"),
        W(PolicyRole.EmergencyDuty, "Emergency Duty Team"),
        W(PolicyRole.Education, "Education"),
        W(PolicyRole.Administrator, "Administrator"),
        W(ChildGroup.AllChildren, "All children"),
        W(ChildGroup.LookedAfter, "Looked-after children"),
        W(ChildGroup.LookedAfterOrChildProtection, "Looked-after children and children with a child protection plan"),
        W(ChildGroup.CareLeaver, "Care leavers"),
        W(ChildGroup.UnaccompaniedAsylumSeeking, "Unaccompanied asylum-seeking children"),
        W(ManagerOutcome.ReferToChildrensServices, AuthorisationConditions.Describe(ManagerOutcome.ReferToChildrensServices)),
        W(ManagerOutcome.ContinueCurrentSupport, AuthorisationConditions.Describe(ManagerOutcome.ContinueCurrentSupport)),
        W(ManagerOutcome.ConveneStrategyMeeting, AuthorisationConditions.Describe(ManagerOutcome.ConveneStrategyMeeting)),
        W(ManagerOutcome.ConveneLegalPlanningMeeting, AuthorisationConditions.Describe(ManagerOutcome.ConveneLegalPlanningMeeting)),
        W(ManagerOutcome.ReferToFamilyWellbeing, AuthorisationConditions.Describe(ManagerOutcome.ReferToFamilyWellbeing)),
        W(ManagerOutcome.ReferToCommunityService, AuthorisationConditions.Describe(ManagerOutcome.ReferToCommunityService)),
        W(ManagerOutcome.SupportDeclined, AuthorisationConditions.Describe(ManagerOutcome.SupportDeclined)),
        W(RhiAuthoriser.ReturnInterviewTeam, "The return interview team's manager"),
        W(RhiAuthoriser.ChildsTeam, "The child's own team manager"),
        W(RhiClockStart.ReturnKnown, "When the return is known"),
        W(RhiClockStart.FoundReportReceived, "When the found report is received"),
        W(RhiClockStart.RhiServiceInformed, "When the return interview service is told"),
        W(RhiClockStart.ReferredToSocialCare, "When the child is referred to children's social care"),
        W(CeAssessmentScope.EveryMissingOrAbsentChild, "Every missing or absent child"),
        W(CeAssessmentScope.MissingChildrenFromMinimumAge, "Missing children from the minimum age"),
        W(ReferralRoute.ChildrensSocialCare, "Children's social care"),
        W(ReferralRoute.FamilyWellbeing, "Family Wellbeing"),
        W(OutOfHoursAction.None, "Nothing out of hours"),
        W(OutOfHoursAction.AskChildWhoDoesRhi, "Ask the child who should do the interview"),
        W(OutOfHoursAction.EdtConductsRhi, "The Emergency Duty Team does the interview"),
        W(LetterRecipients.None, "Nobody"),
        W(LetterRecipients.ParentOrCarer, "Parent or carer"),
        W(LetterRecipients.Child, "The child"),
    ];

    private static IEnumerable<KeyValuePair<Enum, string>> Organisation() =>
    [
        W(Agency.ChildrensSocialCare, AgencyNames.DisplayName(Agency.ChildrensSocialCare)),
        W(Agency.Police, AgencyNames.DisplayName(Agency.Police)),
        W(Agency.Education, AgencyNames.DisplayName(Agency.Education)),
        W(Agency.Health, AgencyNames.DisplayName(Agency.Health)),
        W(Agency.YouthOffendingService, AgencyNames.DisplayName(Agency.YouthOffendingService)),
        W(Agency.FamilyWellbeing, AgencyNames.DisplayName(Agency.FamilyWellbeing)),
        W(Agency.IndependentRhiProvider, AgencyNames.DisplayName(Agency.IndependentRhiProvider)),
        W(Agency.EmergencyDutyTeam, AgencyNames.DisplayName(Agency.EmergencyDutyTeam)),
        W(Agency.OtherLocalAuthority, AgencyNames.DisplayName(Agency.OtherLocalAuthority)),
        W(TeamFunction.SocialWork, TeamWords.Kind(TeamFunction.SocialWork)),
        W(TeamFunction.FrontDoor, TeamWords.Kind(TeamFunction.FrontDoor)),
        W(TeamFunction.ReturnInterviews, TeamWords.Kind(TeamFunction.ReturnInterviews)),
        W(TeamFunction.EmergencyDuty, TeamWords.Kind(TeamFunction.EmergencyDuty)),
        W(TeamFunction.Education, TeamWords.Kind(TeamFunction.Education)),
        W(TeamFunction.Other, TeamWords.Kind(TeamFunction.Other)),
        W(TeamFunction.YouthService, TeamWords.Kind(TeamFunction.YouthService)),
        W(TeamFunction.Unknown, TeamWords.Kind(TeamFunction.Unknown)),
    ];
}
