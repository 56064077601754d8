using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.Domain.Returns;

/// <summary>
/// The missing columns of Ofsted's Annex A list 8 (children in care) for one looked-after child: the episodes they were
/// missing, and absent (away from placement without authorisation), that began in the period; whether a return home
/// interview was offered after their latest missing episode, and whether they accepted it. The council joins these to
/// the rest of list 8 (placements, reviews) from its case management system by <see cref="Child"/>.
/// </summary>
/// <param name="Child">The child's local ID (list 8 "Child Unique ID").</param>
/// <param name="Dob">Date of birth, dd/MM/yyyy; empty when not known.</param>
/// <param name="RhiOffered">"Yes", "No", or null when it does not arise (no missing episode, or missing still).</param>
/// <param name="RhiAccepted">"Yes", "No", or null when it does not arise (not offered, or no answer yet).</param>
public sealed record AnnexAMissing(Guid ChildId, string Child, string Dob, int MissingEpisodes, int AbsentEpisodes, string? RhiOffered, string? RhiAccepted)
{
    public const string Yes = "Yes";

    public const string No = "No";

    /// <summary>The child's latest missing episode of the period, as far as Annex A asks about it.</summary>
    /// <param name="Returned">Whether the child had come back by the end of the period.</param>
    /// <param name="Rhi">The status of the return home interview for the episode; null when none was asked for.</param>
    /// <param name="ConcludedAs">How the interview ended, while it is with the manager or authorised (R30).</param>
    /// <param name="LetterSent">Whether the R20 letter offering the interview was sent.</param>
    public sealed record LatestMissing(bool Returned, RhiStatus? Rhi, RhiStatus? ConcludedAs, bool LetterSent);

    /// <summary>
    /// R17 as Annex A asks it. Offered: the interview reached the offer (offered, accepted, held, declined), or it ended
    /// with no contact after the letter that offers it (R20). Accepted: it was accepted or held (Yes), or declined, or
    /// offered and never answered because no contact was made (No). Neither question arises while the child is still
    /// missing; acceptance does not arise before an offer or while the answer is awaited.
    /// </summary>
    public static (string? Offered, string? Accepted) AfterLatest(LatestMissing? latest)
    {
        if (latest is not { Returned: true })
        {
            return (null, null);
        }

        var outcome = latest.Rhi is RhiStatus.AwaitingAuthorisation or RhiStatus.Authorised ? latest.ConcludedAs ?? latest.Rhi : latest.Rhi;
        return outcome switch
        {
            null or RhiStatus.Requested or RhiStatus.Allocated => (No, null),
            RhiStatus.Offered => (Yes, null),
            RhiStatus.Accepted or RhiStatus.Completed or RhiStatus.AwaitingAuthorisation or RhiStatus.Authorised => (Yes, Yes),
            RhiStatus.Declined => (Yes, No),
            RhiStatus.NoContact => latest.LetterSent ? (Yes, No) : (No, null),
            _ => (null, null),
        };
    }
}
