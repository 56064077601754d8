using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>Whose consent to the interview is needed (R22).</summary>
public enum ConsentGiver
{
    ParentOrCarer,
    Child,

    /// <summary>Assumed: the council is the corporate parent of its looked-after children.</summary>
    Assumed,
}

/// <summary>
/// The rules of the Return Home Interview that are not duties (R20–R23, R28, R30): whose consent, who gets the
/// letter, when an accepted interview is due, when an independent person is asked for, whether a CE screen is needed.
/// Pure: the profile and the calendar, no database and no clock.
/// </summary>
public sealed class ReturnInterviewRules(PolicyProfile profile, WorkingCalendar calendar)
{
    /// <summary>
    /// R22 where the profile sets no consent rule: a parent or carer's consent under 16 and the child's own from 16
    /// (R5, 001 §1.5), not assumed. A policy reading: the protocols without R22 say only "parental consent under 16".
    /// </summary>
    public static readonly ConsentSettings DefaultConsent = new()
    {
        ChildConsentFromAge = 16,
        AssumedForOurLookedAfterChildren = false,
        RefusalFeedsRiskAssessment = true,
    };

    /// <summary>
    /// R20 letters where the profile sets no contact pattern: addressed as 002 §4.6 (under 13 the parent or carer,
    /// 13 and over both, 16 and over living independently the child). A policy reading: the other protocols are silent.
    /// </summary>
    public static readonly ContactAttemptSettings DefaultLetters = new()
    {
        Minimum = 0,
        AtDifferentTimesOfDay = false,
        OneOutsideCoreHours = false,
        UpToWorkingDays = 5,
        ParentOrCarerOnlyUnderAge = 13,
        ChildOnlyWhenLivingIndependentlyFromAge = 16,
    };

    /// <summary>R7 (002 §4.3): a child under the profile's age is directed to Children's Social Care: their social worker offers the RHI.</summary>
    public bool OfferedBySocialWorker(int? age) =>
        profile.Intake.DirectToChildrensSocialCareUnderAge is { } underAge && age < underAge;

    /// <summary>R23: the request for an independent person is made within this many hours where the profile sets none.</summary>
    public const int DefaultIndependentRequestWithinHours = 24;

    public ReturnInterviewSettings Settings => profile.ReturnInterview;

    public WorkingCalendar Calendar => calendar;

    /// <summary>R22: whose consent is needed for a child of this age.</summary>
    public ConsentGiver ConsentFrom(int? age, bool ourLookedAfterChild)
    {
        var consent = profile.ReturnInterview.Consent ?? DefaultConsent;
        if (ourLookedAfterChild && consent.AssumedForOurLookedAfterChildren)
        {
            return ConsentGiver.Assumed;
        }

        // Age unknown: ask a parent or carer, the safer reading.
        return age is { } a && a >= consent.ChildConsentFromAge ? ConsentGiver.Child : ConsentGiver.ParentOrCarer;
    }

    /// <summary>R20 (002 §4.6): who the letter is addressed to.</summary>
    public LetterRecipients LetterRecipientsFor(int? age, bool livingIndependently) =>
        (profile.ReturnInterview.ContactAttempts ?? DefaultLetters).LetterRecipientsFor(age ?? 0, livingIndependently);

    /// <summary>R20: the contact pattern so far.</summary>
    public ContactPattern ContactPattern(IEnumerable<(DateTimeOffset At, string Method)> attempts, DateTimeOffset startedAt) =>
        ReturnInterviews.ContactPattern.Evaluate(attempts, startedAt, profile.ReturnInterview.ContactAttempts, calendar);

    /// <summary>
    /// R21: an accepted RHI is completed within 3 working days of acceptance (Somerset); where the profile sets a
    /// completion in clock hours instead (North Somerset: 72 hours), from when the RHI clock started.
    /// </summary>
    public DateTimeOffset? CompleteDueAt(DateTimeOffset clockStartedAt, DateTimeOffset acceptedAt) =>
        profile.ReturnInterview.CompleteWithinWorkingDays is { } days
            ? calendar.AddWorkingDays(acceptedAt, days)
            : profile.ReturnInterview.CompleteWithinHours is { } hours ? calendar.AddClockHours(clockStartedAt, hours) : null;

    /// <summary>R17: when the RHI's clock started (where the profile starts it, <see cref="Duties.DutyEngine.RhiClock"/>): its offer deadline less the offer hours.</summary>
    public DateTimeOffset ClockStartedAt(ReturnHomeInterview rhi)
    {
        ArgumentNullException.ThrowIfNull(rhi);
        return ClockStartedAt(rhi.OfferDueAt);
    }

    /// <summary>R17: when the clock of an RHI due to be offered by <paramref name="offerDueAt"/> started.</summary>
    public DateTimeOffset ClockStartedAt(DateTimeOffset offerDueAt) => offerDueAt.AddHours(-profile.ReturnInterview.OfferWithinHours);

    /// <summary>R23: whether a child may choose their social worker or an independent person.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One of the profile's RHI rules, asked of the rules like the others.")]
    public bool OffersInterviewerChoice(bool ourLookedAfterChild) => ourLookedAfterChild;

    /// <summary>R23: the request for an independent person is made within 24 hours of the child's choice.</summary>
    public DateTimeOffset IndependentRequestDueAt(DateTimeOffset chosenAt) =>
        calendar.AddClockHours(chosenAt, profile.ReturnInterview.IndependentPerson?.RequestWithinHours ?? DefaultIndependentRequestWithinHours);

    /// <summary>R28: whether the CE screen is part of this RHI (002: every missing child 13 and over).</summary>
    public bool CeScreenRequired(int? age) =>
        profile.AfterReturn.CeAssessment is { } ce && ce.IsRequiredFor(age ?? 0, missing: true);

    /// <summary>R30: the manager's authorisation is due by.</summary>
    public DateTimeOffset AuthorisationDueAt(DateTimeOffset sentAt) => Duties.AuthorisationDuties.DueAt(calendar, sentAt);

    /// <summary>
    /// R27 (002 §4.15): whether the interview's outcome may go to the child's placement or parents. Where the profile says so,
    /// only with the child's consent; the placement is otherwise told to ask the child's social worker (002 §8.1.3).
    /// </summary>
    public bool MayShareOutcomeWithPlacement(bool? childConsents) =>
        !profile.ReturnInterview.ShareOutcomesWithPlacementOnlyWithChildConsent || childConsents == true;
}
