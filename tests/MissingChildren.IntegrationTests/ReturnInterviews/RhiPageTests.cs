using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// The RHI worker's task tray (/rhi) and the RHI page (/rhi/{id}) with the North Somerset profile, on each database:
/// every action, every validation message, and what each changed.
/// </summary>
public abstract partial class RhiPageTests
{
    private readonly AppFactory _app;
    private readonly RhiTestData _data;

    protected RhiPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new RhiTestData(app);
    }

    private async Task<(HtmlClient Client, HtmlClient.Page Page)> OpenAsync(Guid rhiId, string role = Roles.RhiWorker)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);
        var page = await client.GetAsync($"/rhi/{rhiId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, page);
    }

    private static Task<HtmlClient.Page> SubmitAsync(HtmlClient client, HtmlClient.Page page, string handler, Dictionary<string, string?> values) =>
        client.SubmitAsync(page, values, $"form[action*='handler={handler}']");

    private static Dictionary<string, string?> When(string prefix, DateTimeOffset utc) => new()
    {
        [$"{prefix}.Day"] = utc.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Month"] = utc.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Year"] = utc.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Time"] = utc.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), // November: UK time is UTC
    };

    private static Dictionary<string, string?> Attempt(DateTimeOffset at, string outcome = "NoAnswer")
    {
        var values = When("Attempt.At", at);
        values["Attempt.Method"] = "Phone";
        values["Attempt.Contacted"] = "ParentOrCarer";
        values["Attempt.Outcome"] = outcome;
        return values;
    }

    private static Dictionary<string, string?> Interview(DateTimeOffset at)
    {
        var values = When("Interview.InterviewedAt", at);
        values["Interview.Location"] = "Family home";
        values["Interview.PeoplePresent"] = "The child and their mother";
        values["Interview.ChildAccount"] = "Stayed with a friend after an argument at home.";
        values["Interview.ParentsCarersViews"] = "Worried, wants family support.";
        values["Interview.RisksIdentified"] = "None found";
        values["Interview.ConsentToShare"] = "yes";
        return values;
    }

    // ----- The tray -----

    [Fact]
    public async Task Tray_AsTeamManager_ListsUnallocatedWithTheAllocationDeadline()
    {
        var id = await _data.RequestedRhiAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);

        var (page, row) = await RhiTestData.TrayRowAsync(client, id);

        Assert.Equal("Return home interviews", page.Heading);
        var unallocated = row.Closest("table")!;
        Assert.Same(page.Document.QuerySelectorAll("#unallocated ~ table")[0], unallocated);
        Assert.Contains("Allocate by (R19)", unallocated.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tray_AsRhiWorker_ListsMyInterviewsWithDeadlinesConsentAndAttempts()
    {
        var id = await _data.AllocatedRhiAsync();
        var unallocated = await _data.RequestedRhiAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.RhiWorker);

        var (page, row) = await RhiTestData.TrayRowAsync(client, id);

        Assert.Contains("My interviews", page.Text, StringComparison.Ordinal);
        await RhiTestData.TrayRowAsync(client, unallocated); // the team's unallocated interviews are listed too
        Assert.Contains("Not yet asked", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Make the first contact attempt", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Education)]
    [InlineData(Roles.Police)]
    public async Task Tray_ForOtherRoles_Returns403(string role)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/rhi")).StatusCode);
    }

    [Fact]
    public async Task Rhi_ForOtherRoles_Returns403_AndAnotherTeamsRhi_Returns404()
    {
        var id = await _data.RequestedRhiAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.SocialWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/rhi/{id}")).StatusCode);

        var allocatedElsewhere = await _data.RequestedRhiAsync();
        await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == allocatedElsewhere);
            rhi.AllocatedWorkerId = (await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.FrontDoor))).Id;
            return await db.SaveChangesAsync();
        });
        var worker = _app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/rhi/{allocatedElsewhere}")).StatusCode);
    }

    // ----- Allocate (R19) -----

    [Fact]
    public async Task Post_Allocate_WhenNoWorkerSelected_ReturnsError()
    {
        var id = await _data.RequestedRhiAsync();
        var (client, page) = await OpenAsync(id, Roles.TeamManager);

        var result = await SubmitAsync(client, page, "Allocate", new() { ["Allocate.WorkerId"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Select who will do the interview"], result.ErrorSummary);
        Assert.StartsWith("Error: ", result.Title, StringComparison.Ordinal);
        Assert.Equal(RhiStatus.Requested, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Allocate_AsManager_AllocatesToTheWorkerAndTheirOfferDuty()
    {
        var id = await _data.RequestedRhiAsync();
        var (client, page) = await OpenAsync(id, Roles.TeamManager);
        var workerId = page.Document.QuerySelector("#Allocate_WorkerId option[value]:not([value=''])")!.GetAttribute("value");

        var result = await SubmitAsync(client, page, "Allocate", new() { ["Allocate.WorkerId"] = workerId });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Allocated, rhi.Status);
        Assert.Equal(workerId, rhi.AllocatedWorkerId);
        var offer = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == id && t.Type == TaskType.ReturnHomeInterview));
        Assert.Equal(workerId, offer.AssigneeUserId);
        var after = await client.GetAsync(result.Location!);
        Assert.Contains("Interview allocated", after.Text, StringComparison.Ordinal);
        Assert.Contains("Rory Interview Worker", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rhi_AsRhiWorker_HasNoAllocateForm()
    {
        var id = await _data.AllocatedRhiAsync();
        var (_, page) = await OpenAsync(id);

        Assert.Null(page.Document.QuerySelector("form[action*='handler=Allocate']"));
    }

    // ----- Contact attempts (R20) -----

    [Fact]
    public async Task Post_Attempt_WhenEmpty_ReturnsEachError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Attempt", new());

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        // The summary's order comes from ModelState (shorter keys first), so only the messages are compared.
        Assert.Equal(
            new[] { "Enter when the attempt was made", "Select how you tried to make contact", "Select who you tried to contact", "Select what happened" }.Order(),
            result.ErrorSummary.Order());
        Assert.Equal("Enter when the attempt was made", result.FieldError("Attempt_At"));
        Assert.Empty((await _data.LoadAsync(id)).ContactAttempts);
    }

    [Fact]
    public async Task Post_Attempt_WhenNotARealDate_OrInTheFuture_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);
        var values = Attempt(_data.Now);
        values["Attempt.At.Day"] = "31";
        values["Attempt.At.Month"] = "2";

        var unreal = await SubmitAsync(client, page, "Attempt", values);
        var future = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddHours(2)));

        Assert.Equal(["When the attempt was made must be a real date and time"], unreal.ErrorSummary);
        Assert.Equal(["When the attempt was made must be in the past"], future.ErrorSummary);
    }

    [Fact]
    public async Task Post_Attempt_OnAnUnallocatedRhi_ReturnsError()
    {
        var id = await _data.RequestedRhiAsync();
        var (client, page) = await OpenAsync(id, Roles.TeamManager);
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Attempt']"));

        // Posted anyway (an old page): refused.
        var fake = await OpenAsync(await _data.AllocatedRhiAsync(), Roles.TeamManager);
        var form = fake.Page.Document.QuerySelector("form[action*='handler=Attempt']")!;
        form.SetAttribute("action", $"/rhi/{id}?handler=Attempt");
        var version = (await _data.LoadAsync(id)).Version.ToString();
        var values = Attempt(_data.Now.AddHours(-1));
        values["Version"] = version;
        var result = await fake.Client.SubmitAsync(fake.Page, values, "form[action*='handler=Attempt']");

        Assert.Equal(["Allocate the interview to a worker before recording contact attempts"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Attempt_Offered_RecordsItAndCompletesTheOfferDuty()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var first = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddMinutes(-30), "NoAnswer"));
        page = await client.GetAsync(first.Location!);
        var second = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddMinutes(-10), "InterviewOffered"));

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(2, rhi.ContactAttempts.Count);
        Assert.Equal(RhiStatus.Offered, rhi.Status);
        var offer = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == id && t.Type == TaskType.ReturnHomeInterview && t.RuleId == "R17"));
        Assert.Equal(DutyStatus.Done, offer.Status);
        var after = await client.GetAsync($"/rhi/{id}");
        Assert.Equal(2, after.Document.QuerySelectorAll("[data-testid=attempts] tbody tr").Length);
        Assert.Contains("Spoke to them: interview offered", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Attempt_WithAStaleVersion_ShowsTheConflictAndChangesNothing()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);
        await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == id);
            rhi.InterviewerChoice = InterviewerChoice.SocialWorker;
            return await db.SaveChangesAsync();
        });

        var result = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddMinutes(-5)));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Single(result.ErrorSummary, e => e.StartsWith("Someone else changed this record", StringComparison.Ordinal));
        Assert.Empty((await _data.LoadAsync(id)).ContactAttempts);
        Assert.Equal("Phone", result.Document.QuerySelector("input[name='Attempt.Method'][checked]")?.GetAttribute("value"));
    }

    // ----- Consent (R22) -----

    [Fact]
    public async Task Post_Consent_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new());

        Assert.Equal(["Select whether consent was given"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Consent_RefusedWithoutReasons_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "no", ["Consent.GivenByName"] = "Sam Parent" });

        Assert.Equal(["Enter the reasons consent was refused"], result.ErrorSummary);
    }

    [Theory]
    [InlineData(14, "Enter the name of the parent or carer: a child under 16 needs a parent's or carer's consent")]
    [InlineData(16, "Enter the name of the child: at 16 or over the child gives their own consent")]
    public async Task Post_Consent_WithoutTheName_AsksForTheRightPerson(int age, string message)
    {
        var id = await _data.AllocatedRhiAsync(age);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "yes" });

        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(RhiStatus.Allocated, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Consent_Given_AcceptsAndSetsTheCompletionDeadline()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "yes", ["Consent.GivenByName"] = "Sam Parent" });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Accepted, rhi.Status);
        Assert.Equal(_data.Now, rhi.AcceptedAt);
        Assert.Equal(rhi.RequestedAt.AddHours(72), rhi.CompleteDueAt); // North Somerset: completed within 72 hours of the return
        var consent = Assert.Single(rhi.ConsentRecords);
        Assert.Equal("ParentOrCarer: Sam Parent", consent.GivenBy);
        Assert.True(consent.Consented);
    }

    [Fact]
    public async Task Post_Consent_ForOurLookedAfterChild_IsAssumed()
    {
        var id = await _data.AllocatedRhiAsync(12, lookedAfter: true);
        var (client, page) = await OpenAsync(id);
        Assert.Null(page.Document.QuerySelector("#Consent_GivenByName"));
        Assert.Contains("Assumed: looked after by us", page.Text, StringComparison.Ordinal);

        await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "yes" });

        Assert.Equal("Assumed", Assert.Single((await _data.LoadAsync(id)).ConsentRecords).GivenBy);
    }

    [Fact]
    public async Task Post_Consent_Refused_DeclinesWithTheReasons()
    {
        var id = await _data.AllocatedRhiAsync(17);
        var (client, page) = await OpenAsync(id);

        await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "no", ["Consent.GivenByName"] = "Casey", ["Consent.Reasons"] = "Does not want to talk about it." });

        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Declined, rhi.Status);
        Assert.Null(rhi.InterviewedAt);
        Assert.Equal("Does not want to talk about it.", rhi.NotHeldReasons);
        Assert.False(Assert.Single(rhi.ConsentRecords).Consented);
    }

    // ----- The child's choice (R23) -----

    [Fact]
    public async Task Post_Choice_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14, lookedAfter: true);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Choice", new());

        Assert.Equal(["Select who the child wants to do their interview"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Choice_IndependentPerson_SetsThe24HourRequestDeadline()
    {
        var id = await _data.AllocatedRhiAsync(14, lookedAfter: true);
        var (client, page) = await OpenAsync(id);

        await SubmitAsync(client, page, "Choice", new() { ["Choice.Choice"] = "IndependentPerson" });

        var rhi = await _data.LoadAsync(id);
        Assert.Equal(InterviewerChoice.IndependentPerson, rhi.InterviewerChoice);
        Assert.Equal(_data.Now.AddHours(24), rhi.IndependentRequestDueAt);
        Assert.Null(rhi.IndependentRequestedAt);
        Assert.Contains("Ask the independent service by", (await client.GetAsync($"/rhi/{id}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rhi_ForAChildNotInOurCare_OffersNoChoice()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (_, page) = await OpenAsync(id);

        Assert.Null(page.Document.QuerySelector("form[action*='handler=Choice']"));
    }

    // ----- Letters (R20) -----

    [Fact]
    public async Task Post_Letter_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Letter", new());

        Assert.Equal(["Select whether the child lives independently"], result.ErrorSummary);
        Assert.Empty((await _data.LoadAsync(id)).Letters);
    }

    [Theory]
    [InlineData(11, "no", LetterRecipients.ParentOrCarer, "Dear parent or carer")]
    [InlineData(12, "no", LetterRecipients.ParentOrCarer, "Dear parent or carer")]
    [InlineData(13, "no", LetterRecipients.ParentOrCarer | LetterRecipients.Child, "Dear Casey and parent or carer")]
    [InlineData(15, "yes", LetterRecipients.ParentOrCarer | LetterRecipients.Child, "Dear Casey and parent or carer")]
    [InlineData(16, "no", LetterRecipients.ParentOrCarer | LetterRecipients.Child, "Dear Casey and parent or carer")]
    [InlineData(16, "yes", LetterRecipients.Child, "Dear Casey")]
    public async Task Post_Letter_IsAddressedByAgeAndLivingSituation(int age, string livingIndependently, LetterRecipients expected, string salutation)
    {
        var id = await _data.AllocatedRhiAsync(age);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Letter", new() { ["Letter.LivingIndependently"] = livingIndependently });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        var letter = Assert.Single(rhi.Letters);
        Assert.Equal(expected, letter.Recipients);
        Assert.Equal(salutation, letter.Salutation);
        Assert.Equal(RhiStatus.Offered, rhi.Status);
        Assert.Contains(rhi.ContactAttempts, a => a.Method == ContactPattern.LetterMethod);

        var printable = await client.GetAsync($"/rhi/{id}/letters/{letter.Id}");
        Assert.Equal(HttpStatusCode.OK, printable.StatusCode);
        Assert.Contains(salutation, printable.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetterPdf_Opens_AndHoldsTheChildsNameAndTheOffer()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);
        await SubmitAsync(client, page, "Letter", new() { ["Letter.LivingIndependently"] = "no" });
        var letter = Assert.Single((await _data.LoadAsync(id)).Letters);

        var response = await client.Http.GetAsync(new Uri($"/rhi/{id}/letters/{letter.Id}.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"rhi-letter-{letter.Id:N}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(letter.Pdf, bytes);
        var text = PdfText.Read(bytes);
        Assert.Contains(letter.ChildName, text, StringComparison.Ordinal);
        Assert.Contains("We would like to offer", text, StringComparison.Ordinal);
        Assert.Contains("return home interview", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_OfAnotherRhi_Returns404()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);
        await SubmitAsync(client, page, "Letter", new() { ["Letter.LivingIndependently"] = "no" });
        var letter = Assert.Single((await _data.LoadAsync(id)).Letters);
        var other = await _data.AllocatedRhiAsync(14);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rhi/{other}/letters/{letter.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(new Uri($"/rhi/{other}/letters/{letter.Id}.pdf", UriKind.Relative))).StatusCode);
    }

    // ----- The interview -----

    [Fact]
    public async Task Post_Interview_BeforeConsent_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Interview']"));
        var accepted = await OpenAsync(await _data.AllocatedRhiAsync(status: RhiStatus.Accepted));
        accepted.Page.Document.QuerySelector("form[action*='handler=Interview']")!.SetAttribute("action", $"/rhi/{id}?handler=Interview");
        var values = Interview(_data.Now);
        values["Version"] = (await _data.LoadAsync(id)).Version.ToString();

        var result = await accepted.Client.SubmitAsync(accepted.Page, values, "form[action*='handler=Interview']");

        Assert.Equal(["Record consent to the interview before recording the interview"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Interview_WhenEmpty_ReturnsEachError()
    {
        var id = await _data.AllocatedRhiAsync(status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Interview", new());

        Assert.Equal(
            new[]
            {
                "Enter the date and time of the interview", "Enter where the interview took place", "Enter who was present", "Enter what the child said",
                "Enter the parents' or carers' views: they are spoken with in every case", "Enter the risks found, or 'None found'",
                "Select whether the child agrees to the outcome being shared",
            }.Order(),
            result.ErrorSummary.Order());
        Assert.Equal(RhiStatus.Accepted, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Interview_InTheFuture_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Interview", Interview(_data.Now.AddHours(3)));

        Assert.Equal(["The date of the interview must be in the past"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Interview_ForAnUnaccompaniedAsylumSeekingChild_AsksAboutInterpreting()
    {
        var id = await _data.AllocatedRhiAsync(15, uasc: true, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);

        var missing = await SubmitAsync(client, page, "Interview", Interview(_data.Now));
        var values = Interview(_data.Now);
        values["Interview.InterpreterNeeded"] = "yes";
        var noLanguage = await SubmitAsync(client, page, "Interview", values);
        values["Interview.InterpreterLanguage"] = "Tigrinya";
        var done = await SubmitAsync(client, page, "Interview", values);

        Assert.Equal(["Select whether an interpreter is needed"], missing.ErrorSummary);
        Assert.Equal(["Enter the language the child needs an interpreter for"], noLanguage.ErrorSummary);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.True(rhi.InterpreterNeeded);
        Assert.Equal("Tigrinya", rhi.InterpreterLanguage);
    }

    [Fact]
    public async Task Post_Interview_RecordsEverythingAndCompletes()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        var when = _data.Now;

        var result = await SubmitAsync(client, page, "Interview", Interview(when));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Completed, rhi.Status);
        Assert.Equal(new DateTimeOffset(when.Year, when.Month, when.Day, when.Hour, when.Minute, 0, TimeSpan.Zero), rhi.InterviewedAt);
        Assert.Equal("Family home", rhi.InterviewLocation);
        Assert.Equal("The child and their mother", rhi.PeoplePresent);
        Assert.Equal("Worried, wants family support.", rhi.ParentsCarersViews);
        Assert.True(rhi.ConsentToShare);
        var after = await client.GetAsync($"/rhi/{id}");
        Assert.Contains("Stayed with a friend", after.Document.QuerySelector("[data-testid=interview]")!.TextContent, StringComparison.Ordinal);
    }

    // ----- Declined or no contact (R24) -----

    [Fact]
    public async Task Post_NoInterview_WhenEmpty_ReturnsEachError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "NoInterview", new());

        Assert.Equal(
            new[] { "Select whether the interview was declined or there was no contact", "Enter the reasons the interview did not happen", "Enter the support offered" }.Order(),
            result.ErrorSummary.Order());
    }

    [Fact]
    public async Task Post_NoInterview_Declined_LeavesTheInterviewDateBlank()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "NoInterview", new()
        {
            ["NoInterview.Outcome"] = "Declined", ["NoInterview.Reasons"] = "Family say all is well.", ["NoInterview.SupportOffered"] = "Early help leaflet and contact number.",
        });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Declined, rhi.Status);
        Assert.Null(rhi.InterviewedAt);
        Assert.Equal("Early help leaflet and contact number.", rhi.SupportOffered);
        Assert.Contains("Left blank (R24)", (await client.GetAsync($"/rhi/{id}")).Text, StringComparison.Ordinal);
    }

    // ----- CE screen (R28) -----

    [Fact]
    public async Task Post_Ce_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Ce", new());

        Assert.Equal(["Select the outcome of the CE screen"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Ce_RecordsTheOutcome()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);

        await SubmitAsync(client, page, "Ce", new() { ["Ce.Outcome"] = "NoConcerns" });

        var rhi = await _data.LoadAsync(id);
        Assert.Equal(CeScreenOutcome.NoConcerns, rhi.CeScreenOutcome);
        Assert.Equal(_data.Now, rhi.CeScreenCompletedAt);
    }

    // ----- Send for authorisation (R30) -----

    [Fact]
    public async Task Post_Send_BeforeTheInterviewIsConcluded_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Send']"));
        var form = page.Document.QuerySelector("form[action*='handler=Ce']")!;
        form.SetAttribute("action", $"/rhi/{id}?handler=Send");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[action*='handler=Send']");

        Assert.Equal(["Record the interview, or that it was declined or there was no contact, before sending it for authorisation"], result.ErrorSummary);
        Assert.Equal("Send", result.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href")!.TrimStart('#'));
    }

    [Fact]
    public async Task Post_Send_WithoutTheCeScreen_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        var interviewed = await SubmitAsync(client, page, "Interview", Interview(_data.Now));
        page = await client.GetAsync(interviewed.Location!);

        var result = await SubmitAsync(client, page, "Send", new());

        Assert.Equal(["Complete the CE screen before sending the interview for authorisation"], result.ErrorSummary);
        Assert.Equal(RhiStatus.Completed, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Send_RaisesTheManagerAuthorisationDuty()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        page = await client.GetAsync((await SubmitAsync(client, page, "Interview", Interview(_data.Now))).Location!);
        page = await client.GetAsync((await SubmitAsync(client, page, "Ce", new() { ["Ce.Outcome"] = "NoConcerns" })).Location!);

        var result = await SubmitAsync(client, page, "Send", new());

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.AwaitingAuthorisation, rhi.Status);
        Assert.Equal(_data.Now, rhi.SentForAuthorisationAt);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == id && t.Type == TaskType.ManagerAuthorisation));
        Assert.Equal("R30", duty.RuleId);
        Assert.Equal(PolicyRole.TeamManager, duty.AssigneeRole);
        Assert.Equal(rhi.AllocatedTeamId, duty.AssigneeTeamId);
        Assert.True(duty.DueAt > _data.Now);
        var after = await client.GetAsync(result.Location!);
        Assert.Contains("Sent to the team manager for authorisation", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("form[action*='handler=Send']"));
    }

    // ----- R8: other authorities' children -----

    [Fact]
    public async Task Tray_AsFrontDoor_ShowsTheFormRequest_AndFormReceivedClosesTheChain()
    {
        var localId = await _data.ChildAsync(14, homeAuthority: "Bristol City Council");
        var episodeId = await _data.ReturnAsync(localId);
        Assert.Null(await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId).SingleAsync()));
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);
        var page = await client.GetAsync("/rhi");
        var row = page.Document.QuerySelector($"input[value='{episodeId}']")!.Closest("tr")!;
        Assert.Contains("Bristol City Council", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Request", row.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#unallocated"));

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["episodeId"] = episodeId.ToString() }, $"form:has(input[value='{episodeId}'])");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var open = await _app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open));
        Assert.Equal(0, open);
        var again = await client.SubmitAsync(page, new Dictionary<string, string?> { ["episodeId"] = episodeId.ToString() }, $"form:has(input[value='{episodeId}'])");
        Assert.Equal(["The form for this episode has already been recorded as received"], again.ErrorSummary);
    }
}

public sealed class RhiPageTestsOnSqlite(SqliteAppFactory app) : RhiPageTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RhiPageTestsOnPostgreSql(PostgreSqlAppFactory app) : RhiPageTests(app), IClassFixture<PostgreSqlAppFactory>;
