using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.Web.Features.Episodes;

/// <summary>
/// Closes a returned episode the moment the protocol's conditions hold (<see cref="EpisodeClosing"/>: R8 the home
/// authority's form received, R30 an absence that needed no interview, R34 a short absence the manager decided on).
/// Run by the duty scheduler after it raises and cancels duties, so the every-minute sweep closes what an action
/// elsewhere made closable, and the actions that usually close an episode run it at once.
/// </summary>
public static class EpisodeCloser
{
    /// <returns>Whether the episode was closed.</returns>
    public static bool CloseIfDone(DutyEngine engine, MissingEpisode episode, ChildFacts child, EpisodeFacts facts, IEnumerable<DutyTask> duties, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.Status != EpisodeStatus.Returned)
        {
            return false;
        }

        var own = duties.Where(t => t.EpisodeId == episode.Id).DistinctBy(t => t.Id).ToList();
        var shortAbsenceNo = episode.ReturnHomeInterviewId is null
            && own.Any(t => t.RuleId == RuleIds.ShortAbsence && t.Status == DutyStatus.Done);
        var closing = engine.ClosingFacts(child, facts, episode.ReturnHomeInterviewId is not null, own.Count(t => t.IsOpen), shortAbsenceNo);
        return EpisodeClosing.ConditionMet(closing) is { } why && episode.Close(why, now);
    }
}
