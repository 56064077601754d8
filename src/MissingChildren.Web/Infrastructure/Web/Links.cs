using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// Every URL of the service in one place (the pages' <c>@page</c> routes), for pages, use cases, notices and e-mails:
/// a route changes here, not in strings across the code. Paths are relative to the site; e-mails add the base URL.
/// </summary>
public static class Links
{
    public const string Home = "/";

    public const string MyChildren = "/children";

    public const string Notices = "/notices";

    /// <summary>The cookies and privacy page, linked from every page's footer.</summary>
    public const string Cookies = "/cookies";

    /// <summary>Finding a child (screens.md "Search"): the header's search box sends <c>q</c> here.</summary>
    public const string Search = "/search";

    /// <summary>The search for this text (the one URL that may carry what identifies a child, as screens.md allows).</summary>
    public static string SearchFor(string text) => $"{Search}?q={Uri.EscapeDataString(text)}";

    public const string FrontDoor = "/front-door";

    public const string FrontDoorTray = "/front-door/tray";

    public const string RecordNotification = "/front-door/record";

    /// <summary>R30: the referrals managers' outcomes ask Front Door to make.</summary>
    public const string FrontDoorReferrals = "/front-door/referrals";

    /// <summary>Front Door's own duties (R3, R4, R8, R9), each linking to where it is done.</summary>
    public const string FrontDoorDuties = "/front-door/duties";

    public const string Authorisations = "/authorisations";

    /// <summary>The oversight dashboard (screens.md "Oversight"): the landing page of managers, Heads of Service and Directors.</summary>
    public const string Oversight = "/oversight";

    /// <summary>The children behind one of the dashboard's figures; a duty figure's narrowed by type and holding team (or <c>none</c>).</summary>
    public static string OversightChildren(Features.Oversight.OversightSet set, Guid? team = null, Features.Oversight.DutyFilter? duties = null, int page = 1)
    {
        var query = new List<string> { $"set={Features.Oversight.OversightSets.Slug(set)}" };
        if (team is { } t)
        {
            query.Add($"team={t}");
        }

        if (duties?.Type is { } type)
        {
            query.Add($"type={type}");
        }

        if (duties?.Holder is { } holder)
        {
            query.Add($"holder={holder}");
        }

        if (page > 1)
        {
            query.Add($"page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return $"{Oversight}/children?{string.Join('&', query)}";
    }

    public const string ReturnInterviews = "/rhi";

    /// <summary>The police missing person coordinator's work (screens.md).</summary>
    public const string Police = "/police";

    /// <summary>Children missing education and school absence (screens.md "Education"): the landing page of education officers.</summary>
    public const string Education = "/education";

    /// <summary>R39: an absence from school entered by hand.</summary>
    public const string RecordSchoolAbsence = "/education/absences/new";

    /// <summary>R40: one children missing education investigation, with the forms its state allows.</summary>
    public static string CmeInvestigation(Guid investigationId) => $"{Education}/investigations/{investigationId}";

    /// <summary>R39: record the school absence meeting held for this duty.</summary>
    public static string SchoolAbsenceMeeting(Guid taskId) => $"{Education}/meetings/{taskId}";

    /// <summary>Every report (screens.md "Reports: URLs").</summary>
    public const string Reports = "/reports";

    /// <summary>A report's page (<see cref="Features.Reports.ReportCatalog"/>).</summary>
    public static string Report(string slug) => $"{Reports}/{slug}";

    /// <summary>A report's download: <c>csv</c> or <c>xlsx</c>.</summary>
    public static string ReportFile(string slug, string format) => $"{Reports}/{slug}.{format}";

    /// <summary>A report's page for the days <paramref name="from"/> to <paramref name="to"/> (and one team), as its criteria form sends them.</summary>
    public static string Report(string slug, DateOnly from, DateOnly to, Guid? team = null) =>
        FormattableString.Invariant($"{Reports}/{slug}?From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}&To.Day={to.Day}&To.Month={to.Month}&To.Year={to.Year}")
        + (team is { } t ? FormattableString.Invariant($"&Team={t}") : "");

    /// <summary>Administration (screens.md "Administration: /admin"), Administrators only.</summary>
    public const string Admin = "/admin";

    public const string AdminUsers = "/admin/users";

    public const string AdminTeams = "/admin/teams";

    /// <summary>Where an administrator adds a team.</summary>
    public const string AdminNewTeam = "/admin/teams/new";

    /// <summary>A team's administration page: what it does, where, and its members.</summary>
    public static string AdminTeam(Guid teamId) => $"{AdminTeams}/{teamId}";

    public const string AdminClients = "/admin/clients";

    public const string AdminNewClient = "/admin/clients/new";

    public static string AdminRotateClient(Guid clientId) => $"{AdminClients}/{clientId}/rotate";

    public static string AdminRevokeClient(Guid clientId) => $"{AdminClients}/{clientId}/revoke";

    public const string AdminPolicy = "/admin/policy";

    public const string AdminCalendar = "/admin/calendar";

    /// <summary>Switching the policy profile, confirmed with a reason.</summary>
    public const string AdminPolicyProfile = "/admin/policy/profile";

    /// <summary>One policy setting, to change it or go back to the profile's value.</summary>
    public static string AdminPolicySetting(string path) => $"/admin/policy/setting?path={Uri.EscapeDataString(path)}";

    /// <summary>The working-day calendar with another year's bank holidays.</summary>
    public static string AdminCalendarYear(int year) => $"/admin/calendar?year={year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Confirming the removal of a local closure day.</summary>
    public static string AdminRemoveClosureDay(Guid id) => $"/admin/calendar/closure-days/{id}/remove";

    public const string AdminAudit = "/admin/audit";

    public const string NewAdminUser = "/admin/users/new";

    public static string AdminUser(string userId) => $"{AdminUsers}/{userId}";

    public static string EditAdminUser(string userId) => $"{AdminUser(userId)}/edit";

    /// <summary>Where a signed-in person changes their password (and where one who must is sent).</summary>
    public const string ChangePassword = "/account/change-password";

    public const string SetPassword = "/account/set-password";

    public const string SignOut = "/account/sign-out";

    /// <summary>Renews the signed-in session ("Stay signed in" on the timeout warning): 204, or a redirect to sign in.</summary>
    public const string KeepAlive = "/account/keep-alive";

    /// <summary>Where the timeout warning goes when the idle session has ended: the sign-in page, saying why.</summary>
    public const string SignedOutInactive = "/account/sign-in?signedOut=inactive";

    /// <summary>The one-time link e-mailed to a person to set their password.</summary>
    public static string SetPasswordLink(string userId, string token) =>
        $"{SetPassword}?userId={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    /// <summary>R33 (003): where the police record a duty the protocol gives them (the professionals meeting they organise).</summary>
    public static string PoliceDuty(Guid taskId) => $"{Police}/duties/{taskId}";

    /// <summary>A child the police reported, as the police see them: identity, episodes, plans and missing person profile.</summary>
    public static string PoliceChild(Guid childId) => $"{Police}/children/{childId}";

    public static string PolicePrintPlan(Guid childId, string slug) => $"{PoliceChild(childId)}/plans/{slug}/print";

    public static string PolicePrintProfile(Guid childId) => $"{PoliceChild(childId)}/missing-person-profile/print";

    public static string PoliceProfilePdf(Guid childId) => $"{PoliceChild(childId)}/missing-person-profile.pdf";

    public static string PoliceProfilePhoto(Guid childId) => $"{PoliceChild(childId)}/missing-person-profile/photo";

    // ----- The child's case view (CaseTabs) -----

    /// <summary>The child's case view, on its summary or on a tab (<see cref="CaseTab"/>).</summary>
    public static string Child(Guid childId, string? tab = null) =>
        string.IsNullOrEmpty(tab) ? $"/children/{childId}" : $"/children/{childId}/{tab}";

    public static string RecordFound(Guid childId) => $"{Child(childId)}/found";

    public static string RecordSocialWorkerContact(Guid childId) => $"{Child(childId)}/social-worker-contact";

    public static string RecordMeeting(Guid childId) => $"{Child(childId)}/meetings/new";

    /// <summary>The meeting form with the type of meeting a duty asks for chosen.</summary>
    public static string RecordMeeting(Guid childId, MeetingType type) => $"{RecordMeeting(childId)}?type={type}";

    public static string AddNote(Guid childId) => $"{Child(childId)}/notes/new";

    /// <summary>Record done a duty that is done by saying so (<see cref="DutyCompletion.IsRecordedDirectly"/>).</summary>
    public static string CompleteDuty(Guid childId, Guid taskId) => $"{Child(childId)}/duties/{taskId}";

    /// <summary>R41, R42: where another local authority told is recorded, closing the duty to tell it.</summary>
    public static string RecordAuthorityTold(Guid childId, Guid taskId) => $"{CompleteDuty(childId, taskId)}/told";

    /// <summary>R44: where the National Referral Mechanism referral is recorded, closing the duty to make it.</summary>
    public static string RecordNrmReferral(Guid childId, Guid taskId) => $"{CompleteDuty(childId, taskId)}/nrm-referral";

    /// <summary>R41, R42: where an episode's other local authority areas are recorded (missing from, found in, a family missing).</summary>
    public static string EpisodeOtherAreas(Guid childId, Guid episodeId) => $"{Child(childId)}/episodes/{episodeId}/other-areas";

    /// <summary>R44: where reasonable grounds to believe trafficking or modern slavery are recorded on an episode.</summary>
    public static string EpisodeTrafficking(Guid childId, Guid episodeId) => $"{Child(childId)}/episodes/{episodeId}/trafficking";

    /// <summary>R16 (001 §5.1): where the team manager records the day's check of a missing child's record.</summary>
    public static string RecordDailyCheck(Guid childId, Guid taskId) => $"{Child(childId)}/daily-checks/{taskId}";

    public static string NewRiskAssessment(Guid childId) => $"{Child(childId, CaseTab.RiskAssessments)}/new";

    public static string RiskAssessment(Guid childId, Guid assessmentId) => $"{Child(childId, CaseTab.RiskAssessments)}/{assessmentId}";

    /// <summary>A plan by its slug (<c>trigger-plan</c>, <c>prevention-plan</c>).</summary>
    public static string Plan(Guid childId, string slug) => $"{Child(childId, CaseTab.Plans)}/{slug}";

    public static string PrintPlan(Guid childId, string slug) => $"{Plan(childId, slug)}/print";

    /// <summary>The child's missing person profile (Philomena Protocol), its form and its current photo.</summary>
    public static string MissingPersonProfile(Guid childId) => Child(childId, CaseTab.MissingPersonProfile);

    public static string EditMissingPersonProfile(Guid childId) => $"{MissingPersonProfile(childId)}/edit";

    public static string MissingPersonProfilePhoto(Guid childId) => $"{MissingPersonProfile(childId)}/photo";

    public static string PrintMissingPersonProfile(Guid childId) => $"{MissingPersonProfile(childId)}/print";

    public static string FiledDocumentPdf(Guid childId, Guid documentId) => $"{Child(childId, CaseTab.Documents)}/{documentId}.pdf";

    // ----- Episodes, Front Door, return home interviews, authorisations -----

    public static string Episode(Guid episodeId) => $"/episodes/{episodeId}";

    public static string RecategoriseEpisode(Guid episodeId) => $"/front-door/episodes/{episodeId}/recategorise";

    public static string TriageNotification(Guid notificationId) => $"/front-door/notifications/{notificationId}";

    public static string ReturnInterview(Guid rhiId) => $"{ReturnInterviews}/{rhiId}";

    public static string DecideAuthorisation(Guid taskId) => $"{Authorisations}/{taskId}";

    /// <summary>R34: decide whether a looked-after child's short absence needs an RHI.</summary>
    public static string DecideShortAbsence(Guid taskId) => $"{Authorisations}/short-absences/{taskId}";

    /// <summary>Prepare and file the Director letter (R9) or Serious Incident Notification (R31).</summary>
    public static string PrepareDocument(Guid taskId) => $"{Authorisations}/documents/{taskId}";

    /// <summary>
    /// Where a manager does a duty in their queue: the authorisation itself, the R34 decision, or the RHI where the
    /// looked-after child's choice is recorded (R30); null when the duty is not done on a page of its own.
    /// </summary>
    public static string? WhereManagerDutyIsDone(Guid taskId, TaskType type, string ruleId, Guid? rhiId) => (type, ruleId) switch
    {
        (TaskType.ManagerAuthorisation, _) => DecideAuthorisation(taskId),
        (_, RuleIds.ShortAbsence) => DecideShortAbsence(taskId),
        (_, RuleIds.LookedAfterChoice) when rhiId is { } id => ReturnInterview(id),
        _ => null,
    };

    /// <summary>
    /// Where a duty on the child's record is done, and what the link says: every duty the engine raises has a place
    /// where its record is made (a meeting, a plan, a contact, an assessment, the RHI, a decision, a filed document)
    /// or is recorded done directly (<see cref="DutyCompletion.IsRecordedDirectly"/>); null only for a duty done
    /// outside this service.
    /// </summary>
    /// <param name="role">Who the duty was given to, where that changes the page (R33 in Medway: the police record the
    /// professionals meeting they organise on their own page).</param>
    public static DutyAction? WhereDutyIsDone(Guid childId, Guid taskId, TaskType type, string ruleId, Guid? rhiId, PolicyRole? role = null)
    {
        if (role == PolicyRole.Police && DutyCompletion.DischargedBy(MeetingType.ProfessionalsMeeting) == type)
        {
            return new(PoliceDuty(taskId), "Record the meeting");
        }

        if (DutyCompletion.IsRecordedDirectly(type, ruleId))
        {
            // R30: the referral an authorised outcome asks for is recorded as made.
            return new(CompleteDuty(childId, taskId), type == TaskType.Referral ? "Record the referral made" : "Record done");
        }

        if (WhereManagerDutyIsDone(taskId, type, ruleId, rhiId) is { } managers)
        {
            return new(managers, ruleId == RuleIds.LookedAfterChoice ? "Open the return home interview" : "Decide");
        }

        return type switch
        {
            TaskType.DailyCheck => new(RecordDailyCheck(childId, taskId), "Record daily check"),
            TaskType.SchoolAbsenceMeeting => new(SchoolAbsenceMeeting(taskId), "Record the meeting"),
            TaskType.CmeInvestigation => new(Education, "Review the investigation"),
            TaskType.StrategyMeeting => new(RecordMeeting(childId, MeetingType.StrategyMeeting), "Record the meeting"),
            TaskType.ProfessionalsMeeting => new(RecordMeeting(childId, MeetingType.ProfessionalsMeeting), "Record the meeting"),
            // R15: reviews can fall due together (Medway at 28 days): the link names the one being recorded.
            TaskType.LongMissingReview => new($"{RecordMeeting(childId, MeetingType.LongMissingReview)}&dutyId={taskId}", "Record the review"),
            TaskType.TriggerPlan => new(Plan(childId, "trigger-plan"), "Write or update the plan"),
            TaskType.PreventionPlan => new(Plan(childId, "prevention-plan"), "Write or update the plan"),
            TaskType.SocialWorkerContact => new(RecordSocialWorkerContact(childId), "Record the contact"),
            TaskType.CeRiskAssessment when rhiId is { } id => new(ReturnInterview(id), "Open the return home interview"),
            TaskType.CeRiskAssessment => new(NewRiskAssessment(childId), "Start the risk assessment"),
            TaskType.ReturnHomeInterview or TaskType.RhiFormRequest when rhiId is { } id => new(ReturnInterview(id), "Open the return home interview"),
            TaskType.RhiFormRequest => new(ReturnInterviews, "Record the form received"),
            TaskType.DirectorLetter or TaskType.SeriousIncidentNotification => new(PrepareDocument(taskId), "Prepare and file"),
            TaskType.OtherAuthorityNotification => new(RecordAuthorityTold(childId, taskId), "Record who was told"),
            TaskType.NrmReferral => new(RecordNrmReferral(childId, taskId), "Record the referral"),
            _ => null,
        };
    }

    /// <summary>Where a notice about a duty sends its reader: the episode the duty belongs to, else the home page.</summary>
    public static string DutyNotice(Guid? episodeId) => episodeId is { } id ? Episode(id) : Home;

    /// <summary>
    /// Where a notice about a duty sends a Head of Service or the Director, who oversee it (R16, R35, R36) rather than
    /// do it: its episode, where its duties and who holds them are shown, else the child's case. Both may open either.
    /// </summary>
    public static string OverseenDutyNotice(DutyTask duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return duty.EpisodeId is { } id ? Episode(id) : Child(duty.ChildId);
    }

    /// <summary>Where a notice about this duty sends its reader: where the duty is done, else its episode (<see cref="DutyNotice(Guid?)"/>).</summary>
    public static string DutyNotice(DutyTask duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return WhereDutyIsDone(duty.ChildId, duty.Id, duty.Type, duty.RuleId, duty.ReturnHomeInterviewId, duty.AssigneeRole)?.Href ?? DutyNotice(duty.EpisodeId);
    }
}

/// <summary>The tabs of the child's case view, as the sub-paths of <see cref="Links.Child"/>.</summary>
public static class CaseTab
{
    public const string Summary = "";
    public const string Episodes = "episodes";
    public const string ReturnInterviews = "return-interviews";
    public const string RiskAssessments = "risk-assessments";
    public const string MissingPersonProfile = "missing-person-profile";
    public const string Plans = "plans";
    public const string Meetings = "meetings";
    public const string Notes = "notes";
    public const string Involvements = "involvements";
    public const string Documents = "documents";
    public const string History = "history";
}

/// <summary>A link to where a duty is done, and its words.</summary>
public sealed record DutyAction(string Href, string Text);
