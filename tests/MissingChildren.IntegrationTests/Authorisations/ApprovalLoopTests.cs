using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Authorisations;

/// <summary>
/// R30 with the North Somerset profile: the decision page shows what is approved; the child's own team manager
/// authorises (001 §3.5); the outcome and rationale are shown on the episode and the child's timeline; the outcome's
/// strategy meeting or referral is a duty its owner closes through the pages.
/// </summary>
public abstract class ApprovalLoopTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;
    private readonly RhiTestData _rhis;

    protected ApprovalLoopTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
        _rhis = new RhiTestData(app);
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    private static Dictionary<string, string?> When(string prefix, DateTimeOffset utc) => new()
    {
        [$"{prefix}.Day"] = utc.Day.ToString(CultureInfo.InvariantCulture),
        [$"{prefix}.Month"] = utc.Month.ToString(CultureInfo.InvariantCulture),
        [$"{prefix}.Year"] = utc.Year.ToString(CultureInfo.InvariantCulture),
        [$"{prefix}.Time"] = utc.ToString("HH:mm", CultureInfo.InvariantCulture), // November: UK time is UTC
    };

    /// <summary>
    /// A returned child's RHI, held, with its consent, an attempt, the CE screen and a risk assessment on the record, sent
    /// for authorisation by the demo RHI worker through the page: the authorisation duty raised.
    /// </summary>
    private async Task<(Guid RhiId, DutyTask Duty)> SentAsync(string? localId = null)
    {
        var rhiId = localId is null
            ? await _rhis.AllocatedRhiAsync(15, status: RhiStatus.Accepted)
            : await AllocateAsync(await _rhis.RhiOfAsync(await _rhis.ReturnAsync(localId)));
        var now = Now;
        await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId);
            db.ContactAttempts.Add(new ContactAttempt { ReturnHomeInterviewId = rhiId, At = now, Method = "Phone", Contacted = "ParentOrCarer", Outcome = "InterviewOffered" });
            db.ConsentRecords.Add(new ConsentRecord { ReturnHomeInterviewId = rhiId, At = now, GivenBy = "ParentOrCarer: Sam Carer", Consented = true });
            rhi.RecordInterview(new InterviewRecord(now, "Family home", "The child and their mother", "Went to Bristol with older friends from the bus station.",
                "Worried about the older friends.", "Older associates: exploitation concerns.", true, null, null), uasc: false);
            rhi.RecordCeScreen(CeScreenOutcome.ConcernsFullAssessmentNeeded, required: true, now);
            var assessment = new RiskAssessment
            {
                ChildId = rhi.ChildId, SuggestedCategory = "", AssessedBy = "rhi-worker@example.org", CreatedAt = now, UpdatedAt = now,
                PrincipalConcern = "Exploitation by older associates",
            };
            assessment.SeriesId = assessment.Id;
            assessment.Apply(PolicyProfileCatalog.Load("NorthSomerset").Seraf, new SerafAnswers { Vulnerabilities = new HashSet<string> { "V1", "V4" }, ModerateIndicators = new HashSet<string> { "M1" } });
            db.RiskAssessments.Add(assessment);
            return await db.SaveChangesAsync();
        });

        var worker = await _app.SignedInAsync(Roles.RhiWorker);
        var page = await worker.GetAsync($"/rhi/{rhiId}");
        var sent = await worker.SubmitAsync(page, new Dictionary<string, string?>(), RhiTestData.Form("Send"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .SingleAsync(t => t.ReturnHomeInterviewId == rhiId && t.Type == TaskType.ManagerAuthorisation && t.Status == DutyStatus.Open));
        return (rhiId, duty);
    }

    private async Task<Guid> AllocateAsync(Guid rhiId)
    {
        await _app.WithDbAsync(async db =>
        {
            var worker = await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.RhiWorker));
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId);
            (rhi.AllocatedWorkerId, rhi.AllocatedTeamId, rhi.Status, rhi.AcceptedAt) = (worker.Id, worker.TeamId, RhiStatus.Accepted, Now);
            return await db.SaveChangesAsync();
        });
        return rhiId;
    }

    private async Task<HtmlClient.Page> AuthoriseAsync(Guid taskId, string outcome, string rationale, HtmlClient? manager = null)
    {
        manager ??= await _app.SignedInAsync(Roles.TeamManager);
        var page = await manager.GetAsync($"/authorisations/{taskId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await manager.SubmitAsync(page, new Dictionary<string, string?> { ["Decision"] = "Authorise", ["Outcome"] = outcome, ["Rationale"] = rationale });
    }

    [Fact]
    public async Task DecisionPage_ShowsTheInterviewTheConsentTheAttemptsTheAssessmentAndTheChild()
    {
        var (_, duty) = await SentAsync();

        foreach (var role in new[] { Roles.TeamManager, Roles.HeadOfService })
        {
            var page = await (await _app.SignedInAsync(role)).GetAsync($"/authorisations/{duty.Id}");

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var child = page.Document.QuerySelector("[data-testid=approval-child]")!.TextContent;
            Assert.Contains("15", child, StringComparison.Ordinal);
            Assert.Contains("1 in the last 90 days", child, StringComparison.Ordinal);
            Assert.Contains("Corporate Parenting", child, StringComparison.Ordinal);
            Assert.NotNull(page.Document.QuerySelector("[data-testid=approval-episode]"));
            var interview = page.Document.QuerySelector("[data-testid=approval-interview]")!.TextContent;
            Assert.Contains("Interview held", interview, StringComparison.Ordinal);
            Assert.Contains("Went to Bristol with older friends from the bus station.", interview, StringComparison.Ordinal);
            Assert.Contains("Older associates: exploitation concerns.", interview, StringComparison.Ordinal);
            Assert.Contains("Worried about the older friends.", interview, StringComparison.Ordinal);
            Assert.Contains("Concerns: a full CE risk assessment is needed", interview, StringComparison.Ordinal);
            Assert.Contains("consent given by Parent or carer: Sam Carer", page.Document.QuerySelector("[data-testid=approval-consents]")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Spoke to them: interview offered", page.Document.QuerySelector("[data-testid=approval-attempts]")!.TextContent, StringComparison.Ordinal);
            var assessment = page.Document.QuerySelector("[data-testid=approval-assessment]")!.TextContent;
            Assert.Contains("Score3:suggests", string.Concat(assessment.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
            Assert.Contains("Exploitation by older associates", assessment, StringComparison.Ordinal);
            Assert.Contains("Vulnerability: Breakdown of family relationships", assessment, StringComparison.Ordinal);
            Assert.Contains("Moderate indicator: Staying out late", assessment, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DecisionPage_ForARiskAssessment_ShowsItsScoreCategoriesAndItemsTicked()
    {
        var child = await _data.ChildAsync("CLA", allocatedTeam: "Corporate Parenting");
        var now = Now;
        var taskId = await _app.WithDbAsync(async db =>
        {
            var assessment = new RiskAssessment
            {
                ChildId = child.Id, SuggestedCategory = "", AssessedBy = "social-worker@example.org", CreatedAt = now, UpdatedAt = now, SentForAuthorisationAt = now,
                Status = RiskAssessmentStatus.AwaitingAuthorisation, PrincipalConcern = "Online contact with adults", CategoryRationale = "Known to be groomed online",
            };
            assessment.SeriesId = assessment.Id;
            assessment.Apply(PolicyProfileCatalog.Load("NorthSomerset").Seraf, new SerafAnswers { Vulnerabilities = new HashSet<string> { "V8" } });
            assessment.AssessorCategory = "Category3";
            var teamId = await db.Children.Where(c => c.Id == child.Id).Select(c => c.AllocatedTeamId).SingleAsync();
            var duty = new DutyTask
            {
                ChildId = child.Id, RiskAssessmentId = assessment.Id, Type = TaskType.ManagerAuthorisation, RuleId = RuleIds.ManagerAuthorisation,
                DedupeKey = $"test/{Guid.NewGuid():N}", Title = "Authorise the Child Exploitation risk assessment (version 1)", Status = DutyStatus.Open,
                RaisedAt = now, DueAt = now.AddDays(2), AssigneeRole = PolicyRole.TeamManager, AssigneeTeamId = teamId,
            };
            db.AddRange(assessment, duty);
            await db.SaveChangesAsync();
            return duty.Id;
        });

        var page = await (await _app.SignedInAsync(Roles.TeamManager)).GetAsync($"/authorisations/{taskId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector("[data-testid=approval-interview]"));
        var assessment = page.Document.QuerySelector("[data-testid=approval-assessment]")!.TextContent;
        Assert.Contains("Score1:suggests", string.Concat(assessment.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
        Assert.Contains("Category 3: moderate risk. Why: Known to be groomed online", assessment, StringComparison.Ordinal);
        Assert.Contains("Online contact with adults", assessment, StringComparison.Ordinal);
        Assert.Contains("Vulnerability: Low self-esteem", assessment, StringComparison.Ordinal);
        Assert.Contains("Child looked after", page.Document.QuerySelector("[data-testid=approval-child]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R30_NorthSomerset_TheChildsOwnTeamManagerAuthorises_NotTheRhiWorkersManager()
    {
        // 001 §3.5: the child's allocated social worker's team manager, not Family Wellbeing's (the RHI worker's team).
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var child = await _data.ChildAsync("CIN", team: team);
        var (rhiId, duty) = await SentAsync(child.LocalId);

        Assert.Equal(team.Id, duty.AssigneeTeamId);
        var queue = await (await _app.SignedInAsync(manager)).GetAsync("/authorisations");
        Assert.NotNull(queue.Document.QuerySelector($"a[href='/authorisations/{duty.Id}']"));
        var rhiTeam = await _app.WithDbAsync(db => db.ReturnHomeInterviews.Where(r => r.Id == rhiId).Select(r => r.AllocatedTeamId!.Value).SingleAsync());
        var rhiManager = await _data.WorkerAsync(Roles.TeamManager, new TestData.TestTeam(rhiTeam, "The RHI worker's team"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync(rhiManager)).GetAsync($"/authorisations/{duty.Id}")).StatusCode);
    }

    [Fact]
    public async Task R30_ConveneAStrategyMeeting_IsADutyOfTheChildsTeamManager_ClosedByRecordingTheMeeting()
    {
        var (_, duty) = await SentAsync();
        await AuthoriseAsync(duty.Id, "ConveneStrategyMeeting", "Older associates seen at the bus station again.");

        var meeting = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .SingleAsync(t => t.ChildId == duty.ChildId && t.Type == TaskType.StrategyMeeting && t.RuleId == RuleIds.ManagerAuthorisation));
        Assert.Equal((DutyStatus.Open, PolicyRole.TeamManager, duty.AssigneeTeamId), (meeting.Status, meeting.AssigneeRole, meeting.AssigneeTeamId));
        Assert.StartsWith("Convene a strategy meeting: the outcome recorded when the return home interview was authorised on", meeting.Title, StringComparison.Ordinal);

        // The child's team manager finds it on the child's summary and records the meeting.
        var manager = await _app.SignedInAsync(Roles.TeamManager);
        var summary = await manager.GetAsync($"/children/{duty.ChildId}");
        var link = summary.Document.QuerySelectorAll("a").First(a => a.GetAttribute("href") == $"/children/{duty.ChildId}/meetings/new?type=StrategyMeeting");
        var form = await manager.GetAsync(link.GetAttribute("href")!);
        var values = When("HeldAt", Now.AddMinutes(-5));
        values["Type"] = "StrategyMeeting";
        values["Attendees"] = "Jo Smith, Police";
        values["RiskFactors"] = "Older associates";
        values["Actions"] = "Disruption plan – Police";
        var saved = await manager.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(DutyStatus.Done, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == meeting.Id).Select(t => t.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("ReferToChildrensServices", "Refer to Children's Services for assessment")]
    [InlineData("ReferToFamilyWellbeing", "Refer to Family Wellbeing for early help")]
    public async Task R30_AReferral_IsADutyForFrontDoor_WhoRecordsItMadeThroughThePage(string outcome, string what)
    {
        var (_, duty) = await SentAsync();
        await AuthoriseAsync(duty.Id, outcome, "Needs an assessment of the family's needs.");
        var referral = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.ChildId == duty.ChildId && t.Type == TaskType.Referral));
        Assert.Equal((DutyStatus.Open, PolicyRole.FrontDoor, RuleIds.ManagerAuthorisation), (referral.Status, referral.AssigneeRole, referral.RuleId));
        Assert.StartsWith($"{what}: the outcome recorded when the return home interview was authorised on", referral.Title, StringComparison.Ordinal);

        // Front Door finds it in its list of referrals to make, and on the child's summary.
        var frontDoor = await _app.SignedInAsync(Roles.FrontDoor);
        var list = await frontDoor.GetAsync("/front-door/referrals");
        var row = list.Document.QuerySelectorAll("[data-testid=referrals] tbody tr").Single(r => r.TextContent.Contains(referral.Title, StringComparison.Ordinal));
        Assert.NotNull(row.QuerySelector($"a[href='/children/{duty.ChildId}/duties/{referral.Id}']"));
        var summary = await frontDoor.GetAsync($"/children/{duty.ChildId}");
        var link = summary.Document.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/children/{duty.ChildId}/duties/{referral.Id}");
        Assert.StartsWith("Record the referral made", link.TextContent.Trim(), StringComparison.Ordinal);
        var page = await frontDoor.GetAsync(link.GetAttribute("href")!);
        Assert.Equal("Record the referral made", page.Heading);
        Assert.Contains(what, page.Document.QuerySelector("[data-testid=duty-title]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("how were the parents or carers involved?", page.Text, StringComparison.Ordinal);

        var refused = await frontDoor.SubmitAsync(page, When("DoneAt", Now));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Enter what was done, and who was told", refused.ErrorSummary);
        Assert.Equal(DutyStatus.Open, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == referral.Id).Select(t => t.Status).SingleAsync()));

        var values = When("DoneAt", Now);
        values["WhatWasDone"] = "Referral made with the mother's agreement.";
        var done = await frontDoor.SubmitAsync(page, values);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(DutyStatus.Done, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == referral.Id).Select(t => t.Status).SingleAsync()));
        Assert.Null((await frontDoor.GetAsync("/front-door/referrals")).Document.QuerySelector($"a[href='/children/{duty.ChildId}/duties/{referral.Id}']"));
    }

    [Theory]
    [InlineData(Roles.FrontDoor, HttpStatusCode.OK)]
    [InlineData(Roles.TeamManager, HttpStatusCode.OK)]
    [InlineData(Roles.SocialWorker, HttpStatusCode.Forbidden)]
    [InlineData(Roles.RhiWorker, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Police, HttpStatusCode.Forbidden)]
    public async Task ReferralsToMake_AreForFrontDoorAndItsReaders(string role, HttpStatusCode expected)
    {
        var page = await (await _app.SignedInAsync(role)).GetAsync("/front-door/referrals");

        Assert.Equal(expected, page.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal("Referrals to make", page.Heading);
        }
    }

    [Fact]
    public async Task R30_TheOutcomeAndRationale_AreShownOnTheEpisodeTheChildsTimelineAndTheDecisionPage()
    {
        var (_, duty) = await SentAsync();
        await AuthoriseAsync(duty.Id, "ContinueCurrentSupport", "The safety plan is working.");

        var client = await _app.SignedInAsync(Roles.HeadOfService);
        var episode = await client.GetAsync($"/episodes/{duty.EpisodeId}");
        var decision = episode.Document.QuerySelector("[data-testid=decision]")!.TextContent;
        Assert.Contains("Authorised: Continue current support", decision, StringComparison.Ordinal);
        Assert.Contains("The safety plan is working.", decision, StringComparison.Ordinal);
        Assert.Contains("by Tina Team Manager", decision, StringComparison.Ordinal); // by name, not e-mail address

        var decided = (await client.GetAsync($"/authorisations/{duty.Id}")).Document.QuerySelector("[data-testid=decided]")!.TextContent;
        Assert.Contains("Authorised: Continue current support", decided, StringComparison.Ordinal);
        Assert.Contains("Rationale: The safety plan is working.", decided, StringComparison.Ordinal);

        var timeline = (await client.GetAsync($"/children/{duty.ChildId}/episodes")).Document.QuerySelector("[data-testid=timeline]")!.TextContent;
        Assert.Contains("Authorised: Continue current support", timeline, StringComparison.Ordinal);
        Assert.Contains("Return home interview. Rationale: The safety plan is working.", timeline, StringComparison.Ordinal);
    }
}

public sealed class ApprovalLoopTestsOnSqlite(SqliteAppFactory app) : ApprovalLoopTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ApprovalLoopTestsOnPostgreSql(PostgreSqlAppFactory app) : ApprovalLoopTests(app), IClassFixture<PostgreSqlAppFactory>;
