using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Pages.Reports;

namespace MissingChildren.IntegrationTests.Reports;

/// <summary>
/// <c>/reports/ssda903-missing</c>: the 903 Missing table and Annex A list 8's missing columns for a collection year, on
/// screen, as CSV and as .xlsx, with the DfE's rules run before download. The clock stands in November 2026, so the
/// latest complete collection year is 1 April 2025 to 31 March 2026 (the 2026 collection).
/// </summary>
public abstract class Ssda903MissingReportTests
{
    private const string Page = "/reports/ssda903-missing";

    private readonly AppFactory _app;

    protected Ssda903MissingReportTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>A team of its own, its manager, and its children as seeded by <paramref name="seed"/>.</summary>
    private async Task<(HtmlClient Manager, Dictionary<string, Child> Children, Guid Team)> SeededAsync(Action<Seed> seed)
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var manager = await data.WorkerAsync(Roles.TeamManager, team);
        var plan = new Seed(team.Id);
        seed(plan);
        await _app.WithDbAsync(db =>
        {
            db.Children.AddRange(plan.Children);
            db.ReturnHomeInterviews.AddRange(plan.Interviews);
            db.Episodes.AddRange(plan.Episodes);
            return db.SaveChangesAsync();
        });
        return (await _app.SignedInAsync(manager), plan.Children.ToDictionary(c => c.FirstName), team.Id);
    }

    /// <summary>The year's seeded records: looked-after children and their episodes, one other child, one in care with none.</summary>
    private static void TheYear(Seed s)
    {
        var ada = s.Child("Ada", "2011-04-17", InvolvementType.CLA, "2024-01-10");
        // Last seen 22:30 on 9 June (UK summer time), found 00:30 on 11 June, the episode closed nine days later.
        var first = s.Episode(ada, EpisodeCategory.Missing, Utc(2025, 6, 9, 21, 30), Utc(2025, 6, 10, 23, 30));
        first.Status = EpisodeStatus.Closed;
        first.ClosedAt = Utc(2025, 6, 20, 10);
        s.Episode(ada, EpisodeCategory.Absent, Utc(2025, 9, 1, 10), Utc(2025, 9, 1, 15));
        s.Episode(ada, EpisodeCategory.Missing, Utc(2026, 3, 30, 20), null);

        var ben = s.Child("Ben", "2010-02-01", InvolvementType.CLA, "2023-05-02");
        s.Episode(ben, EpisodeCategory.Missing, Utc(2025, 3, 1, 12), Utc(2025, 3, 2, 12));
        var declined = s.Episode(ben, EpisodeCategory.Missing, Utc(2025, 5, 1, 12), Utc(2025, 5, 3, 9));
        s.Interview(declined, RhiStatus.Authorised, RhiStatus.Declined);
        s.Episode(ben, EpisodeCategory.Missing, Utc(2026, 3, 31, 18), Utc(2026, 4, 2, 9));

        var cal = s.Child("Cal", "2012-08-08", InvolvementType.CP, "2024-01-10");
        s.Episode(cal, EpisodeCategory.Missing, Utc(2025, 7, 1, 12), Utc(2025, 7, 2, 12));
        s.Child("Dee", "2013-01-01", InvolvementType.CLA, "2025-01-05");
    }

    [Fact]
    public async Task Csv_HasTheDfEsColumns_OneRowAnEpisode_EndingWhenTheChildCameBack()
    {
        var (manager, children, _) = await SeededAsync(TheYear);
        var (ada, ben) = (children["Ada"].LocalId, children["Ben"].LocalId);

        var response = await manager.Http.GetAsync(Links("csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportFiles.CsvType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        string[] adas = [$"{ada},17/04/2011,M,09/06/2025,11/06/2025", $"{ada},17/04/2011,A,01/09/2025,01/09/2025", $"{ada},17/04/2011,M,30/03/2026,"];
        string[] bens = [$"{ben},01/02/2010,M,01/05/2025,03/05/2025", $"{ben},01/02/2010,M,31/03/2026,"];
        Assert.Equal(
            ["CHILD,DOB,MISSING,MIS_START,MIS_END", .. string.CompareOrdinal(ada, ben) < 0 ? adas.Concat(bens) : bens.Concat(adas)],
            Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Xlsx_HasTheMissingTable_AndAnnexAList8ForEveryChildInCare()
    {
        var (manager, children, _) = await SeededAsync(TheYear);
        var (ada, ben, dee) = (children["Ada"].LocalId, children["Ben"].LocalId, children["Dee"].LocalId);

        var response = await manager.Http.GetAsync(Links("xlsx"));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Ssda903MissingModel.MissingTable, Ssda903MissingModel.AnnexATable], MiniExcel.GetSheetNames(stream));
        var missing = Rows(stream, Ssda903MissingModel.MissingTable);
        Assert.Equal(["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"], missing[0]);
        Assert.Contains(new[] { ada, "17/04/2011", "M", "09/06/2025", "11/06/2025" }, missing);
        Assert.Contains(new[] { ada, "17/04/2011", "M", "30/03/2026", "" }, missing);
        Assert.Equal(6, missing.Count);
        var annexA = Rows(stream, Ssda903MissingModel.AnnexATable);
        Assert.Equal(Ssda903MissingModel.AnnexAHeadings, annexA[0]);
        string[][] expected =
        [
            [ada, "17/04/2011", "2", "1", "", ""],
            [ben, "01/02/2010", "2", "0", "", ""],
            [dee, "01/01/2013", "0", "0", "", ""],
        ];
        Assert.Equal(expected.OrderBy(r => r[0], StringComparer.Ordinal), annexA.Skip(1));
        Assert.DoesNotContain(children["Cal"].LocalId, string.Join(",", annexA.SelectMany(r => r)));
    }

    [Fact]
    public async Task AnnexA_AfterTheLatestMissingEpisode_SaysWhetherTheInterviewWasOfferedAndAccepted()
    {
        var (manager, children, _) = await SeededAsync(s =>
        {
            var eve = s.Child("Eve", "2011-04-17", InvolvementType.CLA, "2024-01-10");
            s.Interview(s.Episode(eve, EpisodeCategory.Missing, Utc(2025, 5, 1, 12), Utc(2025, 5, 2, 12)), RhiStatus.Completed, null);
            var latest = s.Episode(eve, EpisodeCategory.Missing, Utc(2025, 8, 1, 12), Utc(2025, 8, 2, 12));
            s.Interview(latest, RhiStatus.AwaitingAuthorisation, RhiStatus.Declined);
            s.Episode(eve, EpisodeCategory.Absent, Utc(2025, 9, 1, 12), Utc(2025, 9, 1, 15));
        });
        var eve = children["Eve"].LocalId;

        var page = await manager.GetAsync(Page + "?collection=2026");

        var row = page.Document.QuerySelectorAll("[data-testid=report-table]")[1].QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).Single(r => r[0] == eve);
        Assert.Equal([eve, "17/04/2011", "2", "1", "Yes", "No"], row);
    }

    [Fact]
    public async Task Screen_ByDefault_IsTheLatestCompleteCollectionYear_WithEachChildLinkedToTheirRecord()
    {
        var (manager, children, _) = await SeededAsync(TheYear);

        var page = await manager.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("SSDA903 missing table", page.Heading);
        Assert.Contains("1 April 2025 to 31 March 2026", page.Document.QuerySelector("[data-testid=report-period]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026", page.Document.QuerySelector("#collection option[selected]")?.GetAttribute("value"));
        var missing = page.Document.QuerySelectorAll("[data-testid=report-table]")[0];
        Assert.Equal(5, missing.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(missing.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/children/{children["Ada"].Id}");
        Assert.Contains("1 other child looked after in the period had no missing or absent episode", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=ssda903-passes]"));
    }

    [Fact]
    public async Task ChoosingTheYearBefore_ShowsThatYearsEpisodes()
    {
        var (manager, children, _) = await SeededAsync(TheYear);
        var ben = children["Ben"].LocalId;

        var csv = await manager.Http.GetStringAsync(Links("csv", collection: 2025));

        Assert.Contains($"{ben},01/02/2010,M,01/03/2025,02/03/2025", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("09/06/2025", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRecords_AreListedWithTheRuleTheyFail_AndALinkToEachEpisode()
    {
        var (manager, children, _) = await SeededAsync(s =>
        {
            // Two episodes open at once (574), and a date of birth after the child went missing (586).
            var fay = s.Child("Fay", "2011-04-17", InvolvementType.CLA, "2024-01-10");
            s.Episode(fay, EpisodeCategory.Missing, Utc(2025, 6, 1, 12), null);
            s.Episode(fay, EpisodeCategory.Missing, Utc(2025, 6, 3, 12), Utc(2025, 6, 4, 12));
            var gus = s.Child("Gus", "2025-07-01", InvolvementType.CLA, "2024-01-10");
            s.Episode(gus, EpisodeCategory.Absent, Utc(2025, 6, 15, 12), Utc(2025, 6, 15, 18));
        });
        var (overlapping, beforeBirth) = await _app.WithDbAsync(async db => (
            await db.Episodes.Where(e => e.ChildId == children["Fay"].Id && e.FoundAt != null).Select(e => e.Id).SingleAsync(),
            await db.Episodes.Where(e => e.ChildId == children["Gus"].Id).Select(e => e.Id).SingleAsync()));

        var page = await manager.GetAsync(Page);

        Assert.Contains("2 episodes would fail the DfE's 903 validation", page.Document.QuerySelector("[data-testid=ssda903-failures]")!.TextContent, StringComparison.Ordinal);
        var failures = page.Document.QuerySelectorAll("[data-testid=ssda903-failure-list] tbody tr")
            .Select(r => $"{r.GetAttribute("data-rule")} {string.Join(" ", r.QuerySelectorAll("a").Select(a => a.GetAttribute("href")))}").ToList();
        Assert.Contains($"574 /children/{children["Fay"].Id} /episodes/{overlapping}", failures);
        Assert.Contains($"586 /children/{children["Gus"].Id} /episodes/{beforeBirth}", failures);
        Assert.Equal(2, failures.Count);
        Assert.Contains("Download as CSV", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTeamsManager_DoesNotSeeTheseChildren()
    {
        var (_, children, _) = await SeededAsync(TheYear);
        var (other, _, _) = await SeededAsync(_ => { });
        var ada = children["Ada"].LocalId;

        var csv = await other.Http.GetStringAsync(Links("csv"));

        Assert.DoesNotContain(ada, csv, StringComparison.Ordinal);
        Assert.StartsWith("CHILD,DOB,MISSING,MIS_START,MIS_END", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFromDateAfterTheToDate_IsAnErrorWithTheDatesKept()
    {
        var (manager, _, _) = await SeededAsync(_ => { });

        var page = await manager.GetAsync(Page + "?From.Day=1&From.Month=4&From.Year=2026&To.Day=31&To.Month=3&To.Year=2026");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["The to date must be the same as or after the from date"], page.ErrorSummary);
        Assert.Equal("2026", page.Document.QuerySelector("input[name='From.Year']")?.GetAttribute("value"));
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=report-table]"));
    }

    [Fact]
    public async Task ATeamTheManagerDoesNotOversee_IsAnError()
    {
        var (manager, _, _) = await SeededAsync(_ => { });
        var (_, _, otherTeam) = await SeededAsync(_ => { });

        var page = await manager.GetAsync($"{Page}?collection=2026&Team={otherTeam}");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Select a team you oversee"], page.ErrorSummary);
    }

    private static string Links(string format, int collection = 2026) => $"{Page}.{format}?collection={collection}";

    private static List<string[]> Rows(Stream stream, string sheet) =>
        [.. MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray())];

    /// <summary>Records made straight in the database, with the exact instants a test needs.</summary>
    private sealed class Seed(Guid teamId)
    {
        public List<Child> Children { get; } = [];

        public List<MissingEpisode> Episodes { get; } = [];

        public List<ReturnHomeInterview> Interviews { get; } = [];

        public Child Child(string firstName, string dateOfBirth, InvolvementType involvement, string since)
        {
            var child = new Child
            {
                LocalId = TestData.Unique("S"), FirstName = firstName, LastName = TestData.Surname(),
                DateOfBirth = DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), AllocatedTeamId = teamId,
            };
            child.Involvements.Add(new Involvement { ChildId = child.Id, Type = involvement, StartDate = DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture) });
            Children.Add(child);
            return child;
        }

        public MissingEpisode Episode(Child child, EpisodeCategory category, DateTimeOffset missingFrom, DateTimeOffset? foundAt)
        {
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = category, Status = foundAt is null ? EpisodeStatus.Open : EpisodeStatus.Returned,
                MissingFrom = missingFrom, ReportedAt = missingFrom.AddHours(1), NotifiedAt = missingFrom.AddHours(1),
                FoundAt = foundAt, ReturnKnownAt = foundAt?.AddHours(1), HoldingTeamId = teamId, EpisodeNumber = Episodes.Count(e => e.ChildId == child.Id) + 1,
            };
            Episodes.Add(episode);
            return episode;
        }

        public void Interview(MissingEpisode episode, RhiStatus status, RhiStatus? concludedAs)
        {
            var rhi = new ReturnHomeInterview
            {
                ChildId = episode.ChildId, Status = status, ConcludedAs = concludedAs,
                RequestedAt = episode.FoundAt!.Value, OfferDueAt = episode.FoundAt.Value.AddHours(72),
            };
            episode.ReturnHomeInterviewId = rhi.Id;
            Interviews.Add(rhi);
        }
    }
}

public sealed class Ssda903MissingReportTestsOnSqlite(SqliteAppFactory app) : Ssda903MissingReportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class Ssda903MissingReportTestsOnPostgreSql(PostgreSqlAppFactory app) : Ssda903MissingReportTests(app), IClassFixture<PostgreSqlAppFactory>;
