namespace MissingChildren.Domain.Children;

/// <summary>The parts of a child's record that roles see or change separately (docs/need-to-know.md).</summary>
public enum RecordPart
{
    /// <summary>Name, date of birth, photo, address, flags, allocated worker and team.</summary>
    Identity,

    /// <summary>Involvements (CLA, CP, CIN, early help, CME) and their dates.</summary>
    Involvements,

    /// <summary>Missing and absent episodes: when, where from, where found, police risk.</summary>
    Episodes,

    /// <summary>The duties open and done for the child, with their deadlines.</summary>
    Duties,

    /// <summary>Return home interviews: contact attempts, consent, letters, what the child said, the CE screen.</summary>
    ReturnInterviews,

    /// <summary>Exploitation (SERAF CE) risk assessments.</summary>
    RiskAssessments,

    /// <summary>The trigger plan shared with the police (R32), and the Plans tab that shows both plans.</summary>
    Plans,

    /// <summary>The missing prevention plan (R29): in Somerset the return interview worker writes it for a child without a social worker.</summary>
    PreventionPlan,

    /// <summary>Strategy, professionals and other meetings.</summary>
    Meetings,

    /// <summary>Social care case notes.</summary>
    CaseNotes,

    /// <summary>Filed documents: Serious Incident Notifications, Director letters, RHI letters.</summary>
    Documents,

    /// <summary>Who changed or read what, when.</summary>
    History,

    /// <summary>Children missing education (R40) and school absence (R39).</summary>
    Education,

    /// <summary>The missing person profile kept for the police (Philomena Protocol).</summary>
    MissingPersonProfile,
}

/// <summary>How far a role may go with a part of a child's record. Ordered: each level includes the one before.</summary>
public enum PartAccess
{
    None = 0,
    Read = 1,
    Change = 2,
}

/// <summary>
/// Need to know: for each role, which parts of a child's record it may read and which it may change. This is
/// the matrix of docs/need-to-know.md, and the only place it is written; which children a person works with
/// (their team's, their interviews') is decided with it by the web layer's child access check.
/// </summary>
public static class NeedToKnow
{
    private static readonly RecordPart[] SocialCareChanges =
    [
        RecordPart.Identity, RecordPart.Involvements, RecordPart.Episodes, RecordPart.Duties, RecordPart.ReturnInterviews,
        RecordPart.RiskAssessments, RecordPart.Plans, RecordPart.PreventionPlan, RecordPart.Meetings, RecordPart.CaseNotes, RecordPart.Documents,
        RecordPart.MissingPersonProfile,
    ];

    /// <summary>The roles of children's social care staff: they hold the whole record.</summary>
    public static IReadOnlyList<string> SocialCareRoles { get; } =
    [
        Roles.FrontDoor, Roles.EmergencyDuty, Roles.SocialWorker, Roles.TeamManager, Roles.HeadOfService, Roles.Director,
    ];

    /// <summary>What <paramref name="role"/> may do with <paramref name="part"/> of a child's record it works with.</summary>
    public static PartAccess For(string role, RecordPart part) => role switch
    {
        _ when SocialCareRoles.Contains(role) => part switch
        {
            RecordPart.History or RecordPart.Education => PartAccess.Read,
            _ when SocialCareChanges.Contains(part) => PartAccess.Change,
            _ => PartAccess.None,
        },
        Roles.Education => part switch
        {
            RecordPart.Education => PartAccess.Change,
            RecordPart.Identity or RecordPart.Involvements or RecordPart.Episodes or RecordPart.Duties => PartAccess.Read,
            _ => PartAccess.None,
        },
        // What the interview needs (002 §4.12-4.13): the CE screen (R28), the prevention plan of a child without a social
        // worker (R29) and the duties the profile gives the interview's worker (R8's form to the home authority).
        Roles.RhiWorker => part switch
        {
            RecordPart.ReturnInterviews or RecordPart.RiskAssessments or RecordPart.PreventionPlan or RecordPart.Duties => PartAccess.Change,
            RecordPart.Identity or RecordPart.Involvements or RecordPart.Episodes
                or RecordPart.Plans or RecordPart.MissingPersonProfile => PartAccess.Read,
            _ => PartAccess.None,
        },
        Roles.Police => part switch
        {
            RecordPart.Identity or RecordPart.Episodes or RecordPart.Plans or RecordPart.PreventionPlan
                or RecordPart.MissingPersonProfile or RecordPart.ReturnInterviews => PartAccess.Read,
            _ => PartAccess.None,
        },
        _ => PartAccess.None,
    };

    /// <summary>The part of the record a plan is: the trigger plan the police rely on, or the missing prevention plan.</summary>
    public static RecordPart PartOf(Plans.PlanType type) => type == Plans.PlanType.PreventionPlan ? RecordPart.PreventionPlan : RecordPart.Plans;

    /// <summary>The most any of <paramref name="roles"/> may do with <paramref name="part"/>.</summary>
    public static PartAccess For(IEnumerable<string> roles, RecordPart part)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var most = PartAccess.None;
        foreach (var role in roles)
        {
            var access = For(role, part);
            if (access > most)
            {
                most = access;
            }
        }

        return most;
    }
}
