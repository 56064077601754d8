using System.Text.RegularExpressions;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using Matrix = MissingChildren.Domain.Children.NeedToKnow;

namespace MissingChildren.Tests.NeedToKnow;

/// <summary>
/// The need-to-know matrix (<see cref="Matrix"/>) against the expected table written beside this test
/// (NeedToKnowMatrix.txt) and against the table of docs/need-to-know.md: any widening or narrowing of what a role may
/// do with a part of a child's record fails here, naming the role and the part, until the table and the docs say so too.
/// </summary>
public sealed partial class NeedToKnowMatrixTests
{
    [Fact]
    public void EveryRoleAndPart_IsWhatTheExpectedTableSays()
    {
        var expected = Expected(File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "MissingChildren.Tests", "NeedToKnow", "NeedToKnowMatrix.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (f[0], f[1], f[2])), "NeedToKnowMatrix.txt");

        Assert.Empty(Differences(expected, "NeedToKnowMatrix.txt"));
    }

    [Fact]
    public void TheDocsTable_SaysWhatTheCodeDoes()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "need-to-know.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| Part |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/need-to-know.md has no table starting \"| Part |\"");
        var roles = Named().Matches(lines[header]).Select(m => m.Groups[1].Value).ToList();
        var cells = new List<(string Role, string Part, string Access)>();
        foreach (var row in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var columns = row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            var part = NamedAtEnd().Match(columns[0]).Groups[1].Value;
            Assert.Equal(roles.Count + 1, columns.Count);
            cells.AddRange(roles.Select((role, i) => (role, part, columns[i + 1])));
        }

        Assert.Empty(Differences(Expected(cells, "docs/need-to-know.md"), "docs/need-to-know.md"));
    }

    [Fact]
    public void APersonWithSeveralRoles_GetsTheMostAnyOfThemGives()
    {
        Assert.Equal(PartAccess.Change, Matrix.For([Roles.Education, Roles.SocialWorker], RecordPart.CaseNotes));
        Assert.Equal(PartAccess.Change, Matrix.For([Roles.Police, Roles.RhiWorker], RecordPart.ReturnInterviews));
        Assert.Equal(PartAccess.None, Matrix.For([Roles.Police, Roles.Administrator], RecordPart.CaseNotes));
    }

    /// <summary>The table read into (role, part) → access; every role and part exactly once, only known names.</summary>
    private static Dictionary<(string Role, RecordPart Part), PartAccess> Expected(IEnumerable<(string Role, string Part, string Access)> cells, string source)
    {
        var table = new Dictionary<(string, RecordPart), PartAccess>();
        foreach (var (role, partName, accessName) in cells)
        {
            Assert.True(Roles.All.Contains(role), $"{source}: \"{role}\" is not a role");
            Assert.True(Enum.TryParse<RecordPart>(partName, out var part) && Enum.IsDefined(part), $"{source}: \"{partName}\" is not a part of the record");
            Assert.True(Enum.TryParse<PartAccess>(accessName, out var access) && Enum.IsDefined(access), $"{source}: \"{accessName}\" for {role} and {partName} is not None, Read or Change");
            Assert.True(table.TryAdd((role, part), access), $"{source} names {role} and {partName} twice");
        }

        return table;
    }

    /// <summary>Every role and part where the code and the table differ, in words that say which way.</summary>
    private static List<string> Differences(Dictionary<(string Role, RecordPart Part), PartAccess> expected, string source)
    {
        var differences = new List<string>();
        foreach (var role in Roles.All)
        {
            foreach (var part in Enum.GetValues<RecordPart>())
            {
                if (!expected.TryGetValue((role, part), out var want))
                {
                    differences.Add($"{source} does not say what {role} may do with {part}");
                    continue;
                }

                var actual = Matrix.For(role, part);
                if (actual != want)
                {
                    differences.Add($"{role}, {part}: the code gives {actual}, {source} says {want} (a {(actual > want ? "widening" : "narrowing")})");
                }
            }
        }

        return differences;
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

    [GeneratedRegex(@"\(`(\w+)`\)")]
    private static partial Regex Named();

    [GeneratedRegex(@"\(`(\w+)`\)$")]
    private static partial Regex NamedAtEnd();
}
