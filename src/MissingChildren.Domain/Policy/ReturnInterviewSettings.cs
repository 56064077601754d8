namespace MissingChildren.Domain.Policy;

/// <summary>The Return Home Interview (R6, R17, R19–R27, R34).</summary>
public sealed record ReturnInterviewSettings
{
    /// <summary>The service that does RHIs (R3), for display.</summary>
    public required string ProviderName { get; init; }

    /// <summary>R17: offered within this many clock hours of <see cref="ClockStartsAt"/>.</summary>
    public required int OfferWithinHours { get; init; }

    public required RhiClockStart ClockStartsAt { get; init; }

    /// <summary>Completed (the interview held) within this many clock hours of <see cref="ClockStartsAt"/>; null when not set.</summary>
    public int? CompleteWithinHours { get; init; }

    /// <summary>R19: allocated to a worker within this many core hours; null when not applied.</summary>
    public int? AllocateWithinCoreHours { get; init; }

    /// <summary>R21: an accepted RHI is completed within this many working days of acceptance; null when not applied.</summary>
    public int? CompleteWithinWorkingDays { get; init; }

    /// <summary>R21: the record is written up within this many hours of the interview; null when not applied.</summary>
    public int? WriteUpWithinHours { get; init; }

    /// <summary>R20: contact attempts and letters; null when not applied.</summary>
    public ContactAttemptSettings? ContactAttempts { get; init; }

    /// <summary>R24 (003): closed as declined after this many unsuccessful attempts by phone and letter; null when not set.</summary>
    public int? CloseAsDeclinedAfterUnsuccessfulAttempts { get; init; }

    /// <summary>R26: several open episodes: each finalised, one RHI covers them all.</summary>
    public required bool OneRhiCoversOpenEpisodes { get; init; }

    /// <summary>R22: consent; null when the profile sets no consent rule.</summary>
    public ConsentSettings? Consent { get; init; }

    /// <summary>R23: a child in care's choice of interviewer; null when not applied.</summary>
    public IndependentPersonSettings? IndependentPerson { get; init; }

    /// <summary>Front Door follows up an RHI form not received this many hours after tasking (001 §2.13); null when not applied.</summary>
    public int? FormFollowUpAfterHours { get; init; }

    /// <summary>R6: out-of-hours (Emergency Duty Team) handling; null when not applied.</summary>
    public OutOfHoursSettings? OutOfHours { get; init; }

    /// <summary>R25: parents/carers are spoken with in every case.</summary>
    public required bool ParentsSpokenWithInEveryCase { get; init; }

    /// <summary>R27 (002 §4.15): outcomes go to the placement or parent only with the child's consent.</summary>
    public required bool ShareOutcomesWithPlacementOnlyWithChildConsent { get; init; }

    /// <summary>R34: RHIs for repeated short absences on a manager's request; null when not applied.</summary>
    public RepeatShortAbsenceSettings? RepeatShortAbsences { get; init; }

    /// <summary>R37 (002 §3): the targets the interviews are measured against.</summary>
    public required PerformanceStandardSettings PerformanceStandards { get; init; }
}

/// <summary>
/// R37 (002 §3): the performance standards of the return home interviews, as percentages. A null target is not the
/// profile's standard: the measure is not reported against it.
/// </summary>
public sealed record PerformanceStandardSettings
{
    /// <summary>R17, 002 §3.2: the share of eligible children offered an interview in time (R17's hours).</summary>
    public required int OfferedInTimePercent { get; init; }

    /// <summary>002 §3.3: the share of accepted interviews held in time (R21's working days); null when not the profile's standard.</summary>
    public int? CompletedInTimePercent { get; init; }

    /// <summary>002 §3.4: the most children refusing the interview, as a share of those offered one; null when not the profile's standard.</summary>
    public int? MaximumRefusedPercent { get; init; }
}

/// <summary>R20 (002 §4.5–4.6): attempts to contact the child and family, then a letter.</summary>
public sealed record ContactAttemptSettings
{
    public required int Minimum { get; init; }

    public required bool AtDifferentTimesOfDay { get; init; }

    /// <summary>At least one attempt is made outside core hours.</summary>
    public required bool OneOutsideCoreHours { get; init; }

    /// <summary>Attempts continue for up to this many working days.</summary>
    public required int UpToWorkingDays { get; init; }

    /// <summary>A child under this age: the letter goes to the parent/carer only.</summary>
    public required int ParentOrCarerOnlyUnderAge { get; init; }

    /// <summary>A child of this age or over living independently: the letter goes to the child only.</summary>
    public required int ChildOnlyWhenLivingIndependentlyFromAge { get; init; }

    /// <summary>Who the no-contact letter goes to.</summary>
    public LetterRecipients LetterRecipientsFor(int age, bool livingIndependently)
    {
        if (age < ParentOrCarerOnlyUnderAge)
        {
            return LetterRecipients.ParentOrCarer;
        }

        return livingIndependently && age >= ChildOnlyWhenLivingIndependentlyFromAge
            ? LetterRecipients.Child
            : LetterRecipients.ParentOrCarer | LetterRecipients.Child;
    }
}

/// <summary>R22 (001 §2.1, §2.4): consent to the RHI.</summary>
public sealed record ConsentSettings
{
    /// <summary>The child's own consent from this age; a parent's or carer's under it.</summary>
    public required int ChildConsentFromAge { get; init; }

    /// <summary>Consent is assumed for our own looked-after children (we are the corporate parent).</summary>
    public required bool AssumedForOurLookedAfterChildren { get; init; }

    /// <summary>A refusal's reasons are recorded and feed the risk assessment.</summary>
    public required bool RefusalFeedsRiskAssessment { get; init; }
}

/// <summary>R23 (001 §2.6, §2.9, §2.10): a child in care asks for an independent interviewer.</summary>
public sealed record IndependentPersonSettings
{
    /// <summary>The request to the independent organisation is made within this many hours.</summary>
    public required int RequestWithinHours { get; init; }

    /// <summary>No response from the independent service after this many hours: follow up.</summary>
    public required int FollowUpAfterHours { get; init; }

    /// <summary>Nothing this many working days after the planned interview date: tell the team manager.</summary>
    public required int TellManagerAfterWorkingDays { get; init; }
}

/// <summary>R6 (001 §1.6): what the Emergency Duty Team does with a return notified out of hours.</summary>
public sealed record OutOfHoursSettings
{
    /// <summary>From this many hours until the next working day, ask the child who should do the RHI (16).</summary>
    public required int AskChildWhoDoesRhiWhenNextWorkingDayHoursFrom { get; init; }

    /// <summary>From this many hours, the EDT worker offers and conducts the RHI (48).</summary>
    public required int EdtConductsRhiWhenHoursFrom { get; init; }

    /// <summary>When the EDT worker conducts the RHI they also complete the CE risk assessment.</summary>
    public required bool EdtCompletesCeAssessment { get; init; }

    /// <summary>
    /// The action for a return notified out of hours, given the time until the next working day
    /// (<see cref="Time.WorkingCalendar.UntilNextWorkingDay"/>).
    /// </summary>
    public OutOfHoursAction ActionFor(TimeSpan untilNextWorkingDay)
    {
        if (untilNextWorkingDay >= TimeSpan.FromHours(EdtConductsRhiWhenHoursFrom))
        {
            return OutOfHoursAction.EdtConductsRhi;
        }

        return untilNextWorkingDay >= TimeSpan.FromHours(AskChildWhoDoesRhiWhenNextWorkingDayHoursFrom)
            ? OutOfHoursAction.AskChildWhoDoesRhi
            : OutOfHoursAction.None;
    }
}

/// <summary>R34 (004 step 6): short repeated absences may need an RHI when a manager asks.</summary>
public sealed record RepeatShortAbsenceSettings
{
    /// <summary>Episodes shorter than this many hours.</summary>
    public required int UnderHours { get; init; }

    public required IReadOnlyList<ChildGroup> AppliesTo { get; init; }

    public required bool OnManagerRequest { get; init; }
}
