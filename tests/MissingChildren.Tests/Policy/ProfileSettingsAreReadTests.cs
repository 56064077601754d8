using System.Reflection;
using System.Text.RegularExpressions;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Policy;

/// <summary>
/// No dead settings: every setting a profile file can hold is read by the code that applies it. A setting only the
/// profile's definition, its binder and its validator mention does nothing for the council that sets it, and a reader of
/// the profile would believe a rule applies that does not. A new setting arrives with the code that reads it, or not at all.
/// </summary>
/// <remarks>
/// "Read" is found in the source of <c>src/</c> (C# and Razor) (outside the profile's binder and validator): a member access
/// (<c>.OfferWithinHours</c>) or a property pattern (<c>{ StartOnNotification: true }</c>) naming the setting. The search
/// is by name, so a setting that shares its name with a member read elsewhere passes; the settings' names are kept
/// specific for that reason.
/// </remarks>
public sealed partial class ProfileSettingsAreReadTests
{
    /// <summary>Files that mention every setting without applying any: the binder and the validator.</summary>
    private static readonly string[] NotReaders = ["PolicyProfileJson.cs", "PolicyProfileValidator.cs"];

    [Fact]
    public void Every_profile_setting_is_read_by_the_code_that_applies_it()
    {
        var (policy, elsewhere) = (ReaderSource(inPolicy: true), ReaderSource(inPolicy: false));

        var unread = Settings(typeof(PolicyProfile))
            .Where(s => !IsRead(elsewhere, s.Name) && !IsUsedByItsRecord(policy, s.Name))
            .Select(s => $"{s.DeclaringType!.Name}.{s.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unread.Count == 0, $"Profile settings no code reads (apply each one, or remove it from the profiles):{Environment.NewLine}{string.Join(Environment.NewLine, unread)}");
    }

    [Fact]
    public void The_search_finds_a_setting_read_by_member_access_and_by_property_pattern_and_not_its_declaration()
    {
        Assert.True(IsRead("var due = settings.OfferWithinHours;", "OfferWithinHours"));
        Assert.True(IsRead("if (ce is { StartOnNotification: true })", "StartOnNotification"));
        Assert.True(IsRead("x is { Other: 1, StartOnNotification: false }", "StartOnNotification"));
        Assert.False(IsRead("public required int OfferWithinHours { get; init; }", "OfferWithinHours"));
        Assert.False(IsRead("var offerWithinHours = settings.OfferWithinHoursText;", "OfferWithinHours"));
        Assert.True(IsUsedByItsRecord("public bool IsRequiredFor(int age) => age >= MinimumAge;", "MinimumAge"));
        Assert.False(IsUsedByItsRecord("public required int MinimumAge { get; init; }", "MinimumAge"));
    }

    [Fact]
    public void Every_setting_of_every_built_in_profile_is_found_by_the_walk()
    {
        var names = Settings(typeof(PolicyProfile)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        // One from each level: the profile, a section, a nested rule, a list's element type.
        Assert.Contains(nameof(PolicyProfile.CoreHours), names);
        Assert.Contains(nameof(ReturnInterviewSettings.OfferWithinHours), names);
        Assert.Contains(nameof(CeAssessmentSettings.StartOnNotification), names);
        Assert.Contains(nameof(LongMissingReview.Chair), names);
    }

    private static bool IsRead(string source, string setting) =>
        Regex.IsMatch(source, $@"(\.\s*{setting}\b(?!\s*\{{\s*get)|[{{,]\s*{setting}\s*:)");

    /// <summary>A use inside the profile's own records (a rule method such as <c>IsRequiredFor</c>), by its bare name.</summary>
    private static bool IsUsedByItsRecord(string policySource, string setting) =>
        Regex.IsMatch(policySource, $@"\b{setting}\b(?!\s*\{{\s*get)");

    /// <summary>Every settable property of the profile and of the records it holds (lists' elements included).</summary>
    private static IEnumerable<PropertyInfo> Settings(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
            {
                yield return property;
                foreach (var held in HeldTypes(property.PropertyType).Where(IsSettingsRecord))
                {
                    queue.Enqueue(held);
                }
            }
        }
    }

    private static IEnumerable<Type> HeldTypes(Type type)
    {
        yield return Nullable.GetUnderlyingType(type) ?? type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            yield return argument;
        }
    }

    private static bool IsSettingsRecord(Type type) =>
        type is { IsClass: true } && type.Namespace?.StartsWith("MissingChildren.Domain", StringComparison.Ordinal) == true;

    /// <summary>The source that may apply a setting, with comments left out: the profile's records, or everything else.</summary>
    private static string ReaderSource(bool inPolicy)
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var policy = Path.Combine(src, "MissingChildren.Domain", "Policy") + Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("MissingChildren.Migrations.", StringComparison.Ordinal)
                && !NotReaders.Contains(Path.GetFileName(f))
                && f.StartsWith(policy, StringComparison.Ordinal) == inPolicy)
            .ToList();
        Assert.NotEmpty(files);
        return string.Join('\n', files.Select(f => LineComment().Replace(File.ReadAllText(f), "")));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MissingChildren.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (MissingChildren.sln) was not found above the test's folder.");
    }

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
