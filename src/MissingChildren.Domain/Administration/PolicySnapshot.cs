using System.Text.Json.Nodes;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Administration;

/// <summary>What a policy is built from: configuration, and what administrators stored.</summary>
/// <param name="Revision">The last <see cref="PolicyRevision"/> read (0 when there is none); null when the database was not read.</param>
/// <param name="ConfiguredProfile"><c>Policy__Profile</c>.</param>
/// <param name="Choice">The profile an administrator chose last, if any.</param>
/// <param name="Overrides">Every stored override, of every profile.</param>
/// <param name="ConfiguredClosureDays"><c>Policy__ClosureDays</c>.</param>
/// <param name="ClosureDays">The closure days administrators added.</param>
public sealed record PolicySources(
    long? Revision,
    string ConfiguredProfile,
    PolicyChoice? Choice,
    IReadOnlyList<PolicyOverride> Overrides,
    IBankHolidaySource BankHolidays,
    IReadOnlyCollection<DateOnly> ConfiguredClosureDays,
    IReadOnlyCollection<DateOnly> ClosureDays);

/// <summary>An administrator's override that the profile no longer accepts (a release renamed the setting, or it breaks a rule).</summary>
public sealed record OverrideNotApplied(Guid Id, string Path, IReadOnlyList<string> Problems);

/// <summary>
/// The policy in force: the chosen profile with its overrides laid over it by path, bound and validated as the files
/// are, its working-day calendar (bank holidays, configured and stored closure days, the profile's core hours), and the
/// duty engine and return interview rules built on them. Immutable: a change builds a new snapshot.
/// </summary>
public sealed class PolicySnapshot
{
    private PolicySnapshot(long? revision, PolicyProfile profile, WorkingCalendar calendar, PolicyChoice? choice, IReadOnlyList<OverrideNotApplied> notApplied)
    {
        Revision = revision;
        Profile = profile;
        Calendar = calendar;
        Choice = choice;
        NotApplied = notApplied;
        Engine = new DutyEngine(profile, calendar);
        Rules = new ReturnInterviewRules(profile, calendar);
    }

    /// <summary>The last revision this snapshot was built from; null when built from configuration alone.</summary>
    public long? Revision { get; }

    public PolicyProfile Profile { get; }

    public WorkingCalendar Calendar { get; }

    public DutyEngine Engine { get; }

    public ReturnInterviewRules Rules { get; }

    /// <summary>The administrator's choice of profile in force; null when the profile is the configured one.</summary>
    public PolicyChoice? Choice { get; }

    /// <summary>The active profile's overrides that could not be applied: each was skipped.</summary>
    public IReadOnlyList<OverrideNotApplied> NotApplied { get; }

    /// <summary>
    /// The chosen profile (or the configured one) with its overrides laid over it in the order they were made, and the
    /// calendar. Each override is bound and validated on top of the ones before it, so one that no longer fits is
    /// skipped (and listed in <see cref="NotApplied"/>), never the rest.
    /// </summary>
    public static PolicySnapshot Build(PolicySources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var choice = sources.Choice is { } c && PolicyProfileCatalog.Names.Contains(c.Profile, StringComparer.Ordinal) ? c : null;
        var name = choice?.Profile ?? sources.ConfiguredProfile;
        var (profile, _, notApplied) = Overlay(name, sources.Overrides);
        var calendar = profile.CreateCalendar(sources.BankHolidays, sources.ConfiguredClosureDays.Concat(sources.ClosureDays));
        return new PolicySnapshot(sources.Revision, profile, calendar, choice, notApplied);
    }

    /// <summary>Profile <paramref name="name"/> with those of <paramref name="overrides"/> that belong to it and still apply, and its JSON.</summary>
    public static (PolicyProfile Profile, JsonObject Json, IReadOnlyList<OverrideNotApplied> NotApplied) Overlay(string name, IEnumerable<PolicyOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var own = overrides
            .Where(o => string.Equals(o.Profile, name, StringComparison.Ordinal))
            .OrderBy(o => o.ChangedAt)
            .ThenBy(o => o.Path, StringComparer.Ordinal)
            .ToList();
        var json = PolicyProfileCatalog.LoadResolvedJson(name);
        var profile = PolicyProfileCatalog.Load(name);
        var notApplied = new List<OverrideNotApplied>();
        foreach (var o in own)
        {
            try
            {
                var candidate = PolicyPaths.Apply(json, o.Path, PolicyPaths.ParseValue(o.ValueJson, o.Path));
                profile = PolicyProfileJson.Bind(candidate, name);
                json = candidate;
            }
            catch (PolicyProfileException ex)
            {
                notApplied.Add(new OverrideNotApplied(o.Id, o.Path, ex.Problems));
            }
        }

        return (profile, json, notApplied);
    }

}
