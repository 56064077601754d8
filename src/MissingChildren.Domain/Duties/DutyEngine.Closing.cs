using MissingChildren.Domain.Episodes;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine's last word on a returned episode: whether the protocol's conditions for closing it hold.</summary>
public sealed partial class DutyEngine
{
    /// <summary>
    /// R8, R30, R34: the facts the closing rules (<see cref="EpisodeClosing"/>) read, with what this profile says about
    /// another authority's child: whether their home authority does the interview, and whether we wait for its form.
    /// </summary>
    public EpisodeClosingFacts ClosingFacts(ChildFacts child, EpisodeFacts episode, bool hasReturnInterview, int openDuties, bool shortAbsenceDecidedNoInterview)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(episode);
        var placedHere = profile.OtherAuthorities.PlacedHere;
        var homeAuthority = child.IsOtherAuthorityLookedAfter && placedHere.RhiByHomeAuthority && episode.IsMissing;
        return new EpisodeClosingFacts(
            episode.Status, episode.Category, homeAuthority, homeAuthority && placedHere.RequestRhiFormFromHomeAuthority, episode.RhiFormReceivedAt,
            hasReturnInterview, openDuties, shortAbsenceDecidedNoInterview);
    }
}
