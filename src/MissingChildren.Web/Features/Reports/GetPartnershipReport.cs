using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Oversight;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// R38 (000; 001 §4.4): the quarterly partnership report for the children of the teams the reader oversees: the
/// episodes that began in the period (missing and absent), the children, repeat missing children (the duty engine's
/// count, <see cref="RepeatMissing"/>), by involvement, age band and gender, the return home interviews offered, accepted
/// and refused (R37's returns), exploitation concerns found at the CE screen (R28), and the trend over the four quarters
/// ending with the period's last day.
/// </summary>
public static class GetPartnershipReport
{
    public sealed record Query(ReportCriteria Criteria) : IQuery<Result>, IReportQuery;

    public sealed class Validator : ReportCriteriaValidator<Query>
    {
        public Validator(OversightScope scope)
            : base(scope)
        {
        }
    }

    /// <summary>One child who went missing or was absent in the period.</summary>
    public sealed record ChildRow(Guid ChildId, string Name, int Episodes, int Missing, int Absent, bool Repeat, string Involvement, string AgeBand, string Gender);

    /// <summary>A period's counts.</summary>
    public sealed record Counts(int Episodes, int Children, int Missing, int Absent, int RepeatChildren, int Offered, int Accepted, int Refused, int ExploitationConcerns);

    /// <summary>One quarter of the trend.</summary>
    public sealed record Quarter(DateOnly First, DateOnly Last, Counts Counts)
    {
        public string Name => $"{PerformanceTables.ShortMonthName(First)} to {PerformanceTables.ShortMonthName(Last)}";
    }

    public sealed record Result(Counts Period, IReadOnlyList<ChildRow> Children, IReadOnlyList<Quarter> Trend);

    /// <summary>The age bands children are counted in, by their age when the episode began.</summary>
    public static string AgeBand(int? age) => age switch
    {
        null => "Date of birth not recorded",
        < 10 => "Under 10",
        < 13 => "10 to 12",
        < 16 => "13 to 15",
        _ => "16 and over",
    };

    /// <summary>The first day of the quarter (January, April, July, October) <paramref name="day"/> is in.</summary>
    public static DateOnly QuarterOf(DateOnly day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);

    public sealed class Handler(AppDbContext db, OversightScope scope, PolicyProfile profile, WorkingCalendar calendar, TimeProvider clock)
        : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var criteria = query.Criteria;
            var teams = (await scope.ReachAsync(cancellationToken)).For(criteria.Team);
            var period = await CountAsync(teams, criteria.From, criteria.To, cancellationToken);
            var trend = new List<Quarter>();
            var last = QuarterOf(criteria.To);
            for (var q = last.AddMonths(-9); q <= last; q = q.AddMonths(3))
            {
                var end = q.AddMonths(3).AddDays(-1);
                trend.Add(new Quarter(q, end, (await CountAsync(teams, q, end, cancellationToken)).Counts));
            }

            return new Result(period.Counts, period.Children, trend);
        }

        private async Task<(Counts Counts, IReadOnlyList<ChildRow> Children)> CountAsync(IReadOnlyList<Guid>? teams, DateOnly from, DateOnly to, CancellationToken cancellationToken)
        {
            var (start, end) = new ReportCriteria(from, to).Instants(DeadlineText.UkTime);
            var children = teams is null ? db.Children : db.Children.Where(c => c.AllocatedTeamId != null && teams.Contains(c.AllocatedTeamId.Value));
            var episodes = await db.Episodes.AsNoTracking()
                .Where(e => e.MissingFrom >= start && e.MissingFrom < end)
                .Join(children, e => e.ChildId, c => c.Id, (e, c) => new
                {
                    e.ChildId, c.FirstName, c.LastName, c.DateOfBirth, c.Gender, e.Category, e.MissingFrom, e.EpisodesInLast90Days,
                    Involvements = c.Involvements.Where(i => i.EndDate == null).Select(i => i.Type).ToList(),
                })
                .ToListAsync(cancellationToken);
            var rows = episodes.GroupBy(e => e.ChildId).Select(g =>
            {
                var first = g.OrderBy(e => e.MissingFrom).First();
                var age = new Child { LocalId = "", FirstName = "", LastName = "", DateOfBirth = first.DateOfBirth }.AgeOn(calendar.LocalDate(first.MissingFrom));
                return new ChildRow(g.Key, $"{first.FirstName} {first.LastName}", g.Count(), g.Count(e => e.Category == EpisodeCategory.Missing),
                    g.Count(e => e.Category == EpisodeCategory.Absent), g.Any(e => e.EpisodesInLast90Days >= RepeatMissing.EpisodeCount),
                    first.Involvements.Count == 0 ? "Not open to services" : string.Join(", ", first.Involvements.Order().Select(i => Words.Of(i))),
                    AgeBand(age), string.IsNullOrWhiteSpace(first.Gender) ? "Not recorded" : first.Gender.Trim());
            }).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();

            var returns = await PerformanceReturns.ReadAsync(db, new PerformanceStandards(profile, calendar), teams, start, end, clock.GetUtcNow(), cancellationToken);
            var concerns = await db.ReturnHomeInterviews.AsNoTracking()
                .Where(r => r.SupersededById == null && r.CeScreenOutcome == CeScreenOutcome.ConcernsFullAssessmentNeeded && r.CeScreenCompletedAt >= start && r.CeScreenCompletedAt < end)
                .Join(children, r => r.ChildId, c => c.Id, (r, _) => r.Id)
                .CountAsync(cancellationToken);
            var counts = new Counts(
                episodes.Count, rows.Count, episodes.Count(e => e.Category == EpisodeCategory.Missing), episodes.Count(e => e.Category == EpisodeCategory.Absent),
                rows.Count(r => r.Repeat), returns.Count(r => r.Assessment.Offered), returns.Count(r => r.Assessment.Facts.AcceptedAt is not null),
                returns.Count(r => r.Assessment.Facts.Refused), concerns);
            return (counts, rows);
        }
    }
}
