using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>The policy page: the profile in force, where it was chosen, and every setting with its protocol text and value.</summary>
public static class GetPolicy
{
    public sealed record Query : IQuery<Result>;

    /// <param name="ChosenBy">Who chose the profile here; null when it comes from configuration.</param>
    public sealed record Result(
        string Name,
        string DisplayName,
        string Authority,
        string? ChosenBy,
        DateTimeOffset? ChosenAt,
        string? ChosenReason,
        IReadOnlyList<string> Sources,
        IReadOnlyList<Group> Groups,
        IReadOnlyList<NotApplied> NotApplied);

    public sealed record Group(string Key, string Title, IReadOnlyList<string> Comments, IReadOnlyList<Setting> Settings);

    /// <param name="Change">The administrator's override in force on this setting, if any.</param>
    public sealed record Setting(string Path, string Label, IReadOnlyList<string> Comments, string Value, Change? Change);

    /// <param name="Path">The setting the override was made on (this setting, or the group of settings holding it).</param>
    /// <param name="FileValue">The profile file's value, in words.</param>
    public sealed record Change(string Path, string ChangedBy, DateTimeOffset ChangedAt, string Reason, string FileValue);

    /// <summary>An override the profile no longer accepts: skipped, and shown so an administrator can put it right.</summary>
    public sealed record NotApplied(string Path, string Value, string ChangedBy, DateTimeOffset ChangedAt, string Reason, IReadOnlyList<string> Problems);

    public sealed class Handler(AppDbContext db, PolicySnapshot snapshot) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var profile = snapshot.Profile;
            var overrides = await db.PolicyOverrides.AsNoTracking().Where(o => o.Profile == profile.Name).ToListAsync(cancellationToken);
            var skipped = snapshot.NotApplied.ToDictionary(n => n.Id);
            var applied = overrides.Where(o => !skipped.ContainsKey(o.Id)).ToList();

            var file = PolicyProfileCatalog.LoadResolvedJson(profile.Name);
            var (_, effective, _) = PolicySnapshot.Overlay(profile.Name, applied);
            var groups = PolicySettings.Groups(file, effective)
                .Select(g => new Group(g.Key, g.Title, g.Comments, g.Settings.Select(s => new Setting(
                    s.Path, s.Label, s.Comments, PolicySettings.InWords(s.Path, s.Value), ChangeOf(s.Path, applied, file))).ToList()))
                .ToList();
            var notApplied = overrides.Where(o => skipped.ContainsKey(o.Id))
                .OrderBy(o => o.Path, StringComparer.Ordinal)
                .Select(o => new NotApplied(o.Path, o.ValueJson, o.ChangedBy, o.ChangedAt, o.Reason, skipped[o.Id].Problems))
                .ToList();

            var choice = snapshot.Choice;
            return new Result(
                profile.Name, profile.DisplayName, profile.Authority, choice?.ChangedBy, choice?.ChangedAt, choice?.Reason,
                PolicySettings.Sources(file), groups, notApplied);
        }

        /// <summary>The latest override on this setting or on a group of settings holding it.</summary>
        private static Change? ChangeOf(string path, List<PolicyOverride> applied, System.Text.Json.Nodes.JsonObject file) =>
            applied
                .Where(o => path == o.Path || path.StartsWith(o.Path + ".", StringComparison.Ordinal) || path.StartsWith(o.Path + "[", StringComparison.Ordinal))
                .OrderByDescending(o => o.ChangedAt)
                .Select(o => new Change(o.Path, o.ChangedBy, o.ChangedAt, o.Reason, FileValue(file, path)))
                .FirstOrDefault();
    }

    /// <summary>The profile file's value at <paramref name="path"/> in words; "Not applied in this profile" where the file has none.</summary>
    public static string FileValue(System.Text.Json.Nodes.JsonObject file, string path)
    {
        try
        {
            return PolicySettings.InWords(path, PolicyPaths.Read(file, path));
        }
        catch (PolicyProfileException)
        {
            return PolicySettings.NotApplied;
        }
    }
}
