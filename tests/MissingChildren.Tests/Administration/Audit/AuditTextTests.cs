using System.Text.Json;
using MissingChildren.Web.Features.Administration.Audit;

namespace MissingChildren.Tests.Administration.Audit;

/// <summary>An audit entry read as words: what was done to which kind of record, by whom, and what changed.</summary>
public sealed class AuditTextTests
{
    private static AuditSearch.Row Row(string actor, string? userName = null, string? email = null) =>
        new(1, DateTimeOffset.UnixEpoch, actor, userName, email, "Viewed", "Child", "id", null, null, null, null);

    [Theory]
    [InlineData("Viewed", "Child", "Viewed the case record")]
    [InlineData("Modified", "ReturnHomeInterview", "Changed a return home interview")]
    [InlineData("Added", "CaseNote", "Added a case note")]
    [InlineData("Deleted", "Involvement", "Deleted an involvement")]
    [InlineData("Refused", "Child", "Was refused the case record")]
    [InlineData("Exported", "AuditLog", "Exported the audit log")]
    [InlineData("Added", "OvernightStay", "Added an overnight stay")]
    [InlineData("Modified", "SchoolPlace", "Changed a school place")]
    public void What_SaysTheActionAndTheRecordInWords(string action, string entityType, string expected) =>
        Assert.Equal(expected, AuditText.What(action, entityType));

    [Fact]
    public void Who_IsTheUsersNameAndEmail_SystemForJobs_OrTheIntegrationClient()
    {
        var clients = new HashSet<string>(["police"], StringComparer.Ordinal);

        Assert.Equal("Sam Patel (sam@council.example)", AuditText.Who(Row("sam@council.example", "Sam Patel", "sam@council.example"), clients));
        Assert.Equal("system", AuditText.Who(Row("system"), clients));
        Assert.Equal("police (integration client)", AuditText.Who(Row("police"), clients));
        Assert.Equal("former@council.example", AuditText.Who(Row("former@council.example"), clients));
    }

    [Fact]
    public void Changes_ReadAsFieldFromTo_WithFieldNamesInWordsAndInstantsInUkTime()
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Status"] = new { from = "Requested", to = "Allocated" },
            ["AllocatedWorkerEmail"] = new { to = "sam@council.example" },
            ["EndDate"] = new { from = "2026-01-10" },
            ["OfferDueAt"] = new { from = (DateTimeOffset?)null, to = new DateTimeOffset(2026, 7, 1, 15, 30, 0, TimeSpan.Zero) },
            ["Notes"] = new { to = (string?)null },
        });

        Assert.Equal(
        [
            "Status: Requested → Allocated",
            "Allocated worker email: sam@council.example",
            "End date: was 2026-01-10",
            "Offer due at: Wed 1 Jul 2026 16:30",
        ], AuditText.Changes("ReturnHomeInterview", json, shorten: true));
    }

    [Fact]
    public void Changes_NameChoicesStoredByNumber_AndLeaveOutTheIdsThatHaveTheirOwnColumns()
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Id"] = new { to = Guid.NewGuid() },
            ["ChildId"] = new { to = Guid.NewGuid() },
            ["Status"] = new { from = 0, to = 1 },
            ["EpisodesInLast90Days"] = new { from = 3, to = 4 },
        });

        Assert.Equal(["Status: Open → Done", "Episodes in last 90 days: 3 → 4"], AuditText.Changes("DutyTask", json, shorten: false));
    }

    [Fact]
    public void Changes_ShortenLongTextOnlyWhenAsked()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60));
        var json = JsonSerializer.Serialize(new { Text = new { to = text } });

        var shortened = Assert.Single(AuditText.Changes("CaseNote", json, shorten: true));
        var whole = Assert.Single(AuditText.Changes("CaseNote", json, shorten: false));

        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Assert.True(shortened.Length <= "Text: ".Length + AuditText.ShortValueLength + 1);
        Assert.Equal($"Text: {text}", whole);
    }

    [Fact]
    public void StartOfDay_IsMidnightInLondon_InSummerTimeToo()
    {
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero), AuditSearch.StartOfDay(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), AuditSearch.StartOfDay(new DateOnly(2026, 12, 1)));
    }
}
