namespace MissingChildren.Domain.Policy;

/// <summary>
/// The Child Exploitation risk assessment form (SERAF, 001 Appendix 2): its items, labels exactly
/// as the appendix gives them, the weights used to total a score, and the score bands that suggest
/// a category.
/// </summary>
/// <remarks>
/// The appendix gives the items and two blank boxes, "CSE risk assessment score" and "Risk Category";
/// it gives no weights and no categories. The weights and bands are therefore a policy setting, and
/// the suggested category is only a prompt: the final category is the assessing professional's
/// judgement, recorded with the manager's oversight (R30).
/// </remarks>
public sealed record SerafDefinition
{
    public required string Title { get; init; }

    public required IReadOnlyList<SerafItem> Vulnerabilities { get; init; }

    /// <summary>"Please tick if present on date of assessment or during the past 6 months".</summary>
    public required string ModerateIndicatorsWindow { get; init; }

    public required IReadOnlyList<SerafItem> ModerateIndicators { get; init; }

    /// <summary>"Please tick if present between 6 and 12 months ago".</summary>
    public required string SignificantIndicatorsRecentWindow { get; init; }

    /// <summary>"Please tick if present on date of assessment or during past 6 months".</summary>
    public required string SignificantIndicatorsCurrentWindow { get; init; }

    public required IReadOnlyList<SerafSignificantItem> SignificantIndicators { get; init; }

    /// <summary>Score bands, lowest first; the first starts at 0.</summary>
    public required IReadOnlyList<SerafCategory> Categories { get; init; }

    /// <summary>Totals the weights of the ticked items. Unknown codes are rejected.</summary>
    public int Score(SerafAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Sum(Vulnerabilities, answers.Vulnerabilities, i => i.Weight, nameof(answers.Vulnerabilities))
            + Sum(ModerateIndicators, answers.ModerateIndicators, i => i.Weight, nameof(answers.ModerateIndicators))
            + Sum(SignificantIndicators, answers.SignificantRecent, i => i.WeightRecent, nameof(answers.SignificantRecent))
            + Sum(SignificantIndicators, answers.SignificantCurrent, i => i.WeightCurrent, nameof(answers.SignificantCurrent));
    }

    /// <summary>The category whose band contains <paramref name="score"/> (a suggestion only).</summary>
    public SerafCategory SuggestCategory(int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        return Categories.Last(c => c.MinimumScore <= score);
    }

    private static int Sum<T>(IReadOnlyList<T> items, IReadOnlySet<string> ticked, Func<T, int> weight, string section)
        where T : ISerafCoded
    {
        var total = 0;
        foreach (var code in ticked)
        {
            var item = items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal))
                ?? throw new ArgumentException($"'{code}' is not an item of the SERAF section {section}.", nameof(ticked));
            total += weight(item);
        }

        return total;
    }
}

/// <summary>Anything on the SERAF form with a stable code.</summary>
public interface ISerafCoded
{
    string Code { get; }

    string Label { get; }
}

/// <summary>A vulnerability or moderate risk indicator.</summary>
public sealed record SerafItem : ISerafCoded
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public required int Weight { get; init; }
}

/// <summary>A significant risk indicator, ticked in either or both time windows.</summary>
public sealed record SerafSignificantItem : ISerafCoded
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    /// <summary>Weight when present between 6 and 12 months ago.</summary>
    public required int WeightRecent { get; init; }

    /// <summary>Weight when present on the date of assessment or during the past 6 months.</summary>
    public required int WeightCurrent { get; init; }
}

/// <summary>A risk category and the lowest score that suggests it.</summary>
public sealed record SerafCategory
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public required int MinimumScore { get; init; }
}

/// <summary>The codes ticked on one SERAF form.</summary>
public sealed record SerafAnswers
{
    public IReadOnlySet<string> Vulnerabilities { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> ModerateIndicators { get; init; } = new HashSet<string>();

    /// <summary>Significant indicators present between 6 and 12 months ago.</summary>
    public IReadOnlySet<string> SignificantRecent { get; init; } = new HashSet<string>();

    /// <summary>Significant indicators present on the date of assessment or during the past 6 months.</summary>
    public IReadOnlySet<string> SignificantCurrent { get; init; } = new HashSet<string>();
}
