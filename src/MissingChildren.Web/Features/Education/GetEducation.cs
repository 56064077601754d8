using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Education;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using MissingChildren.Web.Features.Children;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// The education page (screens.md <c>/education</c>): children missing education investigations not closed, with their
/// enquiries and replies and next review (R40); the education team's open duties, earliest deadline first; school
/// absences with each child's consecutive count and whether a return interview may be offered (R39). Only children the
/// reader may see, and only for roles that may read the education part of a record.
/// </summary>
public static class GetEducation
{
    /// <summary>Absences shown: those in this many days before today.</summary>
    public const int AbsenceDays = 42;

    public sealed record Query : IQuery<Result>;

    public sealed record Enquiry(EnquiryAgency Agency, string AskedOf, DateOnly AskedOn, string? Reply, DateOnly? RepliedOn);

    public sealed record Investigation(Guid Id, Guid ChildId, string ChildName, string LocalId, CmeStatus Status, DateTimeOffset OpenedAt, DateOnly? ReviewOn,
        bool DueForReview, DateOnly? NoTraceReportedOn, IReadOnlyList<Enquiry> Enquiries);

    public sealed record Duty(Guid Id, Guid ChildId, string ChildName, string LocalId, TaskType Type, string Title, string RuleId, DateTimeOffset DueAt, bool Overdue);

    public sealed record Absences(Guid ChildId, string ChildName, string LocalId, string School, DateOnly Latest, int Consecutive, bool Vulnerable,
        bool ReturnInterviewMayBeOffered);

    public sealed record Result(IReadOnlyList<Investigation> Investigations, IReadOnlyList<Duty> Duties, IReadOnlyList<Absences> SchoolAbsences,
        bool MayChange, DateTimeOffset Now);

    public sealed class Handler(AppDbContext db, ChildAccess access, WorkingCalendar calendar, PolicyProfile profile, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var reading = access.RoleAccess(RecordPart.Education);
            if (reading < PartAccess.Read)
            {
                throw new ChildAccessDeniedException();
            }

            var now = clock.GetUtcNow();
            var today = CmeSteps.Today(clock);
            var children = await access.VisibleAsync(db.Children.AsNoTracking(), cancellationToken);

            var investigations = await db.CmeInvestigations.AsNoTracking()
                .Where(i => i.Status != CmeStatus.Found)
                .Join(children, i => i.ChildId, c => c.Id, (i, c) => new { i, c.FirstName, c.LastName, c.LocalId })
                .OrderBy(x => x.i.OpenedAt).Take(500)
                .ToListAsync(cancellationToken);

            var investigationIds = investigations.Select(x => x.i.Id).ToList();
            var enquiries = (await db.CmeEnquiries.AsNoTracking().Where(e => investigationIds.Contains(e.InvestigationId)).ToListAsync(cancellationToken))
                .ToLookup(e => e.InvestigationId);

            var duties = await db.DutyTasks.AsNoTracking()
                .Where(t => t.Status == DutyStatus.Open && t.AssigneeRole == PolicyRole.Education)
                .Join(children, t => t.ChildId, c => c.Id, (t, c) => new { t, c.FirstName, c.LastName, c.LocalId })
                .OrderBy(x => x.t.DueAt).Take(500)
                .Select(x => new Duty(x.t.Id, x.t.ChildId, x.FirstName + " " + x.LastName, x.LocalId, x.t.Type, x.t.Title, x.t.RuleId, x.t.DueAt, x.t.DueAt < now))
                .ToListAsync(cancellationToken);

            var since = today.AddDays(-AbsenceDays);
            var absences = await db.SchoolAbsences.AsNoTracking()
                .Where(a => a.Date >= since)
                .Join(children, a => a.ChildId, c => c.Id, (a, c) => new { a.ChildId, a.School, a.Date, a.Vulnerable, c.FirstName, c.LastName, c.LocalId })
                .Take(5000)
                .ToListAsync(cancellationToken);
            var threshold = profile.Safeguarding.SchoolAbsence?.ReturnInterviewAfterConsecutiveAbsences;
            var byChild = absences.GroupBy(a => a.ChildId).Select(g =>
            {
                var latest = g.MaxBy(a => a.Date)!;
                var (count, runStart) = ConsecutiveAbsences.Run(g.Select(a => a.Date), calendar);
                var vulnerable = g.Any(a => a.Vulnerable && a.Date >= (runStart ?? latest.Date));
                return new Absences(g.Key, $"{latest.FirstName} {latest.LastName}", latest.LocalId, latest.School, latest.Date, count, vulnerable,
                    threshold is { } t && ConsecutiveAbsences.ReturnInterviewMayBeOffered(count, vulnerable, t));
            }).OrderByDescending(a => a.Consecutive).ThenByDescending(a => a.Latest).ToList();

            return new Result(
                [.. investigations.Select(x => new Investigation(x.i.Id, x.i.ChildId, $"{x.FirstName} {x.LastName}", x.LocalId, x.i.Status, x.i.OpenedAt, x.i.ReviewOn,
                    x.i.IsDueForReview(today), x.i.NoTraceReportedOn,
                    [.. enquiries[x.i.Id].OrderBy(e => e.AskedOn).Select(e => new Enquiry(e.Agency, e.AskedOf, e.AskedOn, e.Reply, e.RepliedOn))]))],
                duties, byChild, reading >= PartAccess.Change, now);
        }
    }
}
