using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MissingChildren.Domain;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;

namespace MissingChildren.IntegrationTests.Oversight;

/// <summary>
/// R35 (001 §5.2): /reports/head-of-service-update, one row a child with the protocol's fields, the same on screen, in the
/// CSV and in the .xlsx, scoped to the children the reader oversees.
/// </summary>
public abstract class HeadOfServiceUpdateTests
{
    private const string Url = "/reports/head-of-service-update";

    private readonly AppFactory _app;
    private readonly TestData _data;

    protected HeadOfServiceUpdateTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    /// <summary>
    /// A team with a child missing 30 hours and a child back 5 hours after 5 hours missing, whose interview was offered, held
    /// with the parents' views, assessed (SERAF), authorised with a strategy meeting and notified (SIN); another team's child missing.
    /// </summary>
    private async Task<Seeded> SeedAsync()
    {
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var missing = await _data.ChildAsync("CIN", team);
        var returned = await _data.ChildAsync("CLA", team);
        var elsewhere = await _data.ChildAsync("CIN", await _data.TeamAsync());
        await _data.MissingAsync(missing, hoursAgo: 30);
        var episodeId = await _data.ReturnedAsync(returned, missingHoursAgo: 10, foundHoursAgo: 5);
        await _data.MissingAsync(elsewhere, hoursAgo: 4);
        var now = _data.Now;
        var rhiId = await _data.ReturnHomeInterviewOfAsync(episodeId);
        var offer = await _data.DutyAsync(episodeId, RuleIds.RhiOffer);
        await _app.WithDbAsync(async db =>
        {
            (await db.DutyTasks.SingleAsync(t => t.Id == offer.Id)).Complete(now.AddHours(-4), "Interview offered");
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId);
            (rhi.Status, rhi.ConcludedAs, rhi.InterviewedAt, rhi.SentForAuthorisationAt) = (RhiStatus.AwaitingAuthorisation, RhiStatus.Completed, now.AddHours(-2), now.AddHours(-1));
            rhi.ParentsCarersViews = "Mother worried about older friends";
            var assessment = new RiskAssessment
            {
                ChildId = returned.Id, EpisodeId = episodeId, SuggestedCategory = "Category3", AssessedBy = "rhi-worker@example.org", CreatedAt = now.AddHours(-3),
                UpdatedAt = now.AddHours(-3), SentForAuthorisationAt = now.AddHours(-3), Status = RiskAssessmentStatus.AwaitingAuthorisation, PrincipalConcern = "County lines: seen with older males",
            };
            assessment.SeriesId = assessment.Id;
            db.RiskAssessments.Add(assessment);
            db.AuthorisationDecisions.Add(new AuthorisationDecision
            {
                ChildId = returned.Id, EpisodeId = episodeId, DutyTaskId = offer.Id, ReturnHomeInterviewId = rhiId, Decision = Decision.Authorised,
                Outcome = ManagerOutcome.ConveneStrategyMeeting, Reason = "Risk rising", DecidedBy = manager.Email, DecidedAt = now.AddMinutes(-30),
            });
            db.FiledDocuments.Add(new FiledDocument
            {
                ChildId = returned.Id, EpisodeId = episodeId, DutyTaskId = offer.Id, Kind = DocumentKind.SeriousIncidentNotification, Title = "Serious Incident Notification",
                From = "Team manager", AddressedTo = "Assistant Director", ChildName = "x", ChildLocalId = returned.LocalId, Facts = "f", Summary = "s", Actions = "a",
                SignedBy = manager.Email, SignedAs = "Team manager", SignedAt = now.AddMinutes(-20), SentTo = "Assistant Director", FiledAt = now.AddMinutes(-20),
                FiledBy = manager.Email, Pdf = [1],
            });
            return await db.SaveChangesAsync();
        });
        return new Seeded(team, manager, missing, returned, elsewhere, now);
    }

    private sealed record Seeded(TestData.TestTeam Team, TestData.TestWorker Manager, TestData.TestChild Missing, TestData.TestChild Returned, TestData.TestChild Elsewhere, DateTimeOffset Now);

    private static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture); // November: UK time is UTC

    [Fact]
    public async Task Csv_HasTheProtocolsFields_OneRowAChild_OfTheTeamManagersOwnTeam_MissingNowFirst()
    {
        var s = await SeedAsync();
        var client = await _app.SignedInAsync(s.Manager);

        var response = await client.Http.GetAsync(Url + ".csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.CSV).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(
            ["Child", "Local ID", "Team", "Missing now", "Missing from", "Episodes in the last six months", "Hours missing", "Returned", "RHI offered",
                "RHI held, declined or no contact", "RHI held or concluded", "Parents or carers engaged", "Exploitation risk assessment completed",
                "Manager's outcome (next steps)", "Next duty", "Next duty due", "Contextual safeguarding (exploitation risk)", "Serious Incident Notification sent"],
            rows[0].Keys);
        Assert.Equal([s.Missing.LocalId, s.Returned.LocalId], rows.Select(r => r["Local ID"]?.ToString()));

        var missing = rows[0];
        Assert.Equal(("Yes", "30", ""), (missing["Missing now"], missing["Hours missing"], missing["Returned"]?.ToString() ?? ""));
        Assert.Equal(Local(s.Now.AddHours(-30)), missing["Missing from"]);

        var back = rows[1];
        Assert.Equal($"{s.Returned.FirstName} {s.Returned.LastName}", back["Child"]);
        Assert.Equal(s.Team.Name, back["Team"]);
        Assert.Equal(("No", "1", "5"), (back["Missing now"], back["Episodes in the last six months"], back["Hours missing"]));
        Assert.Equal(Local(s.Now.AddHours(-5)), back["Returned"]);
        Assert.Equal(Local(s.Now.AddHours(-4)), back["RHI offered"]);
        Assert.Equal(("Held", Local(s.Now.AddHours(-2)), "Yes"), (back["RHI held, declined or no contact"], back["RHI held or concluded"], back["Parents or carers engaged"]));
        Assert.Equal(Local(s.Now.AddHours(-3)), back["Exploitation risk assessment completed"]);
        Assert.Equal(MissingChildren.Web.Infrastructure.Web.Words.Of(ManagerOutcome.ConveneStrategyMeeting), back["Manager's outcome (next steps)"]);
        Assert.Equal("Category 3: moderate risk: County lines: seen with older males", back["Contextual safeguarding (exploitation risk)"]);
        Assert.Equal(Local(s.Now.AddMinutes(-20)), back["Serious Incident Notification sent"]);
        Assert.False(string.IsNullOrEmpty(back["Next duty"]?.ToString()));
    }

    [Fact]
    public async Task Xlsx_ReadBack_HasTheSameRows_WithNumbersAndDatesAsCells()
    {
        var s = await SeedAsync();
        var client = await _app.SignedInAsync(s.Manager);

        var response = await client.Http.GetAsync(Url + ".xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Head of Service update").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([s.Missing.LocalId, s.Returned.LocalId], rows.Select(r => r["Local ID"]?.ToString()));
        Assert.Equal(30d, Convert.ToDouble(rows[0]["Hours missing"], CultureInfo.InvariantCulture));
        Assert.Equal("Yes", rows[0]["Missing now"]);
        Assert.Equal(s.Now.AddHours(-5).UtcDateTime, Assert.IsType<DateTime>(rows[1]["Returned"]));
        Assert.Equal("Held", rows[1]["RHI held, declined or no contact"]);
        Assert.Equal("Yes", rows[1]["Parents or carers engaged"]);
    }

    [Fact]
    public async Task Screen_CountsTheChildrenMissingNow_LinksEachChild_AndAHeadOfServiceSeesTheWholeService()
    {
        var s = await SeedAsync();

        var asManager = await (await _app.SignedInAsync(s.Manager)).GetAsync(Url);
        var asHead = await (await _app.SignedInAsync(Roles.HeadOfService)).GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, asManager.StatusCode);
        Assert.Equal("1 child is missing now; 2 children were missing in the period or are missing now.", asManager.Document.QuerySelector("[data-testid=missing-now-count]")?.TextContent.Trim());
        Assert.NotNull(asManager.Document.QuerySelector($"[data-testid=report-table] a[href='/children/{s.Returned.Id}']"));
        Assert.DoesNotContain(s.Elsewhere.LocalId, asManager.Text, StringComparison.Ordinal);
        Assert.Contains(s.Elsewhere.LocalId, asHead.Text, StringComparison.Ordinal);
        Assert.Contains(s.Returned.LocalId, asHead.Text, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == s.Returned.Id && a.Action == "Viewed" && a.Actor == s.Manager.Email)));
    }
}

public sealed class HeadOfServiceUpdateTestsOnSqlite(SqliteAppFactory app) : HeadOfServiceUpdateTests(app), IClassFixture<SqliteAppFactory>;

public sealed class HeadOfServiceUpdateTestsOnPostgreSql(PostgreSqlAppFactory app) : HeadOfServiceUpdateTests(app), IClassFixture<PostgreSqlAppFactory>;
