using System.Text.Json;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.RiskAssessments;

public enum RiskAssessmentStatus
{
    Draft,
    AwaitingAuthorisation,
    Authorised,
}

/// <summary>
/// One version of a child's SERAF Child Exploitation risk assessment (001 Appendix 2; R28). Versions of the same
/// assessment share <see cref="SeriesId"/>; a version sent for authorisation is never changed: editing it makes a
/// new version, so what the manager saw is kept.
/// </summary>
public sealed class RiskAssessment : Entity, IBelongsToChild
{
    /// <summary>R30: a manager authorises a risk assessment sent to them within this many working days (<see cref="Duties.AuthorisationDuties"/>).</summary>
    public const int AuthorisationWorkingDays = Duties.AuthorisationDuties.WithinWorkingDays;

    public Guid ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    public Guid SeriesId { get; set; }

    public int VersionNumber { get; set; } = 1;

    /// <summary>The latest version of its series.</summary>
    public bool IsCurrent { get; set; } = true;

    public RiskAssessmentStatus Status { get; set; }

    /// <summary>The ticked item codes (<see cref="SerafAnswers"/>) as JSON.</summary>
    public string Answers { get; set; } = "{}";

    public int Score { get; set; }

    public required string SuggestedCategory { get; set; }

    public string? AssessorCategory { get; set; }

    /// <summary>Why the assessor's category differs from the suggested one (professional judgement).</summary>
    public string? CategoryRationale { get; set; }

    public string? PrincipalConcern { get; set; }

    /// <summary>The Professional Judgement Sheet: anything that increases the concern.</summary>
    public string? AdditionalInformation { get; set; }

    public required string AssessedBy { get; set; }

    public string? AssessorUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SentForAuthorisationAt { get; set; }

    /// <summary>Only a draft is edited in place.</summary>
    public bool IsEditableInPlace => Status == RiskAssessmentStatus.Draft;

    public SerafAnswers ReadAnswers() => RiskAssessmentAnswers.Read(Answers);

    public void Apply(SerafDefinition form, SerafAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        Answers = RiskAssessmentAnswers.Write(answers);
        Score = form.Score(answers);
        SuggestedCategory = form.SuggestCategory(Score).Code;
    }

    /// <summary>A new version holding this one's answers, to be edited after this was sent for authorisation.</summary>
    public RiskAssessment NextVersion(DateTimeOffset now, string assessedBy, string? userId) => new()
    {
        ChildId = ChildId,
        EpisodeId = EpisodeId,
        SeriesId = SeriesId,
        VersionNumber = VersionNumber + 1,
        Status = RiskAssessmentStatus.Draft,
        Answers = Answers,
        Score = Score,
        SuggestedCategory = SuggestedCategory,
        AssessorCategory = AssessorCategory,
        CategoryRationale = CategoryRationale,
        PrincipalConcern = PrincipalConcern,
        AdditionalInformation = AdditionalInformation,
        AssessedBy = assessedBy,
        AssessorUserId = userId,
        CreatedAt = now,
        UpdatedAt = now,
    };
}

/// <summary>The SERAF ticks as stored JSON.</summary>
public static class RiskAssessmentAnswers
{
    private sealed record Stored(string[]? Vulnerabilities, string[]? ModerateIndicators, string[]? SignificantRecent, string[]? SignificantCurrent);

    public static string Write(SerafAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return JsonSerializer.Serialize(new Stored(
            [.. answers.Vulnerabilities.Order(StringComparer.Ordinal)],
            [.. answers.ModerateIndicators.Order(StringComparer.Ordinal)],
            [.. answers.SignificantRecent.Order(StringComparer.Ordinal)],
            [.. answers.SignificantCurrent.Order(StringComparer.Ordinal)]));
    }

    public static SerafAnswers Read(string? json)
    {
        var stored = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<Stored>(json);
        return new SerafAnswers
        {
            Vulnerabilities = (stored?.Vulnerabilities ?? []).ToHashSet(StringComparer.Ordinal),
            ModerateIndicators = (stored?.ModerateIndicators ?? []).ToHashSet(StringComparer.Ordinal),
            SignificantRecent = (stored?.SignificantRecent ?? []).ToHashSet(StringComparer.Ordinal),
            SignificantCurrent = (stored?.SignificantCurrent ?? []).ToHashSet(StringComparer.Ordinal),
        };
    }
}
