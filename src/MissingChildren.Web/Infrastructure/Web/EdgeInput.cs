using FluentValidation.Results;
using MissingChildren.Web.Features.Notifications;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// Reads what a form or the API sent into typed values, once, at the edge: a value that is not real (the 30th of
/// February, a kind that does not exist) becomes a field error under the command's property name, worded for the
/// person who reads it (<see cref="InputMessages"/>). The command carries the errors into validation
/// (<see cref="Mediator.IParsedInput"/>), so they are reported with the rest and the handler never runs.
/// </summary>
public sealed class EdgeInput
{
    private readonly List<ValidationFailure> _errors = [];

    public IReadOnlyList<ValidationFailure> Errors => _errors;

    /// <summary>A GOV.UK date input; empty is null.</summary>
    public DateOnly? Date(DateParts parts, string property, string label)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.IsEmpty ? null : parts.ToDate() ?? Fail<DateOnly>(property, InputMessages.NotARealDate(label));
    }

    /// <summary>A GOV.UK date input with a 24-hour time, in UK local time; empty is null.</summary>
    public DateTimeOffset? Instant(DateTimeParts parts, string property, string label)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.IsEmpty ? null : parts.ToInstant(DeadlineText.UkTime) ?? Fail<DateTimeOffset>(property, InputMessages.NotARealDateTime(label));
    }

    /// <summary>An ISO 8601 date from the API (<c>2010-05-01</c>); absent or empty is null.</summary>
    public DateOnly? Date(string? iso, string property, string label, string example) =>
        string.IsNullOrEmpty(iso) ? null : Instants.ParseDate(iso) ?? Fail<DateOnly>(property, InputMessages.NotARealDate(label, example));

    /// <summary>An ISO 8601 instant with its offset from the API; absent or empty is null.</summary>
    public DateTimeOffset? Instant(string? iso, string property, string label, string example) =>
        string.IsNullOrEmpty(iso) ? null : Instants.ParseInstant(iso) ?? Fail<DateTimeOffset>(property, InputMessages.NotAnInstant(label, example));

    /// <summary>
    /// One of an enum's names, exactly as written: never a number (<c>"0"</c>, <c>"+0"</c>), padded (<c>"Missing "</c>),
    /// another case, or a list of flags; absent or empty is null.
    /// </summary>
    public TEnum? Choice<TEnum>(string? name, string property, string message)
        where TEnum : struct, Enum =>
        string.IsNullOrEmpty(name) ? null
            : Enum.GetNames<TEnum>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<TEnum>(name)
            : Fail<TEnum>(property, message);

    /// <summary>A "Yes" or "No" radio; absent or empty is null.</summary>
    public bool? YesNo(string? answer, string property, string message) => answer switch
    {
        null or "" => null,
        "Yes" => true,
        "No" => false,
        _ => Fail<bool>(property, message),
    };

    private T? Fail<T>(string property, string message)
        where T : struct
    {
        _errors.Add(new ValidationFailure(property, message));
        return null;
    }
}

/// <summary>
/// The one set of messages for input that is not a real value. Forms speak to a social worker or a Front Door
/// officer; the API says the same to a developer, with the format it expects.
/// </summary>
public static class InputMessages
{
    public static string NotARealDate(string label) => $"{label} must be a real date";

    public static string NotARealDateTime(string label) => $"{label} must be a real date and time";

    public static string NotARealDate(string label, string example) => $"{NotARealDate(label)}, like {example}";

    public static string NotAnInstant(string label, string example) => $"{label} must be a date and time with an offset, like {example}";

    public static string NotInPast(string label) => $"{label} must be in the past";

    /// <summary>"Kind must be Missing, Absent or Found".</summary>
    public static string NotOneOf(string label, params string[] names) =>
        names.Length < 2 ? $"{label} must be {string.Concat(names)}" : $"{label} must be {string.Join(", ", names[..^1])} or {names[^1]}";
}
