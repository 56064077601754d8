namespace MissingChildren.Domain.Episodes;

/// <summary>
/// When something a person records about a child's episode happened (a contact with the child, an attempt to
/// contact them, a letter signed or a notification sent, a meeting, an interview, a duty done): never before the child
/// went missing, never before they were born, and never later than now (with a few minutes' allowance for clocks
/// that differ). A record that breaks this would start or stop clocks (R17–R21) on a day that did not happen.
/// </summary>
public static class RecordedTime
{
    /// <summary>How far ahead of the server's clock a time may be: the minutes a person's watch or form may be ahead.</summary>
    public static readonly TimeSpan Allowance = TimeSpan.FromMinutes(5);

    public static string NotInPast(string label) => $"{label} must be in the past";

    public static string BeforeMissing(string label) => $"{label} must be after the child went missing";

    public static string BeforeBirth(string label) => $"{label} must be after the child was born";

    /// <summary>Why <paramref name="at"/> cannot be when it happened (worded with <paramref name="label"/>), or null when it can.</summary>
    /// <param name="missingFrom">When the episode the record is about began, if it is about one.</param>
    /// <param name="dateOfBirth">The child's date of birth, when known.</param>
    public static string? Refusal(string label, DateTimeOffset at, DateTimeOffset now, DateTimeOffset? missingFrom, DateOnly? dateOfBirth)
    {
        if (at > now + Allowance)
        {
            return NotInPast(label);
        }

        if (missingFrom is { } start && at < start)
        {
            return BeforeMissing(label);
        }

        // Born at any hour of that day, anywhere in the UK's offsets: the day before is certainly too early.
        return dateOfBirth is { } born && at < new DateTimeOffset(born.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-1)
            ? BeforeBirth(label)
            : null;
    }
}
