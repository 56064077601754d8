using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>The part of the day an attempt was made in (local time), for "at different times of day" (R20).</summary>
public enum TimeOfDay
{
    Morning,
    Afternoon,
    Evening,
}

/// <summary>
/// R20 (002 §4.5): at least 3 attempts to contact the child and family, at different times of day, one outside core
/// hours, continuing for up to 5 working days; then a letter. Letters are not attempts for the pattern.
/// </summary>
public sealed record ContactPattern(
    int Attempts,
    int Required,
    IReadOnlySet<TimeOfDay> TimesOfDay,
    bool OutsideCoreHours,
    DateTimeOffset? ContinueUntil,
    IReadOnlyList<string> Missing,
    int Letters = 0,
    bool LetterRequired = false)
{
    /// <summary>R20 (002 §4.6): a letter offering the interview has been sent.</summary>
    public bool LetterSent => Letters > 0;

    /// <summary>R24 (003): every try to reach the child and family, by phone (or visit) and by letter.</summary>
    public int AttemptsAndLetters => Attempts + Letters;

    /// <summary>Attempts by letter are the letter that follows the attempts, not an attempt.</summary>
    public const string LetterMethod = "Letter";

    /// <summary>An attempt's outcome: they were reached and offered the interview (R17's offer).</summary>
    public const string OfferedOutcome = "InterviewOffered";

    /// <summary>An attempt's outcome: they were reached, offered the interview and declined it (R24).</summary>
    public const string DeclinedOutcome = "Declined";

    /// <summary>The morning ends at noon and the evening starts at 17:00 (UK local time). A policy reading of "different times".</summary>
    public static readonly TimeOnly AfternoonStarts = new(12, 0);

    public static readonly TimeOnly EveningStarts = new(17, 0);

    /// <summary>Whether the pattern the profile asks for is met. True when the profile sets no pattern.</summary>
    public bool IsMet => Missing.Count == 0;

    /// <summary>
    /// R20 (002 §4.5–4.7): why "no contact" may not be recorded yet, naming what is missing: the attempts, then the
    /// letter offering the interview (where the profile asks for attempts, the letter follows them); null when it may.
    /// </summary>
    public string? NoContactRefusal =>
        (IsMet, LetterSent || !LetterRequired) switch
        {
            (true, true) => null,
            (true, false) => "Before recording no contact, send the letter offering the interview",
            (false, true) => $"Before recording no contact, make {string.Join(", ", Missing)}",
            (false, false) => $"Before recording no contact, make {string.Join(", ", Missing)}, then send the letter offering the interview",
        };

    public static TimeOfDay TimeOfDayOf(DateTimeOffset instant, WorkingCalendar calendar)
    {
        var local = TimeOnly.FromDateTime(calendar.ToLocal(instant).DateTime);
        return local < AfternoonStarts ? TimeOfDay.Morning : local < EveningStarts ? TimeOfDay.Afternoon : TimeOfDay.Evening;
    }

    /// <summary>
    /// R20: evaluates the attempts made so far against the profile's settings. Attempts after the window
    /// (<paramref name="startedAt"/> plus the working days) do not count.
    /// </summary>
    public static ContactPattern Evaluate(
        IEnumerable<(DateTimeOffset At, string Method)> attempts, DateTimeOffset startedAt, ContactAttemptSettings? settings, WorkingCalendar calendar)
    {
        var until = settings is null ? (DateTimeOffset?)null : calendar.AddWorkingDays(startedAt, settings.UpToWorkingDays);
        var all = attempts.ToList();
        var counted = all
            .Where(a => !string.Equals(a.Method, LetterMethod, StringComparison.Ordinal))
            .Where(a => until is null || a.At <= until)
            .Select(a => a.At)
            .ToList();
        var times = counted.Select(a => TimeOfDayOf(a, calendar)).ToHashSet();
        var outside = counted.Any(a => !calendar.IsInCoreHours(a));

        var missing = new List<string>();
        if (settings is not null)
        {
            if (counted.Count < settings.Minimum)
            {
                var more = settings.Minimum - counted.Count;
                missing.Add(more == 1 ? "1 more attempt" : $"{more} more attempts");
            }

            var distinctWanted = Math.Min(settings.Minimum, Enum.GetValues<TimeOfDay>().Length);
            if (settings.AtDifferentTimesOfDay && times.Count < distinctWanted)
            {
                missing.Add("attempts at different times of day (morning, afternoon and evening)");
            }

            if (settings.OneOutsideCoreHours && !outside)
            {
                missing.Add("an attempt outside core hours");
            }
        }

        var letters = all.Count(a => string.Equals(a.Method, LetterMethod, StringComparison.Ordinal));
        return new ContactPattern(counted.Count, settings?.Minimum ?? 0, times, outside, until, missing, letters, LetterRequired: settings is not null);
    }
}
