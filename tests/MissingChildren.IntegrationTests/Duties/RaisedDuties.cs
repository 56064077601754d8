using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.IntegrationTests.Duties;

/// <summary>A kind of duty a profile's engine raises: its type, rule and the role it is given to.</summary>
public sealed record DutyKind(TaskType Type, string RuleId, PolicyRole Role)
{
    public override string ToString() => $"{Type} {RuleId} {Role}";
}

/// <summary>
/// Every kind of duty the engine can raise in a profile: the pure engine driven over children and episodes that cover
/// each branch (looked after, ours or another authority's, CP, CIN, not known; under 8, 13+, 17; UASC; with and without a
/// social worker; missing, absent; found in hours, out of hours before a weekend and on a Saturday; short and long
/// absences; first, repeat and many episodes; other areas named and reasonable grounds to believe trafficking; missing for hours, days, weeks and months; an RHI with a child's choice of
/// an independent person at each step), plus the R30 manager's authorisation the RHI and risk assessment raise.
/// </summary>
public static class RaisedDuties
{
    /// <summary>Wednesday 18 November 2026, 10:00 GMT: core hours.</summary>
    private static readonly DateTimeOffset InHours = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[][] Involvements =
        [[], ["CLA"], ["CP"], ["CIN"], ["CLAOtherAuthority"], ["EarlyHelp"], ["CP", "CIN"], ["CLA", "CP"]];

    private static readonly int?[] Ages = [5, 14, 17, null];

    private static readonly HistoryFacts[] Histories = [HistoryFacts.FirstEpisode, new(2, 2, 2), new(3, 3, 4), new(6, 5, 6)];

    public static IReadOnlySet<DutyKind> In(string profileName)
    {
        var profile = PolicyProfileCatalog.Load(profileName);
        var engine = new DutyEngine(profile, profile.CreateCalendar(new UkBankHolidaySource(), []));
        var kinds = new HashSet<DutyKind> { new(TaskType.ManagerAuthorisation, RuleIds.ManagerAuthorisation, PolicyRole.TeamManager) };
        foreach (var child in Children())
        {
            foreach (var (episode, now) in Episodes())
            {
                foreach (var history in Histories)
                {
                    foreach (var rhi in Rhis(engine, child, episode, now))
                    {
                        foreach (var r in engine.Plan(child, episode, history, rhi, now))
                        {
                            kinds.Add(new(r.Type, r.RuleId, r.Role));
                        }
                    }
                }
            }
        }

        return kinds;
    }

    private static IEnumerable<ChildFacts> Children()
    {
        foreach (var involvements in Involvements)
        {
            var open = involvements.Select(Enum.Parse<InvolvementType>).ToHashSet();
            foreach (var age in Ages)
            {
                foreach (var allocated in new[] { true, false })
                {
                    foreach (var uasc in new[] { false, true })
                    {
                        yield return new ChildFacts(Guid.Empty, age, open, allocated, uasc);
                    }
                }
            }
        }
    }

    private static IEnumerable<(EpisodeFacts Episode, DateTimeOffset Now)> Episodes()
    {
        var id = Guid.NewGuid();
        foreach (var category in new[] { EpisodeCategory.Missing, EpisodeCategory.Absent })
        {
            foreach (var missingFor in new[] { 1, 5, 30, 80, 24 * 30, 24 * 200 })
            {
                var from = InHours.AddHours(-missingFor);
                yield return (new EpisodeFacts(id, category, EpisodeStatus.Open, from, from, null, null, PoliceRiskLevel.High), InHours);
            }

            // R41, R42, R44: missing from and found in other areas, a whole family missing, reasonable grounds to believe trafficking.
            var recorded = InHours.AddHours(-1);
            yield return (new EpisodeFacts(id, category, EpisodeStatus.Open, InHours.AddHours(-30), InHours.AddHours(-30), null, null, PoliceRiskLevel.High,
                OtherAreas: new OtherAreaFacts(recorded, "Bristol City Council", "Somerset Council", ["Bristol City Council"]), TraffickingGroundsRecordedAt: recorded), InHours);

            // Found: in hours; on a Friday evening (62 hours to Monday, R6 48+); on a Saturday evening (39 hours, R6 16-47).
            foreach (var found in new[] { InHours, new DateTimeOffset(2026, 11, 20, 19, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 21, 18, 0, 0, TimeSpan.Zero) })
            {
                foreach (var missingFor in new[] { 5, 30, 80, 24 * 40 })
                {
                    var from = found.AddHours(-missingFor);
                    yield return (new EpisodeFacts(id, category, EpisodeStatus.Returned, from, from, found, found, PoliceRiskLevel.Medium), found.AddDays(30));
                }
            }
        }
    }

    /// <summary>No RHI; the RHI the engine asks for; and (R23) with a child's choice of an independent person at each step.</summary>
    private static IEnumerable<RhiFacts?> Rhis(DutyEngine engine, ChildFacts child, EpisodeFacts episode, DateTimeOffset now)
    {
        yield return null;
        if (episode.ReturnKnownAt is not { } known || !engine.NeedsReturnInterview(child, episode))
        {
            yield break;
        }

        var id = Guid.NewGuid();
        yield return new RhiFacts(id, known);
        var chosen = known.AddHours(2);
        yield return new RhiFacts(id, known, new IndependentRequestFacts(chosen, chosen.AddHours(24), null, null, null));
        yield return new RhiFacts(id, known, new IndependentRequestFacts(chosen, chosen.AddHours(24), chosen.AddHours(3), null,
            DateOnly.FromDateTime(now.AddDays(-10).UtcDateTime)));
    }
}
