namespace MissingChildren.Domain.Policy;

/// <summary>While the child is missing (R10–R15).</summary>
public sealed record WhileMissingSettings
{
    /// <summary>R10, R11: who is told at once.</summary>
    public required MissingAlertSettings Alerts { get; init; }

    /// <summary>R12: strategy meeting (or case review meeting); null when no time-based trigger applies.</summary>
    public StrategyMeetingSettings? StrategyMeeting { get; init; }

    /// <summary>R13: Need-to-Know; null when not applied.</summary>
    public NeedToKnowSettings? NeedToKnow { get; init; }

    /// <summary>R14: Director briefing; null when not applied.</summary>
    public DirectorBriefingSettings? DirectorBriefing { get; init; }

    /// <summary>R15: long absence review points; empty when not applied.</summary>
    public required IReadOnlyList<LongMissingReview> LongMissingReviews { get; init; }
}

/// <summary>R10, R11: alerts when a child goes missing (or absent).</summary>
public sealed record MissingAlertSettings
{
    /// <summary>R10 (004 step 1): our looked-after child missing or absent: Head of Service at once.</summary>
    public required bool HeadOfServiceAlertForLookedAfterAtOnce { get; init; }

    /// <summary>R10 (002 §5.2.5): the IRO is made aware.</summary>
    public required bool IroNotificationForLookedAfter { get; init; }

    /// <summary>R11 (002 §5.1.8): the CP coordinator is informed.</summary>
    public required bool CpCoordinatorNotification { get; init; }
}

/// <summary>R12: a strategy meeting (Rutland: "case review meeting") while the child is missing.</summary>
public sealed record StrategyMeetingSettings
{
    /// <summary>What the protocol calls it.</summary>
    public required string MeetingName { get; init; }

    public required ChildGroup AppliesTo { get; init; }

    /// <summary>Triggered once the child has been missing this many hours.</summary>
    public required int TriggerAfterMissingHours { get; init; }

    /// <summary>Held (or called) within this many hours of the trigger; 0 = at the trigger.</summary>
    public required int HoldWithinHours { get; init; }

    /// <summary>Repeated at least every this many hours until found; null = at the chair's judgement.</summary>
    public int? RepeatEveryHours { get; init; }

    public required bool NotifyHeadOfService { get; init; }

    /// <summary>The IRO or CP chair is invited (003).</summary>
    public required bool InviteIroOrCpChair { get; init; }

    /// <summary>When the first meeting is due: missing-from + trigger + hold (clock hours).</summary>
    public DateTimeOffset FirstDueAt(DateTimeOffset missingFrom) =>
        missingFrom.ToUniversalTime().AddHours(TriggerAfterMissingHours + HoldWithinHours);
}

/// <summary>R13: the Need-to-Know process (003).</summary>
public sealed record NeedToKnowSettings
{
    /// <summary>Started once the child has been missing this many hours.</summary>
    public required int AfterMissingHours { get; init; }

    /// <summary>Whose oversight it brings in ("Group Manager and Head of Service").</summary>
    public required IReadOnlyList<PolicyRole> SeniorOversight { get; init; }

    /// <summary>For a CLA or CP child the SW informs the IRO or CP chair within this many hours.</summary>
    public required int IroOrCpChairInformedWithinHours { get; init; }

    public required ChildGroup IroOrCpChairAppliesTo { get; init; }

    /// <summary>The IRO and senior leaders are also told of the return (003 "In all cases...").</summary>
    public required bool OnReturnForLookedAfter { get; init; }
}

/// <summary>R14: the Director is briefed when a child is missing beyond a number of hours (004 step 5).</summary>
public sealed record DirectorBriefingSettings
{
    public required int BeyondMissingHours { get; init; }

    /// <summary>The senior manager who gives the briefing.</summary>
    public required PolicyRole BriefedBy { get; init; }
}

/// <summary>R15: one review point from 003's "When to review" table.</summary>
public sealed record LongMissingReview
{
    /// <summary>Stable identifier of the review point.</summary>
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required ChildGroup AppliesTo { get; init; }

    /// <summary>First due this long after the child went missing.</summary>
    public required CalendarPeriod FirstAfter { get; init; }

    /// <summary>Then repeated at this interval; null = once.</summary>
    public CalendarPeriod? RepeatEvery { get; init; }

    /// <summary>Repeats stop after this long missing (inclusive); null = while missing.</summary>
    public CalendarPeriod? Until { get; init; }

    public required PolicyRole Chair { get; init; }

    public required IReadOnlyList<PolicyRole> Attendees { get; init; }

    /// <summary>What the review does, in the protocol's words.</summary>
    public required string Action { get; init; }

    /// <summary>The due times of this review for a child missing since <paramref name="missingFrom"/>.</summary>
    /// <param name="missingFrom">When the child went missing.</param>
    /// <param name="horizon">Stop listing open-ended repeats after this instant.</param>
    public IEnumerable<DateTimeOffset> DueTimes(DateTimeOffset missingFrom, DateTimeOffset horizon)
    {
        var first = FirstAfter.AddTo(missingFrom);
        var last = Until?.AddTo(missingFrom) ?? horizon;
        if (first > last)
        {
            yield break;
        }

        yield return first;
        if (RepeatEvery is null || RepeatEvery.IsZero)
        {
            yield break;
        }

        // Each repeat is counted from the first, so month lengths do not drift.
        for (var n = 1; ; n++)
        {
            var next = first.AddMonths(RepeatEvery.Months * n).AddDays(RepeatEvery.Days * n);
            if (next > last || next > horizon)
            {
                yield break;
            }

            yield return next;
        }
    }
}
