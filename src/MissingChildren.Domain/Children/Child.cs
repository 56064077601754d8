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

    public List<Involvement> Involvements { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";

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
