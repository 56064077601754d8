using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Search;

/// <summary>
/// Finds children by what a worker remembers (<see cref="ChildSearch"/>), among those the signed-in person may open
/// (<see cref="ChildAccess"/>): the search page and Front Door's search before it records a new child (R1).
/// </summary>
public sealed class ChildFinder(AppDbContext db, ChildAccess access, WorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>The children the signed-in person may open who answer <paramref name="text"/>, best first.</summary>
    public async Task<SearchChildren.Result> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var terms = ChildSearch.Parse(text, calendar.LocalDate(clock.GetUtcNow()));
        if (terms.IsEmpty)
        {
            return new SearchChildren.Result([], false);
        }

        var children = await access.VisibleAsync(db.Children.AsNoTracking(), cancellationToken);
        var policeReferences = new Dictionary<Guid, string>();
        if (terms.DateOfBirth is { } dob)
        {
            children = children.Where(c => c.DateOfBirth == dob);
        }

        if (terms.Identifier is { } identifier)
        {
            policeReferences = await PoliceReferencesAsync(identifier, cancellationToken);
            var referenced = policeReferences.Keys.ToList();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.
            children = children.Where(c => c.LocalId.ToUpper().StartsWith(identifier) || referenced.Contains(c.Id));
#pragma warning restore CA1304, CA1311, CA1862
        }

        foreach (var name in terms.Names)
        {
            children = children.Where(SearchChildren.HoldsAny(ChildSearch.Fragments(name)));
        }

        var found = await children.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id).Take(SearchChildren.CompareLimit)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.DateOfBirth, c.LocalId, c.AllocatedTeamId })
            .ToListAsync(cancellationToken);

        var ranked = found
            .Select(c => (Child: c, Names: terms.Names.Count == 0 ? new NameMatch(0, false) : ChildSearch.MatchNames(terms.Names, c.FirstName, c.LastName)))
            .Where(m => m.Names is not null)
            .Select(m =>
            {
                var reasons = new List<string>();
                var score = m.Names!.Score;
                if (terms.Names.Count > 0)
                {
                    reasons.Add(m.Names.Similar ? "Similar name" : "Name");
                }

                if (terms.DateOfBirth is not null)
                {
                    reasons.Add("Date of birth");
                    score += 100;
                }

                if (terms.Identifier is { } id && m.Child.LocalId.StartsWith(id, StringComparison.OrdinalIgnoreCase))
                {
                    reasons.Add(m.Child.LocalId.Equals(id, StringComparison.OrdinalIgnoreCase) ? "Local ID" : "Start of the local ID");
                    score += m.Child.LocalId.Length == id.Length ? 200 : 120;
                }

                if (policeReferences.TryGetValue(m.Child.Id, out var reference))
                {
                    reasons.Add($"Police reference {reference}");
                    score += reference.Length == terms.Identifier!.Length ? 200 : 120;
                }

                return (m.Child, Score: score, Reasons: reasons);
            })
            .OrderByDescending(m => m.Score).ThenBy(m => m.Child.LastName, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Child.FirstName, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var shown = ranked.Take(SearchChildren.Limit).ToList();
        var ids = shown.Select(m => m.Child.Id).ToList();
        var involvements = (await db.Involvements.AsNoTracking().Where(i => ids.Contains(i.ChildId) && i.EndDate == null)
                .Select(i => new { i.ChildId, i.Type }).ToListAsync(cancellationToken))
            .ToLookup(i => i.ChildId, i => i.Type);
        var episodes = (await db.Episodes.AsNoTracking().Where(e => ids.Contains(e.ChildId) && e.Status != EpisodeStatus.Closed)
                .Select(e => new { e.ChildId, e.Status, e.MissingFrom, e.FoundAt }).ToListAsync(cancellationToken))
            .ToLookup(e => e.ChildId);
        var teamIds = shown.Where(m => m.Child.AllocatedTeamId is not null).Select(m => m.Child.AllocatedTeamId!.Value).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        return new SearchChildren.Result(
            [.. shown.Select(m => new SearchChildren.Row(
                m.Child.Id, $"{m.Child.FirstName} {m.Child.LastName}", m.Child.DateOfBirth, m.Child.LocalId,
                [.. involvements[m.Child.Id].Distinct().Order().Select(t => Words.Of(t))],
                episodes[m.Child.Id].MaxBy(e => e.MissingFrom) is { } e
                    ? e.Status == EpisodeStatus.Open ? $"Missing since {DeadlineText.Local(e.MissingFrom)}" : $"Returned {DeadlineText.Local(e.FoundAt ?? e.MissingFrom)}, episode still open"
                    : null,
                m.Child.AllocatedTeamId is { } team && teams.TryGetValue(team, out var teamName) ? teamName : null,
                m.Reasons))],
            ranked.Count > SearchChildren.Limit);
    }

    /// <summary>The children reported under a police reference that is, or starts with, what was typed, with that reference.</summary>
    private async Task<Dictionary<Guid, string>> PoliceReferencesAsync(string identifier, CancellationToken cancellationToken)
    {
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.
        var reports = await db.Notifications.AsNoTracking()
            .Where(n => n.ChildId != null && n.SourceReference.ToUpper().StartsWith(identifier))
            .OrderBy(n => n.SourceReference.Length).Take(SearchChildren.CompareLimit)
            .Select(n => new { ChildId = n.ChildId!.Value, n.SourceReference })
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        return reports.GroupBy(r => r.ChildId).ToDictionary(g => g.Key, g => g.First().SourceReference);
    }
}
