using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// R23 (001 §2.6, §2.9, §2.10) with the North Somerset profile: a child in care who asks for an independent person.
/// The social worker asks the independent service within 24 hours; no answer 72 hours later: follow it up; nothing
/// 3 working days after the planned date: the team manager is told, and sees it in their queue. The clock only moves on.
/// </summary>
public abstract class IndependentPersonTests
{
    private readonly AppFactory _app;
    private readonly RhiTestData _data;

    protected IndependentPersonTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new RhiTestData(app);
    }

    private async Task<(HtmlClient Client, Guid RhiId)> ChildInCareAsync()
    {
        var id = await _data.AllocatedRhiAsync(14, lookedAfter: true);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.RhiWorker);
        return (client, id);
    }

    private async Task<HtmlClient.Page> ChooseAsync(HtmlClient client, Guid rhiId, Dictionary<string, string?> values)
    {
        var page = await client.GetAsync($"/rhi/{rhiId}");
        return await client.SubmitAsync(page, values, "form[action$='/choice']");
    }

    private static Dictionary<string, string?> Planned(DateOnly date, bool requestMade = true, string choice = "IndependentPerson") => new()
    {
        ["Choice.Choice"] = choice,
        ["Choice.RequestMade"] = requestMade ? "true" : null,
        ["Choice.PlannedDate.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        ["Choice.PlannedDate.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        ["Choice.PlannedDate.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private Task<List<DutyTask>> R23DutiesAsync(Guid rhiId) =>
        _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().Where(t => t.ReturnHomeInterviewId == rhiId && t.RuleId == "R23").OrderBy(t => t.RaisedAt).ToListAsync());

    [Fact]
    public async Task R23_ChoosingAnIndependentPerson_RaisesThe24HourRequestForTheSocialWorker_AndMakingItClosesIt()
    {
        var (client, rhiId) = await ChildInCareAsync();
        await ChooseAsync(client, rhiId, new() { ["Choice.Choice"] = "IndependentPerson" });
        var chosenAt = _app.Clock.GetUtcNow();

        await _app.SweepAsync();

        var request = Assert.Single(await R23DutiesAsync(rhiId));
        Assert.Equal(TaskType.ReturnHomeInterview, request.Type);
        Assert.Equal(PolicyRole.SocialWorker, request.AssigneeRole);
        Assert.Equal(chosenAt.AddHours(24), request.DueAt);
        Assert.Equal(DutyStatus.Open, request.Status);

        await ChooseAsync(client, rhiId, new() { ["Choice.Choice"] = "IndependentPerson", ["Choice.RequestMade"] = "true" });
        await _app.SweepAsync();

        var closed = Assert.Single(await R23DutiesAsync(rhiId));
        Assert.Equal(DutyStatus.Done, closed.Status);
        Assert.Equal("Independent service asked", closed.ClosedReason);
    }

    [Fact]
    public async Task R23_NoAnswerAfter72Hours_RaisesTheFollowUp_ThenThePlannedDateClosesIt_AndNothingAfter3WorkingDaysTellsTheManager()
    {
        var (client, rhiId) = await ChildInCareAsync();
        await ChooseAsync(client, rhiId, new() { ["Choice.Choice"] = "IndependentPerson", ["Choice.RequestMade"] = "true" });
        var requestedAt = _app.Clock.GetUtcNow();

        _app.Clock.Advance(TimeSpan.FromHours(71));
        await _app.SweepAsync();
        Assert.DoesNotContain(await R23DutiesAsync(rhiId), t => t.Title.Contains("follow it up", StringComparison.Ordinal));

        _app.Clock.Advance(TimeSpan.FromHours(2));
        await _app.SweepAsync();
        var followUp = Assert.Single(await R23DutiesAsync(rhiId), t => t.Status == DutyStatus.Open);
        var calendar = _app.Services.GetRequiredService<MissingChildren.Domain.Time.WorkingCalendar>();
        Assert.Equal(calendar.EndOfSameWorkingDay(requestedAt.AddHours(72)), followUp.DueAt);
        Assert.Contains("No answer from the independent service 72 hours after the request", followUp.Title, StringComparison.Ordinal);
        Assert.Equal(PolicyRole.SocialWorker, followUp.AssigneeRole);

        // The independent service answers with a planned date: no more follow-up.
        var planned = calendar.LocalDate(_app.Clock.GetUtcNow()).AddDays(1);
        await client.SignInAsync(Roles.RhiWorker); // a session lasts a working day, not three
        var saved = await ChooseAsync(client, rhiId, Planned(planned));
        Assert.Empty(saved.ErrorSummary);
        Assert.Equal(DutyStatus.Done, (await R23DutiesAsync(rhiId)).Single(t => t.Id == followUp.Id).Status);
        Assert.Contains($"planned the interview for {planned.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", (await client.GetAsync($"/rhi/{rhiId}")).Text, StringComparison.Ordinal);

        // Nothing recorded by the end of the 3rd working day after the planned date: the team manager is told.
        var tellAt = calendar.AddWorkingDays(calendar.CoreHoursStart(planned), 3);
        _app.Clock.Advance(tellAt - _app.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await _app.SweepAsync();
        Assert.DoesNotContain(await R23DutiesAsync(rhiId), t => t.AssigneeRole == PolicyRole.TeamManager);

        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        await _app.SweepAsync();
        var alert = Assert.Single(await R23DutiesAsync(rhiId), t => t.AssigneeRole == PolicyRole.TeamManager);
        Assert.Equal(calendar.AddWorkingDays(tellAt, 1), alert.DueAt);
        Assert.Contains("3 working days after its planned date", alert.Title, StringComparison.Ordinal);

        var manager = _app.CreateHtmlClient();
        await manager.SignInAsync(Roles.TeamManager);
        var queue = await manager.GetAsync("/authorisations?type=ReturnHomeInterview");
        var link = queue.Document.QuerySelectorAll("[data-testid='authorisation-queue'] a").FirstOrDefault(a => a.TextContent.Contains("3 working days after its planned date", StringComparison.Ordinal));
        Assert.NotNull(link);
        Assert.Equal($"/rhi/{rhiId}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task R23_ThenChoosingTheirSocialWorker_CancelsTheIndependentDuties()
    {
        var (client, rhiId) = await ChildInCareAsync();
        await ChooseAsync(client, rhiId, new() { ["Choice.Choice"] = "IndependentPerson" });
        await _app.SweepAsync();

        await ChooseAsync(client, rhiId, new() { ["Choice.Choice"] = "SocialWorker" });

        var duty = Assert.Single(await R23DutiesAsync(rhiId));
        Assert.Equal(DutyStatus.Cancelled, duty.Status);
        await _app.SweepAsync();
        Assert.Single(await R23DutiesAsync(rhiId));
    }

    [Fact]
    public async Task Post_Choice_WithAPlannedDateThatIsNotADate_ReturnsError()
    {
        var (client, rhiId) = await ChildInCareAsync();
        var values = Planned(new DateOnly(2026, 12, 1));
        values["Choice.PlannedDate.Month"] = "13";

        var result = await ChooseAsync(client, rhiId, values);

        Assert.Equal(["The planned interview date must be a real date"], result.ErrorSummary);
        Assert.Null((await _data.LoadAsync(rhiId)).InterviewerChoice);
    }

    [Fact]
    public async Task Post_Choice_WithAPlannedDateBeforeTheRequest_ReturnsError()
    {
        var (client, rhiId) = await ChildInCareAsync();

        var result = await ChooseAsync(client, rhiId, Planned(new DateOnly(2026, 12, 1), requestMade: false));

        Assert.Equal(["Record that the request was made before the planned interview date"], result.ErrorSummary);
        Assert.Null((await _data.LoadAsync(rhiId)).PlannedInterviewDate);
    }

    [Fact]
    public async Task Post_Choice_SocialWorkerWithAPlannedDate_ReturnsError()
    {
        var (client, rhiId) = await ChildInCareAsync();

        var result = await ChooseAsync(client, rhiId, Planned(new DateOnly(2026, 12, 1), choice: "SocialWorker"));

        Assert.Equal(["Only an interview by an independent person has a planned date from the independent service"], result.ErrorSummary);
    }
}

public sealed class IndependentPersonTestsOnSqlite(SqliteAppFactory app) : IndependentPersonTests(app), IClassFixture<SqliteAppFactory>;

public sealed class IndependentPersonTestsOnPostgreSql(PostgreSqlAppFactory app) : IndependentPersonTests(app), IClassFixture<PostgreSqlAppFactory>;
