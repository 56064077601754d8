namespace MissingChildren.Web.Domain.Children;

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

    /// <summary>The child's age in whole years on a given date.</summary>
    public int? AgeOn(DateOnly date)
    {
        if (DateOfBirth is not { } dob)
        {
            return null;
        }

        var age = date.Year - dob.Year;
        if (date < dob.AddYears(age))
        {
            age--;
        }

        return age;
    }
}
