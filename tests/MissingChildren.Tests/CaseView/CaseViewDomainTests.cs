using FluentValidation.TestHelper;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.RiskAssessments;

namespace MissingChildren.Tests.CaseView;

/// <summary>The SERAF risk assessment's score, category and versions (R28, R30), and the case view's summaries.</summary>
public sealed class CaseViewDomainTests
{
    private static readonly PolicyProfile Profile = PolicyProfileCatalog.Load("NorthSomerset");
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private static SerafAnswers Answers(string[]? v = null, string[]? m = null, string[]? recent = null, string[]? current = null) => new()
    {
        Vulnerabilities = (v ?? []).ToHashSet(StringComparer.Ordinal),
        ModerateIndicators = (m ?? []).ToHashSet(StringComparer.Ordinal),
        SignificantRecent = (recent ?? []).ToHashSet(StringComparer.Ordinal),
        SignificantCurrent = (current ?? []).ToHashSet(StringComparer.Ordinal),
    };

    private static RiskAssessment NewAssessment() => new() { SuggestedCategory = "", AssessedBy = "sam" };

    [Fact]
    public void Apply_ScoresWithTheProfileWeightsAndSuggestsTheBand()
    {
        var assessment = NewAssessment();

        assessment.Apply(Profile.Seraf, Answers(["V1", "V2"], ["M1"], ["S1"], ["S2"]));

        Assert.Equal(9, assessment.Score);
        Assert.Equal("Category2", assessment.SuggestedCategory);
    }

    [Theory]
    [InlineData(0, "Category1")]
    [InlineData(5, "Category1")]
    [InlineData(10, "Category2")]
    [InlineData(15, "Category3")]
    [InlineData(20, "Category4")]
    public void Apply_SignificantIndicatorsNowWeighFive(int ticks, string expected)
    {
        // Each significant indicator in the past 6 months weighs 5; the rest are made of vulnerabilities (1 each).
        var current = Profile.Seraf.SignificantIndicators.Take(ticks / 5).Select(i => i.Code).ToArray();
        var vulnerabilities = Profile.Seraf.Vulnerabilities.Take(ticks % 5).Select(i => i.Code).ToArray();
        var assessment = NewAssessment();

        assessment.Apply(Profile.Seraf, Answers(vulnerabilities, current: current));

        Assert.Equal(ticks, assessment.Score);
        Assert.Equal(expected, assessment.SuggestedCategory);
    }

    [Fact]
    public void Answers_RoundTripThroughTheStoredJson()
    {
        var answers = Answers(["V3"], ["M2", "M1"], ["S9"], ["S1"]);

        var read = RiskAssessmentAnswers.Read(RiskAssessmentAnswers.Write(answers));

        Assert.Equal(["V3"], read.Vulnerabilities);
        Assert.Equal(["M1", "M2"], read.ModerateIndicators.Order(StringComparer.Ordinal));
        Assert.Equal(["S9"], read.SignificantRecent);
        Assert.Equal(["S1"], read.SignificantCurrent);
    }

    [Fact]
    public void NextVersion_KeepsTheSeriesAndAnswersAsADraft()
    {
        var sent = NewAssessment();
        sent.SeriesId = sent.Id;
        sent.Apply(Profile.Seraf, Answers(["V1"]));
        sent.Status = RiskAssessmentStatus.AwaitingAuthorisation;
        sent.PrincipalConcern = "Older associates";

        var next = sent.NextVersion(Now, "tina", "u2");

        Assert.Equal(sent.SeriesId, next.SeriesId);
        Assert.Equal(2, next.VersionNumber);
        Assert.Equal(RiskAssessmentStatus.Draft, next.Status);
        Assert.Equal(sent.Answers, next.Answers);
        Assert.Equal("Older associates", next.PrincipalConcern);
        Assert.NotEqual(sent.Id, next.Id);
        Assert.False(sent.IsEditableInPlace);
        Assert.True(next.IsEditableInPlace);
    }

    [Fact]
    public void AuthorisationDeadline_IsTwoWorkingDays() => Assert.Equal(2, RiskAssessment.AuthorisationWorkingDays);

    private static SaveRiskAssessment.Command Command(string? category, string? rationale = null, bool send = false, string? concern = "Concern") =>
        new(Guid.NewGuid(), null, null, ["V1", "V2"], ["M1"], ["S1"], ["S2"], category, rationale, concern, null, send);

    [Fact]
    public void Validator_WhenCategoryDiffersFromTheSuggestion_RequiresARationale()
    {
        var result = new SaveRiskAssessment.Validator(Profile).TestValidate(Command("Category4"));

        result.ShouldHaveValidationErrorFor(c => c.CategoryRationale).WithErrorMessage("Explain why your category differs from the suggested one");
    }

    [Fact]
    public void Validator_WhenCategoryIsTheSuggestion_NeedsNoRationale()
    {
        var result = new SaveRiskAssessment.Validator(Profile).TestValidate(Command("Category2", send: true));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validator_WhenSending_RequiresCategoryAndConcern()
    {
        var result = new SaveRiskAssessment.Validator(Profile).TestValidate(Command(null, send: true, concern: null));

        result.ShouldHaveValidationErrorFor(c => c.AssessorCategory).WithErrorMessage("Select the risk category");
        result.ShouldHaveValidationErrorFor(c => c.PrincipalConcern).WithErrorMessage("Enter the principal area of concern");
    }

    [Fact]
    public void Validator_ADraftMayBeIncomplete()
    {
        var result = new SaveRiskAssessment.Validator(Profile).TestValidate(Command(null, concern: null));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void ThreeWithin90Days_CountsAnyThreeStartsWithin90Days()
    {
        Assert.True(RepeatMissing.IsRepeat([Now, Now.AddDays(-40), Now.AddDays(-90)]));
        Assert.False(RepeatMissing.IsRepeat([Now, Now.AddDays(-81), Now.AddDays(-104)]));
        Assert.True(RepeatMissing.IsRepeat([Now.AddDays(-300), Now.AddDays(-200), Now.AddDays(-190), Now.AddDays(-150)]));
        Assert.False(RepeatMissing.IsRepeat([Now, Now.AddDays(-1)]));
    }

    [Fact]
    public void ReadChanges_TurnsTheAuditJsonIntoFieldsAndValues()
    {
        var changes = GetChildCase.Handler.ReadChanges("""{"Title":{"to":"Phone call"},"Score":{"from":3,"to":9},"EndDate":{"from":null,"to":"2026-11-20"}}""");

        Assert.Equal(
            [new("Title", null, "Phone call"), new("Score", "3", "9"), new("EndDate", null, "2026-11-20")],
            changes);
        Assert.Empty(GetChildCase.Handler.ReadChanges(null));
        Assert.Empty(GetChildCase.Handler.ReadChanges("not json"));
    }
}
