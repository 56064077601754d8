using System.Globalization;
using FluentValidation;
using MissingChildren.Domain.Children;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>The plausible-date rule (<see cref="PlausibleDates"/>) for validators, worded once for forms and the API.</summary>
public static class DateRules
{
    public const string DateOfBirthLabel = "Date of birth";

    /// <summary>A child's date of birth, when given: not in the future, nor more than 26 years ago.</summary>
    public static void ChildDateOfBirth<T>(this IRuleBuilderInitial<T, DateOnly?> rule, Func<DateOnly> today) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(d => d is null || d <= today()).WithMessage(InputMessages.NotInPast(DateOfBirthLabel))
            .Must(d => d is null || PlausibleDates.IsDateOfBirth(d.Value, today()))
            .WithMessage($"{DateOfBirthLabel} must be no more than {PlausibleDates.OldestAgeYears} years ago");

    /// <summary>When something happened to the child: not in the future, not before 2000 nor before their birth.</summary>
    public static void ChildEventTime<T>(this IRuleBuilderInitial<T, DateTimeOffset?> rule, string label, Func<DateTimeOffset> now, Func<T, DateOnly?> dateOfBirth) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => v is null || v <= now() + PlausibleDates.ClockSkew).WithMessage(InputMessages.NotInPast(label))
            .Must(v => v is null || v.Value.UtcDateTime >= PlausibleDates.EarliestEvent.ToDateTime(TimeOnly.MinValue))
            .WithMessage($"{label} must be on or after {PlausibleDates.EarliestEvent.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}")
            .Must((c, v) => v is null || PlausibleDates.IsEventTime(v.Value, now(), dateOfBirth(c)))
            .WithMessage($"{label} must be on or after the child's date of birth");
}
