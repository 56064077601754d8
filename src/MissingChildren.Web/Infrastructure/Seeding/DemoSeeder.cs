using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Infrastructure.Seeding;

/// <summary>
/// A demo council's week: its teams, one user per role (<c>front-door@example.org</c> ...), about forty
/// children with a spread of involvements, and open, returned and closed missing episodes relative to now.
/// Seeded only when <c>Demo__Seed=true</c>, and only into an empty database. Every name is invented.
/// </summary>
public sealed partial class DemoSeeder(AppDbContext db, UserManager<ApplicationUser> users, DutyScheduler duties, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string EmailDomain = "example.org";

    public static class TeamNames
    {
        public const string FrontDoor = "Front Door";
        public const string CorporateParenting = "Corporate Parenting";
        public const string FamilySupport = "Family Support & Safeguarding";
        public const string FamilyWellbeing = "Family Wellbeing";
        public const string FamilyWellbeingClevedon = "Family Wellbeing Clevedon";
        public const string YouthService = "Youth Service";
        public const string EmergencyDuty = "Emergency Duty Team";
        public const string Inclusion = "Inclusion and Attendance";
    }

    private static readonly (string Name, Agency Agency, TeamFunction Function, string Description)[] DemoTeams =
    [
        (TeamNames.FrontDoor, Agency.ChildrensSocialCare, TeamFunction.FrontDoor, "Receives every missing and found notification, checks records and routes the work."),
        (TeamNames.CorporateParenting, Agency.ChildrensSocialCare, TeamFunction.SocialWork, "Social workers for children looked after and care leavers."),
        (TeamNames.FamilySupport, Agency.ChildrensSocialCare, TeamFunction.SocialWork, "Social workers for children in need and children with a protection plan."),
        (TeamNames.FamilyWellbeing, Agency.FamilyWellbeing, TeamFunction.ReturnInterviews, "Early help and return home interviews."),
        (TeamNames.FamilyWellbeingClevedon, Agency.FamilyWellbeing, TeamFunction.ReturnInterviews, "Return home interviews for children living in Clevedon (BS21)."),
        (TeamNames.YouthService, Agency.FamilyWellbeing, TeamFunction.YouthService, "Targeted youth support and return home interviews for older children."),
        (TeamNames.EmergencyDuty, Agency.EmergencyDutyTeam, TeamFunction.EmergencyDuty, "Out-of-hours social work."),
        (TeamNames.Inclusion, Agency.Education, TeamFunction.Education, "Children missing education and school attendance."),
    ];

    private static readonly (string Role, string Name, string? Team, Agency Agency)[] DemoUsers =
    [
        (Roles.FrontDoor, "Priya Front Door", TeamNames.FrontDoor, Agency.ChildrensSocialCare),
        (Roles.SocialWorker, "Sam Social Worker", TeamNames.CorporateParenting, Agency.ChildrensSocialCare),
        (Roles.RhiWorker, "Rory Interview Worker", TeamNames.FamilyWellbeing, Agency.FamilyWellbeing),
        (Roles.TeamManager, "Tina Team Manager", TeamNames.CorporateParenting, Agency.ChildrensSocialCare),
        (Roles.HeadOfService, "Hari Head of Service", null, Agency.ChildrensSocialCare),
        (Roles.Director, "Dana Director", null, Agency.ChildrensSocialCare),
        (Roles.Police, "PC Pat Coordinator", null, Agency.Police),
        (Roles.EmergencyDuty, "Eddie Duty Worker", TeamNames.EmergencyDuty, Agency.EmergencyDutyTeam),
        (Roles.Education, "Erin Inclusion Officer", TeamNames.Inclusion, Agency.Education),
        (Roles.Administrator, "Alex Administrator", null, Agency.ChildrensSocialCare),
    ];

    private static readonly string[] FirstNames =
    [
        "Amelia", "Jayden", "Ruby", "Kai", "Lily", "Tyler", "Maisie", "Callum", "Freya", "Mason",
        "Evie", "Riley", "Poppy", "Ethan", "Isla", "Harvey", "Chloe", "Logan", "Grace", "Connor",
        "Sophie", "Kyle", "Millie", "Lewis", "Jasmine", "Reece", "Holly", "Jordan", "Ellie", "Brandon",
        "Summer", "Liam", "Megan", "Owen", "Niamh", "Declan", "Zara", "Ashton", "Leah", "Marcus",
    ];

    private static readonly string[] LastNames =
    [
        "Harding", "Okafor", "Pritchard", "Nowak", "Griffiths", "Ahmed", "Coles", "Brennan", "Whitlock", "Demir",
        "Fairbairn", "Osei", "Tranter", "Kowalski", "Mahmood", "Sheppard", "Lintott", "Abara", "Quinn", "Vaughan",
        "Holloway", "Mensah", "Radcliffe", "Iqbal", "Farrow", "Tolley", "Bianchi", "Corbett", "Ndlovu", "Pascoe",
        "Ellery", "Haddad", "Maddox", "Stroud", "Varga", "Wilkes", "Yilmaz", "Ashdown", "Beaumont", "Castell",
    ];

    private static readonly string[] Streets =
    [
        "High Street, Weston", "Church Road, Clevedon", "Station Road, Nailsea", "Locking Road, Weston",
        "Queens Road, Portishead", "Brockway, Nailsea", "Milton Road, Weston", "Old Street, Clevedon",
    ];

    private static readonly string[] Places =
    [
        "Weston bus station", "Grand Pier", "friend's address in Bristol", "Clevedon seafront", "Portishead marina",
        "McDonald's, Weston retail park", "Temple Meads station", "Nailsea skate park",
    ];

    private static readonly string[] OtherAuthorities =
    [
        "Bristol City Council", "Devon County Council", "Bath and North East Somerset Council", "London Borough of Lambeth",
    ];

    public async Task SeedAsync(string password, CancellationToken cancellationToken)
    {
        if (await db.Teams.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var teams = DemoTeams.ToDictionary(t => t.Name, t => new Team { Name = t.Name, Agency = t.Agency, Function = t.Function, Description = t.Description });
        // Each kind has a default team; a second return interview service takes the children whose postcode is in Clevedon (TeamRouting).
        foreach (var name in (string[])[TeamNames.FrontDoor, TeamNames.CorporateParenting, TeamNames.FamilyWellbeing, TeamNames.YouthService, TeamNames.EmergencyDuty, TeamNames.Inclusion])
        {
            teams[name].IsDefault = true;
        }

        teams[TeamNames.FamilyWellbeingClevedon].Areas = ["BS21"];
        db.Teams.AddRange(teams.Values);
        await db.SaveChangesAsync(cancellationToken);

        var people = new Dictionary<string, ApplicationUser>(StringComparer.Ordinal);
        foreach (var (role, name, team, agency) in DemoUsers)
        {
            var email = $"{Roles.ToKebabCase(role)}@{EmailDomain}";
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                Agency = agency,
                TeamId = team is null ? null : teams[team].Id,
            };
            DatabaseInitializer.Check(await users.CreateAsync(user, password), $"create demo user {email}");
            DatabaseInitializer.Check(await users.AddToRoleAsync(user, role), $"give {email} the role {role}");
            people[role] = user;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var children = new List<Child>();
        for (var i = 0; i < FirstNames.Length; i++)
        {
            var child = new Child
            {
                LocalId = $"P{100 + i}",
                FirstName = FirstNames[i],
                LastName = LastNames[i],
                DateOfBirth = today.AddYears(-(8 + (i * 7 % 10))).AddDays(-(i * 37 % 300)),
                Gender = i % 2 == 0 ? "Female" : "Male",
                Address = $"{(i * 13 % 90) + 1} {Streets[i % Streets.Length]}",
                IsUnaccompaniedAsylumSeeker = i == 9,
            };
            AddInvolvement(child, i, today, teams, people);
            children.Add(child);
        }

        db.Children.AddRange(children);
        var episodes = DemoEpisodes(children, now, teams).ToList();
        db.Episodes.AddRange(episodes);
        await db.SaveChangesAsync(cancellationToken);

        // The duties the rules give the open and returned episodes as at now, as if each had arrived by the API.
        await duties.ApplyAsync([.. episodes.Where(e => e.Status != EpisodeStatus.Closed).Select(e => e.Id)], now, cancellationToken);
        db.Notifications.AddRange(AwaitingTriage(children, now));
        await db.SaveChangesAsync(cancellationToken);
        await AllocateDemoInterviewsAsync(people[Roles.RhiWorker], now, cancellationToken);
        LogSeeded(logger, teams.Count, people.Count, children.Count);
    }

    /// <summary>
    /// The RHI worker's "My interviews": the two oldest interviews allocated to them as their manager would, with the
    /// offer duty following (R17, R19), and a first unanswered phone call on the oldest (R20).
    /// </summary>
    private async Task AllocateDemoInterviewsAsync(ApplicationUser worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rhis = await db.ReturnHomeInterviews.Where(r => r.Status == RhiStatus.Requested).OrderBy(r => r.RequestedAt).Take(2).ToListAsync(cancellationToken);
        foreach (var rhi in rhis)
        {
            rhi.Status = RhiStatus.Allocated;
            rhi.AllocatedWorkerId = worker.Id;
            rhi.AllocatedTeamId = worker.TeamId;
            var offers = await db.DutyTasks
                .Where(t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ReturnHomeInterview && t.Status == DutyStatus.Open && t.AssigneeRole == PolicyRole.RhiWorker)
                .ToListAsync(cancellationToken);
            foreach (var offer in offers)
            {
                offer.AssigneeUserId = worker.Id;
                offer.AssigneeTeamId = worker.TeamId ?? offer.AssigneeTeamId;
            }
        }

        if (rhis.Count > 0)
        {
            db.ContactAttempts.Add(new ContactAttempt
            {
                ReturnHomeInterviewId = rhis[0].Id,
                At = now.AddHours(-2),
                Method = "Phone",
                Contacted = "ParentOrCarer",
                Outcome = "NoAnswer",
                RecordedByUserId = worker.Id,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Ten looked after (ours), four looked after by other authorities, six on a protection plan, six in need,
    /// six with early help, two with the youth offending service, two missing education, four not open.
    /// </summary>
    private static void AddInvolvement(Child child, int i, DateOnly today, Dictionary<string, Team> teams, Dictionary<string, ApplicationUser> people)
    {
        var started = today.AddDays(-(60 + (i * 53 % 900)));
        switch (i)
        {
            case < 10:
                child.Involvements.Add(new Involvement { Type = InvolvementType.CLA, StartDate = started, LegalStatus = (i % 3) switch { 0 => "C2", 1 => "V2", _ => "C1" } });
                Allocate(child, teams[TeamNames.CorporateParenting], people[Roles.SocialWorker]);
                break;
            case < 14:
                child.Involvements.Add(new Involvement { Type = InvolvementType.CLAOtherAuthority, StartDate = started, HomeAuthority = OtherAuthorities[i - 10] });
                break;
            case < 20:
                child.Involvements.Add(new Involvement { Type = InvolvementType.CP, StartDate = started });
                Allocate(child, teams[TeamNames.FamilySupport], null);
                break;
            case < 26:
                child.Involvements.Add(new Involvement { Type = InvolvementType.CIN, StartDate = started });
                Allocate(child, teams[TeamNames.FamilySupport], null);
                break;
            case < 32:
                child.Involvements.Add(new Involvement { Type = InvolvementType.EarlyHelp, StartDate = started });
                Allocate(child, teams[TeamNames.FamilyWellbeing], null);
                break;
            case < 34:
                child.Involvements.Add(new Involvement { Type = InvolvementType.YOS, StartDate = started });
                Allocate(child, teams[TeamNames.YouthService], null);
                break;
            case < 36:
                child.Involvements.Add(new Involvement { Type = InvolvementType.CME, StartDate = started });
                Allocate(child, teams[TeamNames.Inclusion], people[Roles.Education]);
                break;
            default:
                // Not open to any service.
                break;
        }

        // A past involvement shows history: an early-help episode that ended before the current plan.
        if (i % 5 == 0)
        {
            child.Involvements.Add(new Involvement { Type = InvolvementType.EarlyHelp, StartDate = started.AddDays(-400), EndDate = started.AddDays(-30) });
        }
    }

    private static void Allocate(Child child, Team team, ApplicationUser? worker)
    {
        child.AllocatedTeamId = team.Id;
        child.AllocatedWorkerId = worker?.Id;
    }

    /// <summary>Eight children missing now, six returned this week, and older closed episodes for repeat patterns.</summary>
    private static IEnumerable<MissingEpisode> DemoEpisodes(List<Child> children, DateTimeOffset now, Dictionary<string, Team> teams)
    {
        int[] missingNow = [0, 3, 10, 14, 20, 26, 36, 38];
        double[] hoursMissing = [3, 30, 52, 8, 80, 20, 26, 12];
        for (var k = 0; k < missingNow.Length; k++)
        {
            var child = children[missingNow[k]];
            var from = now.AddHours(-hoursMissing[k]);
            yield return new MissingEpisode
            {
                ChildId = child.Id,
                Category = k == 7 ? EpisodeCategory.Absent : EpisodeCategory.Missing,
                Status = EpisodeStatus.Open,
                MissingFrom = from,
                ReportedAt = from.AddMinutes(95),
                NotifiedAt = from.AddMinutes(110),
                PoliceRiskLevel = k % 3 == 0 ? PoliceRiskLevel.High : PoliceRiskLevel.Medium,
                LastSeenLocation = Places[k % Places.Length],
                HoldingTeamId = child.AllocatedTeamId ?? teams[TeamNames.FrontDoor].Id,
            };
        }

        int[] returned = [1, 5, 15, 21, 27, 33];
        for (var k = 0; k < returned.Length; k++)
        {
            var child = children[returned[k]];
            var from = now.AddDays(-(k + 1)).AddHours(-(k * 5 % 17));
            yield return new MissingEpisode
            {
                ChildId = child.Id,
                Category = EpisodeCategory.Missing,
                Status = EpisodeStatus.Returned,
                MissingFrom = from,
                ReportedAt = from.AddHours(2),
                NotifiedAt = from.AddHours(2.25),
                FoundAt = from.AddHours(6 + (k * 9 % 30)),
                ReturnKnownAt = from.AddHours(6.5 + (k * 9 % 30)),
                PoliceRiskLevel = k % 2 == 0 ? PoliceRiskLevel.Medium : PoliceRiskLevel.High,
                LastSeenLocation = Places[(k + 3) % Places.Length],
                FoundLocation = Places[(k + 5) % Places.Length],
                HoldingTeamId = child.AllocatedTeamId ?? teams[TeamNames.FrontDoor].Id,
            };
        }

        // Closed history: repeat missing for some children (three within 90 days for two of them).
        int[] history = [0, 0, 0, 1, 1, 3, 5, 7, 12, 15, 15, 15, 18, 22, 24, 27, 29, 31, 33, 35, 37, 39];
        for (var k = 0; k < history.Length; k++)
        {
            var child = children[history[k]];
            var from = now.AddDays(-(12 + (k * 23 % 300))).AddHours(-(k * 7 % 24));
            yield return new MissingEpisode
            {
                ChildId = child.Id,
                Category = k % 4 == 3 ? EpisodeCategory.Absent : EpisodeCategory.Missing,
                Status = EpisodeStatus.Closed,
                MissingFrom = from,
                ReportedAt = from.AddHours(1),
                NotifiedAt = from.AddHours(1.25),
                FoundAt = from.AddHours(4 + (k * 11 % 60)),
                ReturnKnownAt = from.AddHours(4.5 + (k * 11 % 60)),
                PoliceRiskLevel = k % 3 == 0 ? PoliceRiskLevel.High : PoliceRiskLevel.Medium,
                LastSeenLocation = Places[k % Places.Length],
                FoundLocation = Places[(k + 2) % Places.Length],
                HoldingTeamId = child.AllocatedTeamId ?? teams[TeamNames.FrontDoor].Id,
            };
        }
    }

    /// <summary>
    /// R1: three reports Front Door has still to triage: a police report with a known child's names swapped, a school's
    /// absence report with a misspelt first name, and a carer's report about a child nobody knows yet.
    /// </summary>
    private static IEnumerable<Notification> AwaitingTriage(List<Child> children, DateTimeOffset now)
    {
        Notification Report(string source, string reference, NotificationKind kind, string? first, string? last, DateOnly? dob, double hoursAgo, PoliceRiskLevel? risk, string place) => new()
        {
            Source = source,
            SourceReference = reference,
            Kind = kind,
            ReceivedAt = now.AddHours(-hoursAgo + 0.5),
            ReceivedFrom = source == "Police" ? "demo-police" : $"front-door@{EmailDomain}",
            Payload = "{}",
            ChildFirstName = first,
            ChildLastName = last,
            ChildDateOfBirth = dob,
            MissingFrom = now.AddHours(-hoursAgo),
            ReportedAt = now.AddHours(-hoursAgo + 0.25),
            PoliceRiskLevel = risk,
            LastSeenLocation = place,
            Triage = TriageStatus.AwaitingTriage,
        };

        var swapped = children[12];
        var misspelt = children[22];
        var first = misspelt.FirstName.Length > 3 ? misspelt.FirstName[..^1] : misspelt.FirstName + "e";
        yield return Report("Police", "DEMO-NSP-0001", NotificationKind.Missing, swapped.LastName, swapped.FirstName, swapped.DateOfBirth, 9, PoliceRiskLevel.High, Places[1]);
        yield return Report("School", "DEMO-SCH-0002", NotificationKind.Absent, first, misspelt.LastName, null, 6, null, Places[2]);
        yield return Report("Carer", "DEMO-CAR-0003", NotificationKind.Missing, "Freya", "Lindqvist", new DateOnly(2012, 3, 14), 2, PoliceRiskLevel.Medium, Places[3]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo council: {Teams} teams, {Users} users, {Children} children")]
    private static partial void LogSeeded(ILogger logger, int teams, int users, int children);
}
