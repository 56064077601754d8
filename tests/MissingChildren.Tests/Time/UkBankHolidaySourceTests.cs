using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Time;

public sealed class UkBankHolidaySourceTests
{
    private readonly UkBankHolidaySource _source = new();

    [Fact]
    public void For2026_ReturnsEnglandAndWalesBankHolidays_WithBoxingDaySubstitute()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4),
            new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        ];

        Assert.Equal(expected, _source.For(2026).Order());
    }

    [Fact]
    public void For2027_ReturnsEnglandAndWalesBankHolidays_WithChristmasAndBoxingDaySubstitutes()
    {
        DateOnly[] expected =
        [
            new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3),
            new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
        ];

        Assert.Equal(expected, _source.For(2027).Order());
    }

    [Theory]
    [InlineData(2026, 1, 2)]   // Scotland: 2 January
    [InlineData(2026, 3, 17)]  // Northern Ireland: St Patrick's Day
    [InlineData(2026, 7, 13)]  // Northern Ireland: Battle of the Boyne (substitute)
    [InlineData(2026, 8, 3)]   // Scotland: summer bank holiday
    [InlineData(2026, 11, 30)] // Scotland: St Andrew's Day
    public void ScotlandAndNorthernIrelandOnlyDays_AreNotBankHolidays(int year, int month, int day) =>
        Assert.DoesNotContain(new DateOnly(year, month, day), _source.For(year));

    [Fact]
    public void For_CalledConcurrently_ReturnsTheSameCachedSet()
    {
        var results = new IReadOnlySet<DateOnly>[64];
        Parallel.For(0, results.Length, i => results[i] = _source.For(2026));

        Assert.All(results, r => Assert.Same(results[0], r));
    }
}
