using MissingChildren.Domain.Duties;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>R17 for one return home interview: has it been offered, and was it offered in time?</summary>
public enum RhiOfferState
{
    /// <summary>Not offered yet, and its offer deadline has not passed.</summary>
    Awaiting,

    /// <summary>Not offered, and its offer deadline has passed.</summary>
    Overdue,

    /// <summary>Offered by its offer deadline.</summary>
    OfferedInTime,

    /// <summary>Offered after its offer deadline.</summary>
    OfferedLate,

    /// <summary>The offer was no longer needed (the duty was cancelled, such as when the home authority does the interview).</summary>
    NotNeeded,
}

/// <summary>
/// R17: whether an RHI was offered, and in time, read from its offer duty (the one duty every way of offering closes:
/// a contact attempt that offers it, the letter, consent or refusal, the interview held) against the RHI's own offer
/// clock, <see cref="ReturnHomeInterview.OfferDueAt"/>, which starts where the protocol starts it.
/// </summary>
public static class RhiOffer
{
    /// <summary>The key of the RHI's offer duty (<see cref="DutyEngine.RhiDutyKey"/>), so its offer is found by key.</summary>
    public static string DutyKey(Guid rhiId) => DutyEngine.RhiDutyKey(rhiId, RuleIds.RhiOffer, TaskType.ReturnHomeInterview, DutyEngine.OfferQualifier);

    /// <summary>
    /// The state of the offer at <paramref name="now"/>: <paramref name="offerDuty"/> is the offer duty's status (null when
    /// it has not been raised), <paramref name="closedAt"/> when it was closed (when the interview was offered).
    /// </summary>
    public static RhiOfferState StateOf(DutyStatus? offerDuty, DateTimeOffset? closedAt, DateTimeOffset offerDueAt, DateTimeOffset now) =>
        offerDuty switch
        {
            DutyStatus.Done when closedAt is { } offered => offered <= offerDueAt ? RhiOfferState.OfferedInTime : RhiOfferState.OfferedLate,
            DutyStatus.Cancelled => RhiOfferState.NotNeeded,
            _ => now > offerDueAt ? RhiOfferState.Overdue : RhiOfferState.Awaiting,
        };
}
