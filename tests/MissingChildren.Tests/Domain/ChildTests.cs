using MissingChildren.Domain.Children;

namespace MissingChildren.Tests.Domain;

public sealed class ChildTests
{
    private static Child Born(int year, int month, int day) =>
        new() { LocalId = "P1", FirstName = "A", LastName = "B", DateOfBirth = new DateOnly(year, month, day) };

    [Theory]
    [InlineData("2026-05-01", 16)]
    [InlineData("2026-04-30", 15)]
    [InlineData("2027-04-30", 16)]
    public void AgeOn_CountsWholeYearsFromTheBirthday(string on, int expected) =>
        Assert.Equal(expected, Born(2010, 5, 1).AgeOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AgeOn_BornOnTheTwentyNinthOfFebruary_HasABirthdayOnTheFirstOfMarchInOtherYears()
    {
        var child = Born(2012, 2, 29);

        Assert.Equal(13, child.AgeOn(new DateOnly(2026, 2, 28)));
        Assert.Equal(14, child.AgeOn(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void AgeOn_WithoutADateOfBirth_IsUnknown() =>
        Assert.Null(new Child { LocalId = "P1", FirstName = "A", LastName = "B" }.AgeOn(new DateOnly(2026, 1, 1)));
}
