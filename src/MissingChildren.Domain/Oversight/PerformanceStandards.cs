using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Oversight;

/// <summary>How one return's interview stands against one standard (R37).</summary>
public enum StandardResult
{
    /// <summary>Done by its deadline (the deadline itself included).</summary>
    Met,

    /// <summary>Done after its deadline, or not done and the deadline has passed.</summary>
    Missed,

    /// <summary>Not done yet, and its deadline is still to come: counted once it is done or the deadline passes.</summary>
    NotYetDue,

    /// <summary>The standard does not apply: not the profile's standard, or (completion) the interview was not accepted.</summary>
    NotMeasured,
}

/// <summary>
/// One return home interview as the standards read it: the RHI's own clocks (<see cref="ReturnHomeInterview.OfferDueAt"/>,
/// <see cref="ReturnHomeInterview.CompleteDueAt"/>) and what happened.
/// </summary>
/// <param name="ClockStartedAt">When the R17 clock started (<see cref="ReturnInterviewRules.ClockStartedAt(DateTimeOffset)"/>): the return is counted in its month.</param>
/// <param name="OfferedAt">When the interview was first offered (<see cref="PerformanceStandards.FirstOffer"/>); null while not offered.</param>
/// <param name="Refused">The child (or parent, under the consent age) refused the interview (R22, R24).</param>
public sealed record InterviewFacts(
    Guid RhiId,
    Guid ChildId,
    DateTimeOffset ClockStartedAt,
    DateTimeOffset OfferDueAt,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? CompleteDueAt,
    DateTimeOffset? InterviewedAt,
    bool Refused);

/// <summary>One eligible return, assessed: the month (UK time) its clock started in, and each standard's result.</summary>
public sealed record InterviewAssessment(InterviewFacts Facts, DateOnly Month, StandardResult Offer, StandardResult Completion)
{
    /// <summary>Offered: an offer is recorded, or the interview was refused (which it can only be once offered).</summary>
    public bool Offered => Facts.OfferedAt is not null || Facts.Refused;

    /// <summary>Accepted and not refused after: the returns the completion standard counts.</summary>
    public bool Accepted => Facts.AcceptedAt is not null && !Facts.Refused;
}

/// <summary>A count out of a whole, as a percentage, against a target (a minimum, or with <paramref name="Maximum"/> a ceiling).</summary>
/// <param name="Target">The profile's target percentage; null when the profile sets none.</param>
public sealed record Measure(int Count, int OutOf, int? Target, bool Maximum = false)
{
    /// <summary>The percentage to one decimal place; null when there is nothing to count.</summary>
    public decimal? Percent => OutOf == 0 ? null : Math.Round(100m * Count / OutOf, 1, MidpointRounding.AwayFromZero);

    /// <summary>Whether the target is met; null with no target or nothing to count.</summary>
    public bool? TargetMet => Target is not { } target || Percent is not { } percent ? null : Maximum ? percent <= target : percent >= target;
}

/// <summary>One month's figures (R37).</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Eligible">Returns whose interview clock started in the month.</param>
/// <param name="OfferedInTime">Offered by the R17 deadline, out of those offered or past the deadline.</param>
/// <param name="AwaitingOffer">Not offered yet, the deadline still to come.</param>
/// <param name="CompletedInTime">Accepted interviews held in time, out of those held or past the deadline; null when not the profile's standard.</param>
/// <param name="AwaitingCompletion">Accepted, not held yet, the deadline still to come.</param>
/// <param name="Refused">Refused, out of those offered; null when not the profile's standard.</param>
public sealed record MonthPerformance(
    DateOnly Month, int Eligible, Measure OfferedInTime, int AwaitingOffer, Measure? CompletedInTime, int AwaitingCompletion, Measure? Refused);

/// <summary>
/// R37 (002 §3): the performance standards of the return home interviews. Eligible: every return for which this council
/// owes the R17 offer: each current RHI (a corrected version counts once), except for another authority's child whose
/// home authority does the interview (R8). Offered within the profile's hours of the RHI's clock (100%); accepted
/// interviews held within the profile's working days of acceptance (R21: 100%); no more than 10% of those offered
/// refusing. Deadlines are the RHI's own, worked out by the duty engine's calendar when the RHI was asked for and
/// accepted. Targets are the profile's (<see cref="PerformanceStandardSettings"/>): a profile without R37 is measured
/// on R17's offer only. Pure: no database, no clock.
/// </summary>
public sealed class PerformanceStandards(PolicyProfile profile, WorkingCalendar calendar)
{
    public PerformanceStandardSettings Targets => profile.ReturnInterview.PerformanceStandards;

    /// <summary>R17: the offer hours.</summary>
    public int OfferWithinHours => profile.ReturnInterview.OfferWithinHours;

    /// <summary>R21: the working days an accepted interview is held in; null when the profile has none.</summary>
    public int? CompleteWithinWorkingDays => profile.ReturnInterview.CompleteWithinWorkingDays;

    /// <summary>002 §3.3: completion in working days is the profile's standard.</summary>
    public bool MeasuresCompletion => Targets.CompletedInTimePercent is not null && CompleteWithinWorkingDays is not null;

    /// <summary>002 §3.4: the refusal rate is the profile's standard.</summary>
    public bool MeasuresRefusals => Targets.MaximumRefusedPercent is not null;

    /// <summary>R17: when the clock of an RHI due to be offered by <paramref name="offerDueAt"/> started.</summary>
    public DateTimeOffset ClockStartedAt(DateTimeOffset offerDueAt) => new ReturnInterviewRules(profile, calendar).ClockStartedAt(offerDueAt);

    /// <summary>
    /// Whether an RHI is one the council must offer: the current version (not one a correction replaced), and not for
    /// another authority's child whose home authority does the interview (R8).
    /// </summary>
    public bool IsEligible(bool superseded, bool otherAuthorityChild) =>
        !superseded && !(otherAuthorityChild && profile.OtherAuthorities.PlacedHere.RhiByHomeAuthority);

    /// <summary>
    /// R17: when the interview was first offered: the first contact attempt at which it was offered (or offered and
    /// declined), the letter offering it (R20), the consent or refusal recorded (R22), or the interview held; null while
    /// none of these has happened.
    /// </summary>
    public static DateTimeOffset? FirstOffer(
        IEnumerable<(DateTimeOffset At, string Method, string Outcome)> attempts, IEnumerable<DateTimeOffset> consents, DateTimeOffset? interviewedAt)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(consents);
        IEnumerable<DateTimeOffset> offers =
        [
            .. attempts.Where(a => a.Method == ContactPattern.LetterMethod || a.Outcome is ContactPattern.OfferedOutcome or ContactPattern.DeclinedOutcome)
                .Select(a => a.At),
            .. consents,
            .. interviewedAt is { } held ? [held] : Array.Empty<DateTimeOffset>(),
        ];
        return offers.Select(o => (DateTimeOffset?)o).Min();
    }

    /// <summary>How one return stands at <paramref name="now"/>.</summary>
    public InterviewAssessment Assess(InterviewFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var started = calendar.LocalDate(facts.ClockStartedAt);
        var offer = Result(facts.OfferedAt, facts.OfferDueAt, now);
        var completion = !MeasuresCompletion || facts.AcceptedAt is null || facts.Refused || facts.CompleteDueAt is not { } due
            ? StandardResult.NotMeasured
            : Result(facts.InterviewedAt, due, now);
        return new InterviewAssessment(facts, new DateOnly(started.Year, started.Month, 1), offer, completion);
    }

    /// <summary>The figures of every month from <paramref name="first"/> to <paramref name="last"/> (each the month it falls in), in order.</summary>
    public IReadOnlyList<MonthPerformance> ByMonth(IEnumerable<InterviewAssessment> assessments, DateOnly first, DateOnly last)
    {
        var byMonth = assessments.ToLookup(a => a.Month);
        var months = new List<MonthPerformance>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            months.Add(Summarise(month, byMonth[month]));
        }

        return months;
    }

    /// <summary>The figures of a set of returns (a month's, or a whole period's).</summary>
    public MonthPerformance Summarise(DateOnly month, IEnumerable<InterviewAssessment> assessments)
    {
        var all = assessments.ToList();
        var offerDecided = all.Count(a => a.Offer is StandardResult.Met or StandardResult.Missed);
        var completionDecided = all.Count(a => a.Completion is StandardResult.Met or StandardResult.Missed);
        return new MonthPerformance(
            month,
            all.Count,
            new Measure(all.Count(a => a.Offer == StandardResult.Met), offerDecided, Targets.OfferedInTimePercent),
            all.Count(a => a.Offer == StandardResult.NotYetDue),
            MeasuresCompletion ? new Measure(all.Count(a => a.Completion == StandardResult.Met), completionDecided, Targets.CompletedInTimePercent) : null,
            all.Count(a => a.Completion == StandardResult.NotYetDue),
            MeasuresRefusals ? new Measure(all.Count(a => a.Facts.Refused), all.Count(a => a.Offered), Targets.MaximumRefusedPercent, Maximum: true) : null);
    }

    private static StandardResult Result(DateTimeOffset? doneAt, DateTimeOffset dueAt, DateTimeOffset now) => doneAt switch
    {
        { } done when done <= dueAt => StandardResult.Met,
        not null => StandardResult.Missed,
        null when now > dueAt => StandardResult.Missed,
        _ => StandardResult.NotYetDue,
    };
}
