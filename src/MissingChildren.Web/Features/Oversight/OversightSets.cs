using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>The figures of the oversight dashboard: each is a set of children, listed at <see cref="Infrastructure.Web.Links.OversightChildren"/>.</summary>
public enum OversightSet
{
    MissingNow,
    Returned,
    Overdue,
    Escalated,
    RepeatMissing,
    PlacedHereMissing,
}

/// <summary>Each figure's address (its slug) and what it is called.</summary>
public static class OversightSets
{
    /// <summary>Returned "in the last 72 hours": the window of the dashboard's returned list (R17's 72 hours).</summary>
    public const int ReturnedWithinHours = 72;

    /// <summary>The most rows a dashboard list shows; its figure links to every child behind it.</summary>
    public const int ListLimit = 100;

    private static readonly Dictionary<OversightSet, (string Slug, string Title)> Named = new()
    {
        [OversightSet.MissingNow] = ("missing-now", "Missing now"),
        [OversightSet.Returned] = ("returned", "Returned in the last 72 hours"),
        [OversightSet.Overdue] = ("overdue", "Overdue duties"),
        [OversightSet.Escalated] = ("escalated", "Escalated duties"),
        [OversightSet.RepeatMissing] = ("repeat-missing", "Repeat missing: 3 or more times in 90 days"),
        [OversightSet.PlacedHereMissing] = ("placed-here-missing", "Other authorities' children placed here, missing now"),
    };

    public static string Slug(OversightSet set) => Named[set].Slug;

    public static string Title(OversightSet set) => Named[set].Title;

    public static OversightSet? FromSlug(string? slug) =>
        Named.Where(n => string.Equals(n.Value.Slug, slug, StringComparison.Ordinal)).Select(n => (OversightSet?)n.Key).FirstOrDefault();

    /// <summary>Whether the set is one of duties (its figure counts duties; the children behind it are theirs).</summary>
    public static bool IsOfDuties(OversightSet set) => set is OversightSet.Overdue or OversightSet.Escalated;
}

/// <summary>
/// Which duties of a duty figure: of one type, and held by one team (<see cref="Team"/>), or by no team
/// (<see cref="NoTeam"/>: a service-wide role's, such as the Head of Service's).
/// </summary>
public sealed record DutyFilter(TaskType? Type = null, Guid? Team = null, bool NoTeam = false)
{
    /// <summary>The holder as a link carries it: a team's id, <c>none</c>, or nothing for every holder.</summary>
    public const string NoTeamHolder = "none";

    public static readonly DutyFilter All = new();

    public string? Holder => NoTeam ? NoTeamHolder : Team?.ToString();

    /// <summary>Reads a link's holder; null when it is neither a team's id nor <c>none</c>.</summary>
    public static DutyFilter? Parse(TaskType? type, string? holder) =>
        string.IsNullOrEmpty(holder) ? new DutyFilter(type)
        : holder == NoTeamHolder ? new DutyFilter(type, NoTeam: true)
        : Guid.TryParse(holder, out var team) ? new DutyFilter(type, team)
        : null;

    public IQueryable<DutyTask> Apply(IQueryable<DutyTask> duties)
    {
        ArgumentNullException.ThrowIfNull(duties);
        if (Type is { } type)
        {
            duties = duties.Where(t => t.Type == type);
        }

        if (Team is { } team)
        {
            duties = duties.Where(t => t.AssigneeTeamId == team);
        }
        else if (NoTeam)
        {
            duties = duties.Where(t => t.AssigneeTeamId == null);
        }

        return duties;
    }
}

/// <summary>
/// The dashboard's sets as queries over the children a manager oversees (<see cref="OversightScope"/>: a team manager,
/// their team's; a Head of Service or Director, the service's, or one team's they chose) at one instant. A figure and
/// the list of the children behind it are read from the same query here, so they always agree.
/// </summary>
public sealed class OversightFilter(AppDbContext db, IReadOnlyList<Guid>? teams, DateTimeOffset now)
{
    public DateTimeOffset Now => now;

    /// <summary>The teams counted; null for the whole service.</summary>
    public IReadOnlyList<Guid>? Teams => teams;

    /// <summary>The children overseen: those allocated to the teams counted (every child, for the whole service).</summary>
    public IQueryable<Child> Children => teams is null
        ? db.Children
        : db.Children.Where(c => c.AllocatedTeamId != null && teams.Contains(c.AllocatedTeamId.Value));

    public IQueryable<MissingEpisode> Episodes => teams is null
        ? db.Episodes
        : db.Episodes.Where(e => Children.Any(c => c.Id == e.ChildId));

    public IQueryable<DutyTask> Duties => teams is null
        ? db.DutyTasks
        : db.DutyTasks.Where(t => Children.Any(c => c.Id == t.ChildId));

    public IQueryable<MissingEpisode> MissingNow => Episodes.Where(e => e.Status == EpisodeStatus.Open);

    /// <summary>Found in the last 72 hours (and no later than now).</summary>
    public IQueryable<MissingEpisode> Returned
    {
        get
        {
            var since = now.AddHours(-OversightSets.ReturnedWithinHours);
            return Episodes.Where(e => e.Status != EpisodeStatus.Open && e.FoundAt != null && e.FoundAt >= since && e.FoundAt <= now);
        }
    }

    /// <summary>Open duties past their due time.</summary>
    public IQueryable<DutyTask> Overdue => Duties.Where(t => t.Status == DutyStatus.Open && t.DueAt < now);

    /// <summary>Open duties the escalation sweep has raised to a manager (R14, R16).</summary>
    public IQueryable<DutyTask> Escalated => Duties.Where(t => t.Status == DutyStatus.Open && t.EscalationLevel != EscalationLevel.None);

    /// <summary>The episodes that began in the repeat-missing window ending now (<see cref="Domain.Episodes.RepeatMissing"/>).</summary>
    public IQueryable<MissingEpisode> InRepeatWindow
    {
        get
        {
            var from = Domain.Episodes.RepeatMissing.WindowStart(now);
            return Episodes.Where(e => e.MissingFrom >= from && e.MissingFrom <= now);
        }
    }

    /// <summary>
    /// Children with 3 or more episodes beginning in the 90 days up to now: the count the duty engine keeps for R33 and the
    /// case view warns of (<see cref="Domain.Episodes.RepeatMissing"/>), with now as the end of the window.
    /// </summary>
    public IQueryable<Guid> RepeatMissing =>
        InRepeatWindow.GroupBy(e => e.ChildId).Where(g => g.Count() >= Domain.Episodes.RepeatMissing.EpisodeCount).Select(g => g.Key);

    /// <summary>R8: children another authority looks after and places here (an open involvement) who are missing now.</summary>
    public IQueryable<MissingEpisode> PlacedHereMissing =>
        MissingNow.Where(e => db.Involvements.Any(i => i.ChildId == e.ChildId && i.Type == InvolvementType.CLAOtherAuthority && i.EndDate == null));

    /// <summary>The children behind a figure (for a duty figure, those of the duties <paramref name="duties"/> picks).</summary>
    public IQueryable<Guid> ChildIds(OversightSet set, DutyFilter duties)
    {
        ArgumentNullException.ThrowIfNull(duties);
        return set switch
        {
            OversightSet.MissingNow => MissingNow.Select(e => e.ChildId),
            OversightSet.Returned => Returned.Select(e => e.ChildId),
            OversightSet.Overdue => duties.Apply(Overdue).Select(t => t.ChildId),
            OversightSet.Escalated => duties.Apply(Escalated).Select(t => t.ChildId),
            OversightSet.RepeatMissing => RepeatMissing,
            OversightSet.PlacedHereMissing => PlacedHereMissing.Select(e => e.ChildId),
            _ => throw new ArgumentOutOfRangeException(nameof(set), set, null),
        };
    }
}

/// <summary>
/// The <see cref="OversightFilter"/> of the signed-in person, narrowed to one team they oversee where they chose one; a
/// team they do not oversee is refused.
/// </summary>
public sealed class OversightFilters(AppDbContext db, OversightScope scope, TimeProvider clock)
{
    public async Task<(OversightFilter Filter, OversightScope.Reach Reach)> ForAsync(Guid? team, CancellationToken cancellationToken)
    {
        var reach = await scope.ReachAsync(cancellationToken);
        if (!reach.Covers(team))
        {
            throw new UnauthorizedAccessException("You do not oversee that team.");
        }

        return (new OversightFilter(db, reach.For(team), clock.GetUtcNow()), reach);
    }

    /// <summary>What a figure counts, in words: the team chosen, the service, the person's one team, or their teams.</summary>
    public static string Describe(OversightScope.Reach reach, Guid? team)
    {
        ArgumentNullException.ThrowIfNull(reach);
        return team is { } id ? reach.Teams.First(t => t.Id == id).Name
            : reach.WholeService ? "the service"
            : reach.Teams is [var own] ? own.Name
            : "your teams";
    }
}
