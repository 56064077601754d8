using System.Globalization;
using System.Text;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Duties;

/// <summary>Where a deadline's clock started, and why: the child's return, the found report received, the referral.</summary>
public sealed record ClockAnchor(DateTimeOffset At, string Why);

/// <summary>
/// How a deadline was worked out, in words a worker or an inspector can check against a calendar without reading code:
/// the rule and the profile, the instant its clock started and why, and the arithmetic (clock hours, which run through
/// nights, weekends and bank holidays and across a change of the clocks; working days, which skip weekends and bank
/// holidays by name). Kept with the duty (<see cref="DutyTask.DueExplanation"/>) and shown beside its due time.
/// </summary>
public sealed class DeadlineExplanation(string profileName, WorkingCalendar calendar)
{
    private const int MostDaysNamed = 12;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Within N hours": real elapsed time from the anchor.</summary>
    public string ClockHours(string rule, ClockAnchor anchor, double hours, DateTimeOffset due, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var text = new StringBuilder(Opening(rule, anchor));
        text.Append(CultureInfo.InvariantCulture, $" {Hours(hours)} clock hours later (nights, weekends and bank holidays count) is {Local(due)}.");
        text.Append(ClockChange(anchor.At, due));
        return Append(text, note);
    }

    /// <summary>"Within N working days": the end of core hours on the Nth working day after the anchor's day.</summary>
    public string WorkingDays(string rule, ClockAnchor anchor, int days, DateTimeOffset due, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var text = new StringBuilder(Opening(rule, anchor));
        var unit = days == 1 ? "working day" : "working days";
        text.Append(CultureInfo.InvariantCulture, $" {days} {unit}, not counting that day{Skipped(anchor.At, due)}: the end of core hours on {Local(due)}.");
        return Append(text, note);
    }

    /// <summary>"The same working day": the end of core hours that day, or on the next working day.</summary>
    public string SameWorkingDay(string rule, ClockAnchor anchor, DateTimeOffset due, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var text = new StringBuilder(Opening(rule, anchor));
        text.Append(CultureInfo.InvariantCulture, $" Due by the end of core hours that working day{Skipped(anchor.At, due)}: {Local(due)}.");
        return Append(text, note);
    }

    /// <summary>Any other deadline: from the anchor to the due time, in clock hours, naming the days that are not working days.</summary>
    public string Between(string rule, ClockAnchor anchor, DateTimeOffset due, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var text = new StringBuilder(Opening(rule, anchor));
        text.Append(CultureInfo.InvariantCulture, $" It is due {Local(due)}, {Hours((due - anchor.At).TotalHours)} clock hours later{Skipped(anchor.At, due)}.");
        text.Append(ClockChange(anchor.At, due));
        return Append(text, note);
    }

    /// <summary>
    /// A duty raised while the child was thought missing that the found report shows was never due: the child was found
    /// before the time its rule applies.
    /// </summary>
    public string NeverDue(DateTimeOffset missingFrom, DateTimeOffset found, DateTimeOffset ruleAppliesAt) =>
        $"Never due: the found report shows the child was found {Local(found)}, {Hours((found - missingFrom).TotalHours)} hours after they were last seen, "
        + $"before this duty's rule applied ({Local(ruleAppliesAt)})";

    /// <summary>UK local time with its zone: "Mon 30 Mar 2026 10:00 BST".</summary>
    public string Local(DateTimeOffset instant)
    {
        var local = calendar.ToLocal(instant);
        return $"{local.ToString("ddd d MMM yyyy HH:mm", English)} {Zone(local)}";
    }

    private static string Zone(DateTimeOffset local) => local.Offset == TimeSpan.Zero ? "GMT" : "BST";

    private static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Append(StringBuilder text, string? note) => (note is null ? text : text.Append(' ').Append(note)).ToString();

    private string Opening(string rule, ClockAnchor anchor) => $"{rule}, {profileName} profile. The clock started {Local(anchor.At)}: {anchor.Why}.";

    /// <summary>British Summer Time beginning or ending between the two instants.</summary>
    private string ClockChange(DateTimeOffset from, DateTimeOffset to)
    {
        var before = calendar.ToLocal(from).Offset;
        var after = calendar.ToLocal(to).Offset;
        return before == after
            ? ""
            : after > before
                ? " British Summer Time began in between (the clocks went forward an hour), so the local time reads an hour later."
                : " British Summer Time ended in between (the clocks went back an hour), so the local time reads an hour earlier.";
    }

    /// <summary>"; skipping Sat 4 Apr and Sun 5 Apr (weekend) and Mon 6 Apr (Easter Monday, bank holiday)", or "".</summary>
    private string Skipped(DateTimeOffset from, DateTimeOffset to)
    {
        var days = new List<string>();
        var last = calendar.LocalDate(to);
        var count = 0;
        for (var day = calendar.LocalDate(from).AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (calendar.WhyNotWorking(day) is { } why)
            {
                count++;
                if (days.Count < MostDaysNamed)
                {
                    days.Add($"{day.ToString("ddd d MMM", English)} ({why})");
                }
            }
        }

        if (count == 0)
        {
            return "";
        }

        var more = count > days.Count ? $" and {count - days.Count} more" : "";
        return $"; skipping {string.Join(", ", days)}{more}";
    }
}
