using System.Globalization;
using System.Text;

namespace MissingChildren.Domain.Children;

/// <summary>The child as a report describes them (any part may be missing).</summary>
public sealed record ReportedChild(string? LocalId, string? FirstName, string? LastName, DateOnly? DateOfBirth, string? Address);

/// <summary>A known child who might be the one reported.</summary>
public sealed record CandidateChild(Guid Id, string LocalId, string FirstName, string LastName, DateOnly? DateOfBirth, string? Address);

/// <summary>A possible match, with a score (higher is likelier) and the reasons, in words, for Front Door to judge.</summary>
public sealed record ChildMatch(CandidateChild Child, int Score, IReadOnlyList<string> Reasons)
{
    /// <summary>
    /// R1: a strong match is the same local ID, or the same name (as given, or with first and last swapped) and the same
    /// date of birth. Front Door may link a strong match in one click; a weak one is opened and compared first.
    /// </summary>
    public bool IsStrong => Reasons.Contains(ChildMatcher.SameLocalId)
                            || Reasons.Contains(ChildMatcher.SameNameAndDateOfBirth)
                            || (Reasons.Contains(ChildMatcher.NamesSwapped) && Reasons.Contains(ChildMatcher.SameDateOfBirth));
}

/// <summary>
/// R1: suggests which known children a notification that could not be linked may be about, and why. It only ever
/// suggests: a person decides, so children are never merged on a guess. Names are compared after a small
/// normalisation (case, accents, hyphens, apostrophes and spaces; a few common short forms such as Jon/John).
/// </summary>
public static class ChildMatcher
{
    public const string SameLocalId = "Same local ID";
    public const string SameNameAndDateOfBirth = "Same name and date of birth";
    public const string SameName = "Same name";
    public const string NamesSwapped = "First and last names swapped";
    public const string SameDateOfBirth = "Same date of birth";
    public const string SameAddress = "Same address";

    /// <summary>A suggestion needs more than a shared date of birth or a shared surname on its own.</summary>
    public const int Threshold = 30;

    private static readonly string[][] ShortForms =
    [
        ["john", "jon", "jonny", "johnny", "jack"],
        ["jonathan", "jon", "jonny"],
        ["william", "will", "bill", "billy", "liam"],
        ["robert", "rob", "bob", "bobby", "robbie"],
        ["elizabeth", "liz", "lizzie", "beth", "eliza", "betty"],
        ["katherine", "catherine", "kate", "katie", "kathy", "cathy"],
        ["michael", "mike", "mikey", "mick"],
        ["daniel", "dan", "danny"],
        ["thomas", "tom", "tommy"],
        ["james", "jim", "jimmy", "jamie"],
        ["alexander", "alex", "alexandra", "sasha"],
        ["rebecca", "becky", "becca"],
        ["jessica", "jess", "jessie"],
        ["samuel", "sam", "sammy", "samantha"],
        ["benjamin", "ben", "benny"],
        ["joseph", "joe", "joey"],
        ["christopher", "chris"],
        ["nicholas", "nick", "nicky"],
        ["matthew", "matt"],
        ["charlotte", "charlie", "lottie"],
        ["olivia", "liv", "livvy"],
        ["abigail", "abby", "abi"],
    ];

    /// <summary>Scores each candidate; returns those at or above the threshold, best first.</summary>
    public static IReadOnlyList<ChildMatch> Match(ReportedChild reported, IEnumerable<CandidateChild> candidates)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(candidates);
        return [.. candidates
            .Select(c => Score(reported, c))
            .Where(m => m.Score >= Threshold)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Child.LastName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Child.FirstName, StringComparer.OrdinalIgnoreCase)];
    }

    public static ChildMatch Score(ReportedChild reported, CandidateChild candidate)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(candidate);
        var reasons = new List<string>();
        var score = 0;

        if (!string.IsNullOrWhiteSpace(reported.LocalId) && string.Equals(reported.LocalId.Trim(), candidate.LocalId, StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(SameLocalId);
            score += 100;
        }

        var first = Normalise(reported.FirstName);
        var last = Normalise(reported.LastName);
        var candidateFirst = Normalise(candidate.FirstName);
        var candidateLast = Normalise(candidate.LastName);
        var sameDob = reported.DateOfBirth is { } dob && candidate.DateOfBirth == dob;
        var dobCounted = false;

        if (first.Length > 0 && last.Length > 0)
        {
            if (first == candidateFirst && last == candidateLast)
            {
                reasons.Add(sameDob ? SameNameAndDateOfBirth : SameName);
                score += sameDob ? 90 : 40;
                dobCounted = sameDob;
            }
            else if (first == candidateLast && last == candidateFirst)
            {
                reasons.Add(NamesSwapped);
                score += 50;
            }
            else if (last == candidateLast && AreSimilar(first, candidateFirst))
            {
                reasons.Add($"Similar name ({reported.FirstName!.Trim()}/{candidate.FirstName})");
                score += 35;
            }
            else if (first == candidateFirst && AreSimilar(last, candidateLast))
            {
                reasons.Add($"Similar name ({reported.LastName!.Trim()}/{candidate.LastName})");
                score += 35;
            }
            else if (last == candidateLast || last == candidateFirst || first == candidateLast)
            {
                score += 10;
            }
        }

        if (sameDob && !dobCounted)
        {
            reasons.Add(SameDateOfBirth);
            score += 20;
        }

        var address = NormaliseAddress(reported.Address);
        if (address.Length > 0 && address == NormaliseAddress(candidate.Address))
        {
            reasons.Add(SameAddress);
            score += 30;
        }

        return new ChildMatch(candidate, score, reasons);
    }

    /// <summary>Lower case, without accents, hyphens, apostrophes or spaces: "Zoë O'Neil-Smith" is "zoeoneilsmith".</summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Two normalised names that are short forms of each other, or one letter apart (Jon/John, Jayden/Jaden).</summary>
    public static bool AreSimilar(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        if (AreShortForms(a, b))
        {
            return true;
        }

        return Math.Min(a.Length, b.Length) >= 3 && OneEditApart(a, b);
    }

    /// <summary>Two normalised names that are common short forms of each other (Jon/John, Liz/Elizabeth).</summary>
    public static bool AreShortForms(string a, string b) => ShortForms.Any(group => group.Contains(a) && group.Contains(b));

    /// <summary>The names a normalised name is a common short or long form of ("bill": "william", "will"...).</summary>
    public static IReadOnlyList<string> ShortFormsOf(string name) =>
        [.. ShortForms.Where(group => group.Contains(name)).SelectMany(group => group).Where(n => n != name).Distinct()];

    private static string NormaliseAddress(string? address) => Normalise(address);

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length == b.Length)
            {
                i++;
            }

            j++;
        }

        return edits + (b.Length - j) + (a.Length - i) <= 1;
    }
}
