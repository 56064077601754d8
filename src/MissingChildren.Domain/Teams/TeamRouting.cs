using System.Text.RegularExpressions;
using MissingChildren.Domain.Children;

namespace MissingChildren.Domain.Teams;

/// <summary>
/// Which team of a function serves a child: the team configured for the child's area or team, with one marked default,
/// in this order:
/// <list type="number">
/// <item>a team of that function that serves the child's allocated team (<see cref="Team.ServesTeamIds"/>);</item>
/// <item>else one whose <see cref="Team.Areas"/> hold the postcode district of the child's address (<see cref="PostcodeDistrict"/>);</item>
/// <item>else the team marked <see cref="Team.IsDefault"/> for that function;</item>
/// <item>else the first of that function by name, as before there were defaults, so an installation without them routes as it did.</item>
/// </list>
/// Within a step several candidates go to the first by name. A team whose kind is <see cref="TeamFunction.Unknown"/>
/// (named by the case management system, not yet set up) never receives work by kind. Pure: the caller loads the (small) teams table once.
/// </summary>
public static partial class TeamRouting
{
    /// <summary>The team of <paramref name="function"/> for a child of <paramref name="allocatedTeamId"/> living at <paramref name="address"/>; null when the council has none.</summary>
    public static Guid? TeamFor(TeamFunction function, Guid? allocatedTeamId, string? address, IEnumerable<Team> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        if (function == TeamFunction.Unknown)
        {
            return null;
        }

        var candidates = teams.Where(t => t.Function == function)
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var district = PostcodeDistrict(address);
        return (allocatedTeamId is { } allocated ? candidates.FirstOrDefault(t => t.ServesTeamIds.Contains(allocated)) : null)?.Id
               ?? (district is null ? null : candidates.FirstOrDefault(t => t.Areas.Any(a => string.Equals(a.Trim(), district, StringComparison.OrdinalIgnoreCase))))?.Id
               ?? candidates.FirstOrDefault(t => t.IsDefault)?.Id
               ?? candidates.FirstOrDefault()?.Id;
    }

    /// <summary>The team of each function that has one for this child: what <see cref="Duties.DutyAssignment"/> raises the child's duties with.</summary>
    public static IReadOnlyDictionary<TeamFunction, Guid> TeamsFor(Child child, IReadOnlyCollection<Team> teams)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(teams);
        var routed = new Dictionary<TeamFunction, Guid>();
        foreach (var function in Enum.GetValues<TeamFunction>())
        {
            if (TeamFor(function, child.AllocatedTeamId, child.Address, teams) is { } id)
            {
                routed[function] = id;
            }
        }

        return routed;
    }

    /// <summary>
    /// The postcode district (outward code, such as <c>ME4</c> or <c>BS23</c>) of the last full UK postcode in an address,
    /// upper case; null when the address holds none. Only a whole postcode (outward and inward code, the space between them
    /// optional, any case) is read: a district alone, or a house number that looks like one, is not taken for a postcode.
    /// </summary>
    public static string? PostcodeDistrict(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var matches = Postcode().Matches(address);
        return matches.Count == 0 ? null : matches[^1].Groups["outward"].Value.ToUpperInvariant();
    }

    /// <summary>Whether <paramref name="value"/> is written as a postcode district: one or two letters, a digit, and a digit or letter (<c>ME4</c>, <c>BS23</c>, <c>EC1A</c>).</summary>
    public static bool IsPostcodeDistrict(string? value) => value is not null && District().IsMatch(value.Trim());

    [GeneratedRegex(@"\b(?<outward>[A-Z]{1,2}[0-9][A-Z0-9]?)\s*(?<inward>[0-9][A-Z]{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex District();
}
