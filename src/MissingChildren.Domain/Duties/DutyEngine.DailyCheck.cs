using System.Globalization;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine's R16: the team manager's daily check of a missing child's record.</summary>
public sealed partial class DutyEngine
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// R16 (001 §5.1): "as long as a child or young person is known to be missing in their team, the team manager must check
    /// the record daily for accuracy", and gives their Head of Service a daily update built on it (§5.2). One check for each
    /// day (UK time) the child is known to be missing, from the day the council was told: raised at the start of the day
    /// (the first when the council was told) and due by the end of it, midnight, so every day the child is missing has its
    /// check and the Head of Service's update the next morning rests on records checked the day before. A child reported
    /// after core hours is first checked the next day: the team manager is not at work to check a record opened at night
    /// (out of hours is the Emergency Duty Team's). Raised only while the child is missing: the day's check not yet due when
    /// the child is found ends with the episode (<see cref="EndsWhenFound"/>); days already missed stay, overdue.
    /// </summary>
    private void DailyRecordChecks(Action<DutyRequirement> add, EpisodeFacts episode, DateTimeOffset end)
    {
        if (profile.Oversight.DailyRecordCheck is not { } check)
        {
            return;
        }

        var known = episode.NotifiedAt;
        var firstDay = calendar.LocalDate(known);
        if (known >= calendar.CoreHoursEnd(firstDay))
        {
            firstDay = firstDay.AddDays(1);
        }

        for (var n = 1; ; n++)
        {
            var day = firstDay.AddDays(n - 1);
            var dayStart = calendar.StartOfDay(day);
            var raise = dayStart < known ? known : dayStart;
            if (raise > end)
            {
                break;
            }

            var due = calendar.StartOfDay(day.AddDays(1));
            var title = $"Check the missing child's record for {day.ToString("dddd d MMMM yyyy", English)} (daily check)";
            var anchor = new ClockAnchor(raise, n == 1 ? "the council being told the child is missing" : "the start of the day, while the child is still missing");
            add(Episode(episode, TaskType.DailyCheck, RuleIds.DailyOversight, title, raise, due, check.CheckedBy, TeamKind.AllocatedTeam, n,
                explanation: _explain.Between(RuleIds.DailyOversight, anchor, due,
                    "001 §5.1: the team manager checks the record of every missing child daily, by the end of each day the child is missing.")));
        }
    }
}
