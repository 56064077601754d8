using MissingChildren.Domain.Returns;

namespace MissingChildren.Tests.Domain.Returns;

/// <summary>Each DfE 903 rule on the Missing table, with a row that passes and one that fails, as the DfE's validator reads them.</summary>
public sealed class Ssda903ChecksTests
{
    private static readonly DateOnly YearStart = new(2025, 4, 1);

    private static readonly DateOnly YearEnd = new(2026, 3, 31);

    private static Ssda903MissingRow Row(string missing = "M", string start = "10/06/2025", string end = "12/06/2025", string dob = "17/04/2011", string child = "C1") =>
        new(Guid.NewGuid(), Guid.NewGuid(), child, dob, missing, start, end);

    private static IReadOnlyList<CarePeriod> Care(string start, string? end = null) =>
        [new CarePeriod(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void Rule564_MissingWithoutAStartDate_Fails()
    {
        Assert.False(Ssda903Checks.Fails564(Row("A", start: "03/02/2026")));
        Assert.True(Ssda903Checks.Fails564(Row("M", start: "")));
        Assert.True(Ssda903Checks.Fails564(Row("a", start: " ")));
        Assert.False(Ssda903Checks.Fails564(Row("", start: "")));
    }

    [Fact]
    public void Rule565_AStartDateWithoutMissingOrAbsent_Fails()
    {
        Assert.False(Ssda903Checks.Fails565(Row("M")));
        Assert.True(Ssda903Checks.Fails565(Row("", start: "10/06/2025", end: "")));
    }

    [Fact]
    public void Rule566_AnEndDateWithoutMissingOrAbsent_Fails()
    {
        Assert.False(Ssda903Checks.Fails566(Row("A")));
        Assert.False(Ssda903Checks.Fails566(Row("", end: "")));
        Assert.True(Ssda903Checks.Fails566(Row("", end: "12/06/2025")));
    }

    [Fact]
    public void Rule567_AnEndBeforeTheStart_Fails_TheSameDayPasses()
    {
        Assert.False(Ssda903Checks.Fails567(Row(start: "10/06/2025", end: "10/06/2025")));
        Assert.False(Ssda903Checks.Fails567(Row(start: "10/06/2025", end: "")));
        Assert.True(Ssda903Checks.Fails567(Row(start: "10/06/2025", end: "09/06/2025")));
    }

    [Fact]
    public void Rule571_AnEndOutsideTheCollectionYear_Fails()
    {
        Assert.False(Ssda903Checks.Fails571(Row(end: "31/03/2026"), YearStart, YearEnd));
        Assert.False(Ssda903Checks.Fails571(Row(start: "20/03/2025", end: "01/04/2025"), YearStart, YearEnd));
        Assert.True(Ssda903Checks.Fails571(Row(end: "01/04/2026"), YearStart, YearEnd));
        Assert.True(Ssda903Checks.Fails571(Row(start: "20/03/2025", end: "31/03/2025"), YearStart, YearEnd));
    }

    [Fact]
    public void Rule574_AStartWhileThePreviousIsOpenOrBeforeItEnded_Fails()
    {
        Ssda903MissingRow[] rows =
        [
            Row(child: "111", start: "01/06/2025", end: "05/06/2025"),
            Row(child: "111", start: "04/06/2025", end: ""),
            Row(child: "222", start: "03/06/2025", end: "04/06/2025"),
            Row(child: "222", start: "04/06/2025", end: ""),
            Row(child: "222", start: "07/06/2025", end: "09/06/2025"),
            Row(child: "333", start: "02/06/2025", end: "04/06/2025"),
            Row(child: "333", start: "05/06/2025", end: "09/06/2025"),
        ];

        var failing = Ssda903Checks.Fails574(rows).ToList();

        Assert.Equal([rows[1], rows[4]], failing);
    }

    [Fact]
    public void Rule577_NoEndAfterCareCeased_Fails_NoEndWhileStillInCarePasses()
    {
        Assert.False(Ssda903Checks.Fails577(Row(start: "10/06/2025", end: ""), Care("2024-01-10")));
        Assert.False(Ssda903Checks.Fails577(Row(start: "10/06/2025", end: "12/06/2025"), Care("2024-01-10", "2025-09-01")));
        Assert.True(Ssda903Checks.Fails577(Row(start: "10/06/2025", end: ""), Care("2024-01-10", "2025-09-01")));
        Assert.True(Ssda903Checks.Fails577(Row(start: "10/06/2025", end: "12/09/2025"), Care("2024-01-10", "2025-09-01")));
    }

    [Fact]
    public void Rule578_AStartOutsideEveryPeriodOfCare_Fails()
    {
        Assert.False(Ssda903Checks.Fails578(Row(start: "10/06/2025"), Care("2025-06-10")));
        Assert.True(Ssda903Checks.Fails578(Row(start: "09/06/2025"), Care("2025-06-10")));
        Assert.True(Ssda903Checks.Fails578(Row(start: "02/09/2025", end: ""), Care("2024-01-10", "2025-09-01")));
        Assert.False(Ssda903Checks.Fails578(Row(start: "02/09/2025"), []));
    }

    [Fact]
    public void Rule586_AStartOnOrBeforeTheDateOfBirth_Fails()
    {
        Assert.False(Ssda903Checks.Fails586(Row(start: "18/04/2011", dob: "17/04/2011")));
        Assert.True(Ssda903Checks.Fails586(Row(start: "17/04/2011", dob: "17/04/2011")));
        Assert.True(Ssda903Checks.Fails586(Row(start: "10/06/2025", dob: "17/04/2026")));
    }

    [Fact]
    public void Rule1004_ABlankOrInvalidStartDate_Fails()
    {
        Assert.False(Ssda903Checks.Fails1004(Row(start: "29/02/2024")));
        Assert.True(Ssda903Checks.Fails1004(Row(start: "")));
        Assert.True(Ssda903Checks.Fails1004(Row(start: "2025-06-10")));
        Assert.True(Ssda903Checks.Fails1004(Row(start: "29/02/2025")));
    }

    [Fact]
    public void Rule1005_AnInvalidEndDate_Fails_ABlankEndPasses()
    {
        Assert.False(Ssda903Checks.Fails1005(Row(end: "")));
        Assert.False(Ssda903Checks.Fails1005(Row(end: "12/06/2025")));
        Assert.True(Ssda903Checks.Fails1005(Row(end: "31/06/2025")));
    }

    [Fact]
    public void Rule1006_AMissingTypeOtherThanMOrA_Fails()
    {
        Assert.False(Ssda903Checks.Fails1006(Row("M")));
        Assert.False(Ssda903Checks.Fails1006(Row("A")));
        Assert.False(Ssda903Checks.Fails1006(Row("")));
        Assert.True(Ssda903Checks.Fails1006(Row("X")));
    }

    [Fact]
    public void Run_ListsEachFailingRowWithItsRules_ByChildThenEpisode()
    {
        var bad = Row(child: "B", start: "31/06/2025", end: "");
        var overlapping = Row(child: "A", start: "11/06/2025", end: "");
        Ssda903MissingRow[] rows = [bad, Row(child: "A"), overlapping, Row(child: "C")];
        var care = rows.ToLookup(r => r.ChildId, _ => new CarePeriod(new DateOnly(2024, 1, 10), null));

        var failures = Ssda903Checks.Run(rows, YearStart, YearEnd, care);

        Assert.Equal([("A", "574"), ("B", "1004")], failures.Select(f => (f.Row.Child, f.Rule.Id)));
        Assert.Same(overlapping, failures[0].Row);
    }

    [Fact]
    public void EveryRuleOfTheMissingTableTheIssueNames_IsChecked() =>
        Assert.Superset(
            new HashSet<string>(["564", "565", "566", "567", "574", "586", "1004", "1005", "1006"]),
            Ssda903Checks.All.Select(r => r.Id).ToHashSet());
}
