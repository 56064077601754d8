using MissingChildren.Web.Infrastructure.Web;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using MissingChildren.Web.Features.ReturnInterviews;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// R30 (001 §3.2): what the manager approves, read on the decision page without leaving it: the child's facts that
/// matter, the episode, the interview (what the child said, the worker's analysis) or why it did not happen, the consent
/// and the contact attempts, and the Child Exploitation risk assessment with its score (001 §3.1, Appendix 2).
/// </summary>
public static class ApprovalRecord
{
    public sealed record Record(ChildFacts Child, EpisodeFacts? Episode, InterviewFacts? Interview, AssessmentFacts? Assessment);

    public sealed record ChildFacts(int? Age, IReadOnlyList<string> Involvements, bool Uasc, int EpisodesIn90Days, int EpisodesIn12Months, string? AllocatedTeam);

    public sealed record EpisodeFacts(string Category, DateTimeOffset MissingFrom, DateTimeOffset? FoundAt, string? PoliceRisk, string? LastSeen, string? FoundLocation);

    public sealed record AttemptFacts(DateTimeOffset At, string Method, string Contacted, string Outcome);

    public sealed record ConsentFacts(DateTimeOffset At, string GivenBy, bool Consented, string? Reasons);

    /// <summary>The RHI as it was sent: how it ended (held, declined, no contact) and its record.</summary>
    public sealed record InterviewFacts(
        string Outcome, string? Worker, DateTimeOffset? InterviewedAt, string? Location, string? PeoplePresent, string? ChildAccount, string? ParentsCarersViews,
        string? RisksIdentified, bool? ConsentToShare, string? NotHeldReasons, string? SupportOffered, string? CeScreen,
        IReadOnlyList<ConsentFacts> Consents, IReadOnlyList<AttemptFacts> Attempts);

    /// <summary>The SERAF assessment (the one sent, or the child's current one for an RHI) with its score and the items ticked.</summary>
    public sealed record AssessmentFacts(
        int VersionNumber, string Status, int Score, string SuggestedCategory, string? AssessorCategory, string? CategoryRationale, string? PrincipalConcern,
        string? AdditionalInformation, IReadOnlyList<string> Ticked, string AssessedBy, DateTimeOffset UpdatedAt);

    /// <summary>How an RHI ended, in words (R24, R30).</summary>
    public static string OutcomeText(RhiStatus? concludedAs) => concludedAs switch
    {
        RhiStatus.Completed => "Interview held",
        RhiStatus.Declined => "Declined",
        RhiStatus.NoContact => "No contact after the attempts",
        _ => "Not concluded",
    };

    public static async Task<Record> LoadAsync(AppDbContext db, PolicyProfile profile, WorkingCalendar calendar, DutyTask task, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var child = await db.Children.AsNoTracking().Include(c => c.Involvements).SingleAsync(c => c.Id == task.ChildId, cancellationToken);
        var starts = await db.Episodes.AsNoTracking().Where(e => e.ChildId == child.Id).Select(e => e.MissingFrom).ToListAsync(cancellationToken);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == child.AllocatedTeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var facts = new ChildFacts(
            child.AgeToday(now, calendar), [.. child.OpenInvolvementTypes.Order().Select(i => Words.Of(i))], child.IsUnaccompaniedAsylumSeeker,
            starts.Count(s => s >= now.AddDays(-90)), starts.Count(s => s >= now.AddMonths(-12)), team);

        var episode = task.EpisodeId is { } episodeId
            ? await db.Episodes.AsNoTracking().Where(e => e.Id == episodeId).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new Record(
            facts,
            episode is null ? null : new EpisodeFacts(episode.Category == EpisodeCategory.Absent ? "Absent" : "Missing", episode.MissingFrom, episode.FoundAt,
                episode.PoliceRiskLevel?.ToString(), episode.LastSeenLocation, episode.FoundLocation),
            task.ReturnHomeInterviewId is { } rhiId ? await InterviewAsync(db, rhiId, cancellationToken) : null,
            await AssessmentAsync(db, profile, task, cancellationToken));
    }

    private static async Task<InterviewFacts?> InterviewAsync(AppDbContext db, Guid rhiId, CancellationToken cancellationToken)
    {
        var rhi = await db.ReturnHomeInterviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rhiId, cancellationToken);
        if (rhi is null)
        {
            return null;
        }

        var worker = rhi.AllocatedWorkerId is null ? null : await db.Users.Where(u => u.Id == rhi.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var consents = (await db.ConsentRecords.AsNoTracking().Where(c => c.ReturnHomeInterviewId == rhi.Id).ToListAsync(cancellationToken)).OrderBy(c => c.At)
            .Select(c => new ConsentFacts(c.At, c.GivenBy.Replace("ParentOrCarer:", "Parent or carer:", StringComparison.Ordinal).Replace("Child:", "The child:", StringComparison.Ordinal),
                c.Consented, c.Reasons))
            .ToList();
        var attempts = (await db.ContactAttempts.AsNoTracking().Where(a => a.ReturnHomeInterviewId == rhi.Id).ToListAsync(cancellationToken)).OrderBy(a => a.At)
            .Select(a => new AttemptFacts(a.At, RhiOptions.TextOf(RhiOptions.Methods, a.Method), RhiOptions.TextOf(RhiOptions.Contacted, a.Contacted),
                a.Method == ContactPattern.LetterMethod ? "Letter sent" : RhiOptions.TextOf(RhiOptions.Outcomes, a.Outcome)))
            .ToList();
        var held = rhi.InterviewedAt is not null && (rhi.ConcludedAs ?? rhi.Status) is RhiStatus.Completed or RhiStatus.Authorised or RhiStatus.AwaitingAuthorisation;
        return new InterviewFacts(
            OutcomeText(rhi.ConcludedAs ?? (rhi.IsConcluded ? rhi.Status : null)), worker,
            held ? rhi.InterviewedAt : null, rhi.InterviewLocation, rhi.PeoplePresent, rhi.ChildAccount, rhi.ParentsCarersViews, rhi.RisksIdentified, rhi.ConsentToShare,
            rhi.NotHeldReasons, rhi.SupportOffered,
            rhi.CeScreenOutcome is { } ce ? RhiOptions.TextOf(RhiOptions.CeOutcomes, ce.ToString()) : null,
            consents, attempts);
    }

    private static async Task<AssessmentFacts?> AssessmentAsync(AppDbContext db, PolicyProfile profile, DutyTask task, CancellationToken cancellationToken)
    {
        // The version sent for this authorisation; for an RHI, the child's current assessment (001 §3.1: started from the notification).
        var assessment = task.RiskAssessmentId is { } raId
            ? await db.RiskAssessments.AsNoTracking().SingleOrDefaultAsync(r => r.Id == raId, cancellationToken)
            : (await db.RiskAssessments.AsNoTracking().Where(r => r.ChildId == task.ChildId && r.IsCurrent).ToListAsync(cancellationToken))
                .OrderByDescending(r => r.UpdatedAt).FirstOrDefault();
        if (assessment is null)
        {
            return null;
        }

        var form = profile.Seraf;
        var answers = assessment.ReadAnswers();
        string Label(string code) => form.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code;
        IEnumerable<string> Ticked(IEnumerable<ISerafCoded> items, IReadOnlySet<string> codes, string prefix) =>
            items.Where(i => codes.Contains(i.Code)).Select(i => $"{prefix}: {i.Label}");
        List<string> ticked =
        [
            .. Ticked(form.Vulnerabilities, answers.Vulnerabilities, "Vulnerability"),
            .. Ticked(form.ModerateIndicators, answers.ModerateIndicators, "Moderate indicator"),
            .. Ticked(form.SignificantIndicators, answers.SignificantCurrent, $"Significant indicator ({form.SignificantIndicatorsCurrentWindow})"),
            .. Ticked(form.SignificantIndicators, answers.SignificantRecent, $"Significant indicator ({form.SignificantIndicatorsRecentWindow})"),
        ];
        return new AssessmentFacts(
            assessment.VersionNumber, StatusText(assessment.Status), assessment.Score, Label(assessment.SuggestedCategory),
            assessment.AssessorCategory is null ? null : Label(assessment.AssessorCategory), assessment.CategoryRationale, assessment.PrincipalConcern,
            assessment.AdditionalInformation, ticked, assessment.AssessedBy, assessment.UpdatedAt);
    }

    private static string StatusText(RiskAssessmentStatus status) => status switch
    {
        RiskAssessmentStatus.AwaitingAuthorisation => "Awaiting authorisation",
        RiskAssessmentStatus.Authorised => "Authorised",
        _ => "Draft",
    };
}
