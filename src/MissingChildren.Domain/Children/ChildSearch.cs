using System.Globalization;
using System.Text.RegularExpressions;

namespace MissingChildren.Domain.Children;

/// <summary>What a person typed in the search box, read as names, a date of birth and an identifier (a local ID or a police reference).</summary>
public sealed record SearchTerms(IReadOnlyList<string> Names, DateOnly? DateOfBirth, string? Identifier)
{
    public bool IsEmpty => Names.Count == 0 && DateOfBirth is null && Identifier is null;
}

/// <summary>How well a child's name answers the names searched for: a score (higher is closer) and whether it was only similar.</summary>
public sealed record NameMatch(int Score, bool Similar);

/// <summary>
/// Finding a child by what a worker remembers (screens.md "Search"): a name (whole, the start of it, or misspelt by a
/// letter or two), a date of birth in the forms people type it ("17/4/2011", "17 April 2011", "2011-04-17"), a local ID
/// or a police reference. Names are compared as <see cref="ChildMatcher.Normalise"/> makes them.
/// </summary>
public static partial class ChildSearch
{
    /// <summary>A search shorter than this finds too much to be of use.</summary>
    public const int MinimumLength = 2;

    public const int MaximumLength = 100;

    /// <summary>At most this many names are searched for: the rest of a long query is ignored.</summary>
    public const int MaximumNames = 3;

    private static readonly string[] DateFormats =
    [
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy", "d MMM yyyy", "d MMMM yyyy", "yyyy-M-d", "yyyy/M/d",
        "d/M/yy", "d-M-yy", "d.M.yy", "d MMM yy", "d MMMM yy",
    ];

    /// <summary>Reads the query; <paramref name="today"/> decides the century of a two-digit year (never in the future).</summary>
    public static SearchTerms Parse(string? query, DateOnly today)
    {
        var text = (query ?? "").Trim();
        if (TryParseDate(text, today, out var whole))
        {
            return new SearchTerms([], whole, null);
        }

        var tokens = Separators().Split(text).Where(t => t.Length > 0).ToList();
        DateOnly? dateOfBirth = null;
        foreach (var width in new[] { 3, 1 })
        {
            for (var start = 0; dateOfBirth is null && start + width <= tokens.Count; start++)
            {
                if (TryParseDate(string.Join(' ', tokens.Skip(start).Take(width)), today, out var date))
                {
                    dateOfBirth = date;
                    tokens.RemoveRange(start, width);
                }
            }
        }

        var identifier = tokens.FirstOrDefault(t => t.Any(char.IsDigit));
        var names = tokens.Where(t => !t.Any(char.IsDigit)).Select(ChildMatcher.Normalise).Where(n => n.Length > 0).Distinct().Take(MaximumNames).ToList();
        return new SearchTerms(names, dateOfBirth, identifier?.ToUpperInvariant());
    }

    /// <summary>A date of birth as people type it; a two-digit year is the latest year ending so that is not after today.</summary>
    public static bool TryParseDate(string text, DateOnly today, out DateOnly date)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("en-GB").Clone();
        culture.DateTimeFormat.Calendar.TwoDigitYearMax = today.Year;
        var cleaned = Ordinals().Replace(text.Trim(), "$1");
        return DateOnly.TryParseExact(cleaned, DateFormats, culture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>
    /// How a child with these names answers every name searched for, or null when one of them matches neither name:
    /// the same name, the start of it ("Jay" for Jayden), a common short form (Bill for William), part of it, or a
    /// name a letter or two apart (<see cref="AllowedEdits"/>).
    /// </summary>
    public static NameMatch? MatchNames(IReadOnlyList<string> names, string firstName, string lastName)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] candidates = [ChildMatcher.Normalise(firstName), ChildMatcher.Normalise(lastName), ChildMatcher.Normalise(firstName + lastName)];
        var total = 0;
        var similar = false;
        foreach (var name in names)
        {
            var best = candidates.Max(c => Score(name, c));
            if (best == 0)
            {
                return null;
            }

            similar |= best < 60;
            total += best;
        }

        return new NameMatch(total, similar);
    }

    /// <summary>How many letters a name of this length may be wrong by and still be found: none under 4, one under 7, else two.</summary>
    public static int AllowedEdits(int length) => length >= 7 ? 2 : length >= 4 ? 1 : 0;

    /// <summary>
    /// Parts of a name, one of which any name it matches must contain: the name itself and its short forms, or, when it
    /// may be misspelt by k letters, it cut in k + 1 pieces (k wrong letters leave at least one piece whole). A database
    /// narrows the children to those containing one, on every provider, before the names are compared here.
    /// </summary>
    public static IReadOnlyList<string> Fragments(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var pieces = AllowedEdits(name.Length) + 1;
        var size = name.Length / pieces;
        var fragments = new List<string>(ChildMatcher.ShortFormsOf(name));
        for (var i = 0; i < pieces; i++)
        {
            var start = i * size;
            fragments.Add(i == pieces - 1 ? name[start..] : name.Substring(start, size));
        }

        return [.. fragments.Distinct()];
    }

    /// <summary>The edit distance (insertions, deletions, substitutions and swaps of two neighbouring letters).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static int Score(string searched, string name)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        if (searched == name)
        {
            return 100;
        }

        if (name.StartsWith(searched, StringComparison.Ordinal))
        {
            return 80;
        }

        if (ChildMatcher.AreShortForms(searched, name))
        {
            return 70;
        }

        if (searched.Length >= 3 && name.Contains(searched, StringComparison.Ordinal))
        {
            return 60;
        }

        var distance = Distance(searched, name);
        return distance <= AllowedEdits(Math.Min(searched.Length, name.Length)) ? 50 - (10 * distance) : 0;
    }

    [GeneratedRegex(@"[\s,]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(\d)(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinals();
}
