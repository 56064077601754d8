using MissingChildren.Domain.Education;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Teams;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using MissingChildren.Web.Features.Administration.Teams;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// R40 (003): part of the minute's duty sweep. A dormant investigation whose review date has come raises the education
/// team's <c>CmeInvestigation</c> review duty (once: its key names the investigation and the review date); reviewing it
/// (a new review date) or recording the child found closes it. Reads only dormant investigations due.
/// </summary>
public sealed class CmeReviews(AppDbContext db, WorkingCalendar calendar, PolicyProfile profile)
{
    public async Task<int> RaiseAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(now);
        var due = await db.CmeInvestigations.AsNoTracking()
            .Where(i => i.Status == CmeStatus.Dormant && i.ReviewOn <= today)
            .Join(db.Children.AsNoTracking(), i => i.ChildId, c => c.Id, (i, c) => new { Investigation = i, Child = c })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var teams = await RoutingTeams.LoadAsync(db, cancellationToken);
        var duties = due.Select(d => EducationDuties.Review(d.Investigation, d.Child, TeamRouting.TeamsFor(d.Child, teams), calendar, profile.Name, now)).ToList();
        var keys = duties.Select(d => d.DedupeKey).ToList();
        var raised = (await db.DutyTasks.Where(t => keys.Contains(t.DedupeKey)).Select(t => t.DedupeKey).ToListAsync(cancellationToken)).ToHashSet();
        var added = duties.Where(d => !raised.Contains(d.DedupeKey)).ToList();
        db.DutyTasks.AddRange(added);
        return added.Count;
    }
}
