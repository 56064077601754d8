using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Children;

/// <summary>A child known to the service. Personal details are never written to logs.</summary>
public sealed class Child : Entity
{
    /// <summary>The person id in the council's case management system (api.md <c>localId</c>).</summary>
    public required string LocalId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Gender { get; set; }

    public string? Address { get; set; }

    /// <summary>Unaccompanied asylum-seeking child (R43).</summary>
    public bool IsUnaccompaniedAsylumSeeker { get; set; }

    public Guid? AllocatedTeamId { get; set; }

    public string? AllocatedWorkerId { get; set; }

    /// <summary>
    /// The allocated worker's e-mail as the case management system gave it, in lower case. Kept when no user has that address yet:
    /// the worker's duties go to their team's manager until an administrator creates the user, who then inherits them.
    /// </summary>
    public string? AllocatedWorkerEmail { get; set; }

    public List<Involvement> Involvements { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>What the child is open to now: the types of their involvements without an end date.</summary>
    public IReadOnlySet<InvolvementType> OpenInvolvementTypes => Involvements.Where(i => i.IsOpen).Select(i => i.Type).ToHashSet();

    /// <summary>Our looked-after child (R2, R10, R22, R31): see <see cref="IsOurLookedAfter"/>.</summary>
    public bool IsOurLookedAfterChild => IsOurLookedAfter(OpenInvolvementTypes);

    /// <summary>
    /// Whether a child open to these involvements is looked after by this authority (an open CLA involvement). A child
    /// another authority looks after and places here (R8) is not ours, unless we look after them too.
    /// </summary>
    public static bool IsOurLookedAfter(IReadOnlySet<InvolvementType> openInvolvements)
    {
        ArgumentNullException.ThrowIfNull(openInvolvements);
        return openInvolvements.Contains(InvolvementType.CLA);
    }

    /// <summary>
    /// The child's age today, where today is the date in UK local time (Europe/London) at <paramref name="now"/>, read
    /// from the injected clock: just after midnight in summer it is already the next day in London while still the
    /// previous day in UTC.
    /// </summary>
    public int? AgeToday(DateTimeOffset now, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return AgeOn(calendar.LocalDate(now));
    }

    /// <summary>
    /// The child's age in whole years on a given date. Someone born on 29 February has their birthday on
    /// 1 March in other years, as English law reckons it.
    /// </summary>
    public int? AgeOn(DateOnly date)
    {
        if (DateOfBirth is not { } dob)
        {
            return null;
        }

        var age = date.Year - dob.Year;
        var birthdayThisYear = dob is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(date.Year)
            ? new DateOnly(date.Year, 3, 1)
            : new DateOnly(date.Year, dob.Month, dob.Day);
        if (date < birthdayThisYear)
        {
            age--;
        }

        return age;
    }
}
