using System.Globalization;

namespace MissingChildren.Domain.Episodes;

/// <summary>Why an episode was closed: the protocol's condition that held (shown wherever the episode is).</summary>
public enum EpisodeClosure
{
    /// <summary>R30 (001 §3.2): the interview took place and a manager authorised it.</summary>
    InterviewAuthorised,

    /// <summary>R24, R30 (001 §2.3, §3.2): the interview was refused and a manager authorised the record.</summary>
    DeclinedAuthorised,

    /// <summary>R20, R24, R30 (002 §4.5–4.7): nobody could be reached after the attempts and the letter; a manager authorised it.</summary>
    NoContactAuthorised,

    /// <summary>R8 (001 §4.1; 003): the home authority does the interview, and its form has been received.</summary>
    HomeAuthorityFormReceived,

    /// <summary>R8 (001 §4.1): the home authority does the interview and no form is asked of it: completed once told.</summary>
    HomeAuthorityDoesInterview,

    /// <summary>R30 (001 §3.2): absent rather than missing: returned, every duty done, no interview needed.</summary>
    AbsentNoInterviewNeeded,

    /// <summary>R34 (004 step 6): a short absence the manager decided needed no interview.</summary>
    ShortAbsenceNoInterviewNeeded,
}

/// <summary>What the closing rules need to know about a returned episode.</summary>
/// <param name="HomeAuthorityDoesInterview">R8: another authority's looked-after child whose home authority does the interview.</param>
/// <param name="HomeAuthorityFormRequested">R8: we ask the home authority for its form (and wait for it).</param>
/// <param name="HasReturnInterview">An RHI of ours covers the episode: it closes when a manager authorises it (R30).</param>
/// <param name="OpenDuties">Duties of the episode still open.</param>
/// <param name="ShortAbsenceDecidedNoInterview">R34: the manager decided the short absence needs no interview.</param>
public sealed record EpisodeClosingFacts(
    EpisodeStatus Status,
    EpisodeCategory Category,
    bool HomeAuthorityDoesInterview,
    bool HomeAuthorityFormRequested,
    DateTimeOffset? RhiFormReceivedAt,
    bool HasReturnInterview,
    int OpenDuties,
    bool ShortAbsenceDecidedNoInterview = false);

/// <summary>
/// When an episode is finalised (R30 001 §3.2: "nothing is finalised until the child is found and the RHI is done,
/// refused, or the absence found unauthorised rather than missing"; R8 001 §4.1 "complete the missing episode"
/// without our RHI). An episode our RHI covers closes when a manager authorises the RHI; one without closes here, once
/// the child has returned and every duty the protocol raised for it is done. Pure: facts in, a condition out.
/// </summary>
public static class EpisodeClosing
{
    /// <summary>The condition under which this returned episode closes now, or null while something is outstanding.</summary>
    public static EpisodeClosure? ConditionMet(EpisodeClosingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status != EpisodeStatus.Returned || facts.HasReturnInterview || facts.OpenDuties > 0)
        {
            return null;
        }

        if (facts.HomeAuthorityDoesInterview)
        {
            return !facts.HomeAuthorityFormRequested ? EpisodeClosure.HomeAuthorityDoesInterview
                : facts.RhiFormReceivedAt is not null ? EpisodeClosure.HomeAuthorityFormReceived
                : null;
        }

        if (facts.Category == EpisodeCategory.Absent)
        {
            return facts.ShortAbsenceDecidedNoInterview ? EpisodeClosure.ShortAbsenceNoInterviewNeeded : EpisodeClosure.AbsentNoInterviewNeeded;
        }

        return null;
    }

    /// <summary>What still stands between the episode and its closing, in the words shown on the episode page.</summary>
    public static IReadOnlyList<string> Outstanding(EpisodeClosingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var outstanding = new List<string>();
        if (facts.Status == EpisodeStatus.Open)
        {
            outstanding.Add("The child has not been found");
        }

        if (facts.Status == EpisodeStatus.Closed)
        {
            return outstanding;
        }

        if (facts.HasReturnInterview)
        {
            outstanding.Add("A manager authorises the return home interview once it is done, declined or recorded as no contact (R30)");
        }
        else if (facts.HomeAuthorityDoesInterview && facts.HomeAuthorityFormRequested && facts.RhiFormReceivedAt is null)
        {
            outstanding.Add("The home authority's return home interview form has not been received (R8)");
        }

        if (facts.OpenDuties > 0)
        {
            outstanding.Add(facts.OpenDuties == 1
                ? "1 duty of this episode is still open"
                : string.Create(CultureInfo.InvariantCulture, $"{facts.OpenDuties} duties of this episode are still open"));
        }

        return outstanding;
    }

    /// <summary>The condition as shown: "Closed: home authority's form received".</summary>
    public static string Describe(EpisodeClosure closure) => closure switch
    {
        EpisodeClosure.InterviewAuthorised => "return home interview held and authorised",
        EpisodeClosure.DeclinedAuthorised => "interview declined, authorised by a manager",
        EpisodeClosure.NoContactAuthorised => "no contact after the attempts and the letter, authorised by a manager",
        EpisodeClosure.HomeAuthorityFormReceived => "home authority's form received",
        EpisodeClosure.HomeAuthorityDoesInterview => "home authority told; it does the return home interview",
        EpisodeClosure.AbsentNoInterviewNeeded => "absent, not missing: returned and no return home interview needed",
        EpisodeClosure.ShortAbsenceNoInterviewNeeded => "short absence: the manager decided no return home interview was needed",
        _ => closure.ToString(),
    };

    /// <summary>R30: the condition an authorised RHI closes its episode under, from how the interview ended.</summary>
    public static EpisodeClosure ForAuthorisedInterview(ReturnInterviews.RhiStatus? concludedAs) => concludedAs switch
    {
        ReturnInterviews.RhiStatus.Declined => EpisodeClosure.DeclinedAuthorised,
        ReturnInterviews.RhiStatus.NoContact => EpisodeClosure.NoContactAuthorised,
        _ => EpisodeClosure.InterviewAuthorised,
    };
}
