using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.ReturnInterviews;

public sealed class ContactPatternTests
{
    private static readonly PolicyProfile Somerset = PolicyProfileCatalog.Load("Somerset");

    private static readonly WorkingCalendar Calendar = Somerset.CreateCalendar(new UkBankHolidaySource(), []);

    private static readonly ContactAttemptSettings Settings = Somerset.ReturnInterview.ContactAttempts!;

    // Monday 23 November 2026 (GMT).
    private static DateTimeOffset Utc(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Started = Utc(23, 8);

    private static ContactPattern Evaluate(params (DateTimeOffset At, string Method)[] attempts) =>
        ContactPattern.Evaluate(attempts, Started, Settings, Calendar);

    [Fact]
    public void R20_ThreeAttempts_MorningAfternoonAndEvening_OneOutsideCoreHours_IsMet()
    {
        var pattern = Evaluate((Utc(23, 10), "Phone"), (Utc(23, 14), "Phone"), (Utc(23, 18), "HomeVisit"));

        Assert.True(pattern.IsMet);
        Assert.Equal(3, pattern.Attempts);
        Assert.True(pattern.OutsideCoreHours);
    }

    [Fact]
    public void R20_TwoAttempts_IsNotMet_AndSaysOneMore()
    {
        var pattern = Evaluate((Utc(23, 10), "Phone"), (Utc(23, 18), "Phone"));

        Assert.False(pattern.IsMet);
        Assert.Contains("1 more attempt", pattern.Missing);
    }

    [Fact]
    public void R20_ThreeAttemptsAllInCoreHours_IsNotMet()
    {
        var pattern = Evaluate((Utc(23, 10), "Phone"), (Utc(23, 14), "Phone"), (Utc(24, 11), "Phone"));

        Assert.False(pattern.IsMet);
        Assert.Contains("an attempt outside core hours", pattern.Missing);
    }

    [Fact]
    public void R20_ThreeAttemptsAtTheSameTimeOfDay_IsNotMet()
    {
        var pattern = Evaluate((Utc(23, 18), "Phone"), (Utc(24, 18), "Phone"), (Utc(25, 19), "Phone"));

        Assert.False(pattern.IsMet);
        Assert.Contains(pattern.Missing, m => m.Contains("different times of day", StringComparison.Ordinal));
    }

    [Fact]
    public void R20_LettersAndAttemptsAfterFiveWorkingDays_DoNotCount()
    {
        // Five working days from Monday 23 November: until the end of Monday 30 November.
        var pattern = Evaluate((Utc(23, 10), "Phone"), (Utc(23, 14), ContactPattern.LetterMethod), (Utc(30, 18), "Phone"));

        Assert.Equal(1, pattern.Attempts);
        Assert.Equal(Utc(30, 17), pattern.ContinueUntil);
    }

    [Fact]
    public void R20_NoContact_AfterTheAttemptsButBeforeTheLetter_IsRefusedNamingTheLetter()
    {
        var pattern = Evaluate((Utc(23, 10), "Phone"), (Utc(23, 14), "Phone"), (Utc(23, 18), "HomeVisit"));

        Assert.True(pattern.IsMet);
        Assert.False(pattern.LetterSent);
        Assert.Equal("Before recording no contact, send the letter offering the interview", pattern.NoContactRefusal);
    }

    [Fact]
    public void R20_NoContact_WithNeitherTheAttemptsNorTheLetter_NamesBoth()
    {
        var pattern = Evaluate((Utc(23, 10), "Phone"), (Utc(23, 18), "Phone"));

        Assert.Equal(
            "Before recording no contact, make 1 more attempt, attempts at different times of day (morning, afternoon and evening), then send the letter offering the interview",
            pattern.NoContactRefusal);
    }

    [Fact]
    public void R20_NoContact_AfterTheAttemptsAndTheLetter_IsAllowed()
    {
        var pattern = Evaluate((Utc(23, 10), "Phone"), (Utc(23, 14), "Phone"), (Utc(23, 18), "HomeVisit"), (Utc(30, 18), ContactPattern.LetterMethod));

        Assert.True(pattern.LetterSent);
        Assert.Null(pattern.NoContactRefusal);
    }

    [Fact]
    public void R20_WhereTheProfileSetsNoPattern_NoLetterIsAskedFor() =>
        Assert.Null(ContactPattern.Evaluate([], Started, null, Calendar).NoContactRefusal);

    [Fact]
    public void R20_WhereTheProfileSetsNoPattern_IsMet() =>
        Assert.True(ContactPattern.Evaluate([], Started, null, Calendar).IsMet);

    [Theory]
    [InlineData(11, TimeOfDay.Morning)]
    [InlineData(12, TimeOfDay.Afternoon)]
    [InlineData(16, TimeOfDay.Afternoon)]
    [InlineData(17, TimeOfDay.Evening)]
    public void R20_TimeOfDay_UsesUkLocalTime(int hour, TimeOfDay expected) =>
        Assert.Equal(expected, ContactPattern.TimeOfDayOf(Utc(23, hour), Calendar));
}
