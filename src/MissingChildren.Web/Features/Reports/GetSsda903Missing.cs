using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Returns;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// The SSDA903 "Missing" table for the period (a collection year, 1 April to 31 March): one row for each missing or
/// absent episode of a child this council looked after (an open CLA involvement at any time of the episode) that was
/// open at any time in the period; the DfE's 903 rules on that table run over the rows (<see cref="Ssda903Checks"/>);
/// and Ofsted's Annex A list 8 missing columns for every child looked after in the period. Scoped to the children the
/// reader oversees. Read in three set-based queries, whatever the number of children.
/// </summary>
public static class GetSsda903Missing
{
    public sealed record Query(ReportCriteria Criteria) : IQuery<Result>, IReportQuery;

    /// <param name="Rows">The Missing table, by child then the start of the episode.</param>
    /// <param name="Failures">Every row that would fail a DfE rule, with the rule.</param>
    /// <param name="AnnexA">Every child looked after in the period, by local ID.</param>
    public sealed record Result(IReadOnlyList<Ssda903MissingRow> Rows, IReadOnlyList<Ssda903Failure> Failures, IReadOnlyList<AnnexAMissing> AnnexA);

    public sealed class Validator : ReportCriteriaValidator<Query>
    {
        public Validator(OversightScope scope)
            : base(scope)
        {
        }
    }

    public sealed class Handler(AppDbContext db, OversightScope scope) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var (from, to) = (query.Criteria.From, query.Criteria.To);
            var (start, end) = query.Criteria.Instants(DeadlineText.UkTime);
            var teams = (await scope.ReachAsync(cancellationToken)).For(query.Criteria.Team);
            var children = db.Children.AsNoTracking();
            if (teams is not null)
            {
                children = children.Where(c => c.AllocatedTeamId != null && teams.Contains(c.AllocatedTeamId.Value));
            }

            // Every CLA involvement begun by the period's end, of the children in scope: their periods of care (577, 578).
            var lookedAfter = db.Involvements.AsNoTracking().Where(i => i.Type == InvolvementType.CLA && i.StartDate <= to);
            var care = (await lookedAfter
                    .Join(children, i => i.ChildId, c => c.Id, (i, c) => new { i.ChildId, i.StartDate, i.EndDate })
                    .ToListAsync(cancellationToken))
                .ToLookup(i => i.ChildId, i => new CarePeriod(i.StartDate, i.EndDate));
            var people = await children
                .Where(c => lookedAfter.Any(i => i.ChildId == c.Id && (i.EndDate == null || i.EndDate >= from)))
                .Select(c => new { c.Id, c.LocalId, c.DateOfBirth })
                .ToListAsync(cancellationToken);

            var episodes = await db.Episodes.AsNoTracking()
                .Where(e => e.MissingFrom < end && (e.FoundAt == null || e.FoundAt >= start))
                .Where(e => children.Any(c => c.Id == e.ChildId) && lookedAfter.Any(i => i.ChildId == e.ChildId))
                .Select(e => new
                {
                    e.Id, e.ChildId, e.Category, e.MissingFrom, e.FoundAt,
                    Rhi = db.ReturnHomeInterviews.Where(r => r.Id == e.ReturnHomeInterviewId)
                        .Select(r => new { r.Status, r.ConcludedAs, Letter = r.ContactAttempts.Any(a => a.Method == ContactPattern.LetterMethod) })
                        .FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);

            var person = people.ToDictionary(p => p.Id);
            var rows = new List<(Ssda903MissingRow Row, EpisodeCategory Category, DateOnly Start, DateOnly? Found, AnnexAMissing.LatestMissing Latest)>();
            foreach (var e in episodes)
            {
                var startOn = LocalDate(e.MissingFrom);
                DateOnly? foundOn = e.FoundAt is { } found ? LocalDate(found) : null;
                // An episode of a child while not in our care is no part of the return; one that meets a period of care is.
                if (!person.TryGetValue(e.ChildId, out var child) || !care[e.ChildId].Any(p => p.Overlaps(startOn, foundOn ?? to)))
                {
                    continue;
                }

                var row = Ssda903MissingRow.Of(child.Id, e.Id, child.LocalId, child.DateOfBirth, e.Category, startOn, foundOn, to);
                rows.Add((row, e.Category, startOn, foundOn, new AnnexAMissing.LatestMissing(
                    foundOn is { } back && back <= to, e.Rhi?.Status, e.Rhi?.ConcludedAs, e.Rhi?.Letter ?? false)));
            }

            rows.Sort((a, b) => string.CompareOrdinal(a.Row.Child, b.Row.Child) is var order and not 0 ? order : a.Start.CompareTo(b.Start));
            var table = rows.Select(r => r.Row).ToList();
            var byChild = rows.ToLookup(r => r.Row.ChildId);
            var annexA = people
                .OrderBy(p => p.LocalId, StringComparer.Ordinal)
                .Select(p =>
                {
                    var own = byChild[p.Id].Where(r => r.Start >= from).ToList();
                    var latest = byChild[p.Id].Where(r => r.Category == EpisodeCategory.Missing).OrderByDescending(r => r.Start).Select(r => r.Latest).FirstOrDefault();
                    var (offered, accepted) = AnnexAMissing.AfterLatest(latest);
                    return new AnnexAMissing(p.Id, p.LocalId, p.DateOfBirth is { } dob ? Ssda903MissingRow.Date(dob) : "",
                        own.Count(r => r.Category == EpisodeCategory.Missing), own.Count(r => r.Category == EpisodeCategory.Absent), offered, accepted);
                })
                .ToList();
            return new Result(table, Ssda903Checks.Run(table, from, to, care), annexA);
        }

        private static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, DeadlineText.UkTime).DateTime);
    }
}
