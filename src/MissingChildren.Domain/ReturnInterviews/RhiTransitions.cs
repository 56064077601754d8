using MissingChildren.Domain.Duties;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>
/// The RHI refused a step its state does not allow (allocating a concluded interview, recording an interview before
/// consent …). The message is the one the user sees; <see cref="Property"/> names the entity property it is about,
/// when it is about one field rather than the whole step.
/// </summary>
public sealed class RhiTransitionRefusedException(string message, string? property = null) : Exception(message)
{
    public string? Property { get; } = property;
}

/// <summary>
/// A duty an RHI step fulfils or makes unnecessary. The step says which; the application closes the matching open
/// duties (<see cref="DutyTask.Complete"/>, <see cref="DutyTask.Cancel"/>) in one place.
/// </summary>
public sealed record RhiDutyClosure
{
    /// <summary>The duty types closed; empty for any type of <see cref="RuleId"/>.</summary>
    public IReadOnlyList<TaskType> Types { get; private init; } = [];

    /// <summary>Only the duties this rule raised; null for any rule.</summary>
    public string? RuleId { get; private init; }

    /// <summary>Only the one duty with this key.</summary>
    public string? Key { get; private init; }

    /// <summary>The duties of the episodes the RHI covers too, not only those raised on the RHI itself.</summary>
    public bool IncludingEpisodes { get; private init; }

    /// <summary>No longer needed (cancelled) rather than done.</summary>
    public bool Cancelled { get; private init; }

    public required string Reason { get; init; }

    /// <summary>The open duties of this type (and rule) on the RHI or the episodes it covers are done.</summary>
    public static RhiDutyClosure Done(TaskType type, string reason, string? ruleId = null) =>
        new() { Types = [type], RuleId = ruleId, IncludingEpisodes = true, Reason = reason };

    /// <summary>The open duty with this key (<see cref="DutyEngine.RhiDutyKey"/>) is done.</summary>
    public static RhiDutyClosure DoneByKey(string key, string reason) => new() { Key = key, Reason = reason };

    /// <summary>The open duties this rule raised on the RHI are no longer needed.</summary>
    public static RhiDutyClosure CancelRule(string ruleId, string reason) => new() { RuleId = ruleId, Cancelled = true, Reason = reason };
}

/// <summary>What the interview record holds (the fields of the interview form, already checked for shape).</summary>
public sealed record InterviewRecord(
    DateTimeOffset InterviewedAt,
    string Location,
    string PeoplePresent,
    string ChildAccount,
    string? ParentsCarersViews,
    string RisksIdentified,
    bool ConsentToShare,
    bool? InterpreterNeeded,
    string? InterpreterLanguage);

/// <summary>Values named where the RHI's properties of the same name as their types hide the types.</summary>
internal static class RhiValues
{
    public const InterviewerChoice IndependentPerson = InterviewerChoice.IndependentPerson;

    public const CeScreenOutcome ConcernsFound = CeScreenOutcome.ConcernsFullAssessmentNeeded;
}
