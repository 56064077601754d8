using System.Net;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>R22 (001 §2.4): a refusal of consent and its reasons feed the risk assessment and the manager's authorisation.</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task ARefusal_WithItsReasons_IsShownOnTheRiskAssessment_AndOnTheAuthorisation()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);
        var refused = await SubmitAsync(client, page, "Consent", new()
        {
            ["Consent.Consented"] = "no", ["Consent.GivenByName"] = "Sam Parent", ["Consent.Reasons"] = "Does not want professionals in the house again",
        });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var childId = (await _data.LoadAsync(id)).ChildId;

        var worker = _app.CreateHtmlClient();
        await worker.SignInAsync(Roles.SocialWorker);
        var assessment = await worker.GetAsync($"/children/{childId}/risk-assessments/new");
        var shown = assessment.Document.QuerySelector("[data-testid='consent-refusals']")!.TextContent;
        Assert.Contains("The parent or carer, Sam Parent", shown, StringComparison.Ordinal);
        Assert.Contains("Does not want professionals in the house again", shown, StringComparison.Ordinal);

        var taskId = await _app.WithDbAsync(async db =>
        {
            var task = new DutyTask
            {
                ChildId = childId, ReturnHomeInterviewId = id, Type = TaskType.ManagerAuthorisation, RuleId = RuleIds.ManagerAuthorisation,
                DedupeKey = $"test/{Guid.NewGuid():N}", Title = "Authorise the return home interview and record the outcome", Status = DutyStatus.Open,
                RaisedAt = _data.Now, DueAt = _data.Now.AddDays(2), AssigneeRole = PolicyRole.TeamManager,
            };
            db.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });
        var manager = _app.CreateHtmlClient();
        await manager.SignInAsync(Roles.HeadOfService);
        var decide = await manager.GetAsync($"/authorisations/{taskId}");
        Assert.Equal(HttpStatusCode.OK, decide.StatusCode);
        Assert.Contains("Does not want professionals in the house again", decide.Document.QuerySelector("[data-testid='consent-refusals']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutARefusal_TheRiskAssessmentShowsNone()
    {
        var id = await _data.AllocatedRhiAsync();
        var childId = (await _data.LoadAsync(id)).ChildId;
        var worker = _app.CreateHtmlClient();
        await worker.SignInAsync(Roles.SocialWorker);

        var assessment = await worker.GetAsync($"/children/{childId}/risk-assessments/new");

        Assert.Equal(HttpStatusCode.OK, assessment.StatusCode);
        Assert.Null(assessment.Document.QuerySelector("[data-testid='consent-refusals']"));
    }
}
