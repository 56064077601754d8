using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Policy;

/// <summary>
/// One authority's resolved policy: every number and switch the rules (R1–R45) need.
/// Built from a JSON profile merged over its baseline (see <see cref="PolicyProfileCatalog"/>);
/// a null sub-setting means the profile does not apply that rule.
/// </summary>
public sealed record PolicyProfile
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required string Authority { get; init; }

    public required CoreHours CoreHours { get; init; }

    public required IntakeSettings Intake { get; init; }

    public required OtherAuthoritySettings OtherAuthorities { get; init; }

    public required WhileMissingSettings WhileMissing { get; init; }

    public required ReturnInterviewSettings ReturnInterview { get; init; }

    public required AfterReturnSettings AfterReturn { get; init; }

    public required SafeguardingSettings Safeguarding { get; init; }

    public required OversightSettings Oversight { get; init; }

    /// <summary>The child exploitation risk assessment form (001 Appendix 2).</summary>
    public required SerafDefinition Seraf { get; init; }

    /// <summary>A working-day calendar using this profile's core hours.</summary>
    public WorkingCalendar CreateCalendar(IBankHolidaySource bankHolidays, IEnumerable<DateOnly> localClosureDays) =>
        new(bankHolidays, localClosureDays, CoreHours);

    /// <summary>Every problem found; empty when the profile is usable.</summary>
    public IReadOnlyList<string> Validate() => PolicyProfileValidator.Validate(this);
}
