using System.Net;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Children;

namespace MissingChildren.IntegrationTests.Forms;

/// <summary>
/// Forms speak the question's words: a box with a limit counts its characters (GOV.UK character count, the limit
/// said under it without JavaScript), a message names the question and the limit, never a property, and the error
/// summary lists the problems in the order of the form.
/// </summary>
public abstract class PlainWordsTests
{
    private readonly AppFactory _app;

    protected PlainWordsTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task A_box_with_a_limit_counts_its_characters_and_says_the_limit_without_javascript()
    {
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var page = await client.GetAsync($"/children/{await _app.ChildIdAsync("P107")}/meetings/new");

        var count = page.Document.QuerySelector("#Attendees")!.Closest(".govuk-character-count");
        Assert.NotNull(count);
        Assert.Equal("govuk-character-count", count.GetAttribute("data-module"));
        Assert.Equal("4000", count.GetAttribute("data-maxlength"));
        Assert.Contains("Attendees-info", page.Document.QuerySelector("#Attendees")!.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("You can enter up to 4,000 characters", page.Document.QuerySelector("#Attendees-info")!.TextContent.Trim());
        Assert.Contains("govuk-js-character-count", page.Document.QuerySelector("#Attendees")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_much_text_is_named_in_the_questions_words_with_the_limit()
    {
        var client = await _app.SignedInAsync(Roles.TeamManager);
        var form = await client.GetAsync($"/children/{await _app.ChildIdAsync("P107")}/meetings/new");

        var page = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Attendees"] = new string('a', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("Attendees must be 4,000 characters or fewer", page.FieldError("Attendees"));
        Assert.DoesNotContain(page.ErrorSummary, m => m.Contains("The length of", StringComparison.Ordinal) || m.Contains('\''));
    }

    [Theory]
    [InlineData("P107", "/meetings/new")]
    [InlineData("P100", "/found")]
    [InlineData("P107", "/plans/trigger-plan")]
    public async Task The_error_summary_lists_the_problems_in_the_order_of_the_form(string child, string form)
    {
        var client = await _app.SignedInAsync(Roles.TeamManager);
        var empty = await client.GetAsync($"/children/{await _app.ChildIdAsync(child)}{form}");
        var fields = empty.Document.QuerySelectorAll("main form [id]").Select(e => e.Id!).ToList();

        var page = await client.SubmitAsync(empty, new Dictionary<string, string?>());

        var linked = page.Document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.True(linked.Count >= 2, $"{form}: expected several problems, got {string.Join(", ", page.ErrorSummary)}");
        var positions = linked.Select(id => fields.FindIndex(f => f == id || f.StartsWith(id + "_", StringComparison.Ordinal) || f.StartsWith(id + ".", StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}

public sealed class PlainWordsTestsOnSqlite(SqliteAppFactory app) : PlainWordsTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PlainWordsTestsOnPostgreSql(PostgreSqlAppFactory app) : PlainWordsTests(app), IClassFixture<PostgreSqlAppFactory>;
