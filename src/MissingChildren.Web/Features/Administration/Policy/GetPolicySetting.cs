using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>One setting of the profile in force, to change it: its type's input, its values and its override.</summary>
public static class GetPolicySetting
{
    /// <summary>Null when the profile has no such setting and no override names it.</summary>
    public sealed record Query(string Path) : IQuery<Result?>;

    /// <param name="Kind">The input that fits the setting; null when the profile no longer has it (an override that is not applied).</param>
    /// <param name="Input">The form's starting values: the setting's value in force.</param>
    public sealed record Result(
        string Profile,
        string ProfileDisplayName,
        string Path,
        string Group,
        string Label,
        IReadOnlyList<string> Comments,
        SettingKind? Kind,
        bool AllowsNull,
        IReadOnlyList<(string Name, string Words)> Options,
        string Value,
        string FileValue,
        SettingValue Input,
        Override? Override);

    /// <param name="Problems">Why it is not applied; empty when it is.</param>
    public sealed record Override(Guid Version, string Value, string ChangedBy, DateTimeOffset ChangedAt, string Reason, IReadOnlyList<string> Problems);

    public sealed class Handler(AppDbContext db, PolicySnapshot snapshot) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var name = snapshot.Profile.Name;
            var overrides = await db.PolicyOverrides.AsNoTracking().Where(o => o.Profile == name).ToListAsync(cancellationToken);
            var own = overrides.SingleOrDefault(o => o.Path == query.Path);
            var type = PolicyPaths.TypeOf(query.Path);
            var file = PolicyProfileCatalog.LoadResolvedJson(name);
            var (_, effective, notApplied) = PolicySnapshot.Overlay(name, overrides);
            System.Text.Json.Nodes.JsonNode? current = null;
            var exists = type is not null && TryRead(effective, query.Path, out current);
            if (!exists && own is null)
            {
                return null;
            }

            var problems = own is null ? [] : notApplied.FirstOrDefault(n => n.Id == own.Id)?.Problems ?? [];
            var group = PolicyPaths.Parse(query.Path)[0].Key!;
            return new Result(
                name,
                snapshot.Profile.DisplayName,
                query.Path,
                PolicySettings.Title(group),
                PolicySettings.Label(query.Path),
                PolicySettings.CommentsFor(file, query.Path),
                exists ? SettingInput.KindOf(type!) : null,
                type?.AllowsNull ?? false,
                exists ? SettingInput.Options(type!) : [],
                exists ? PolicySettings.InWords(query.Path, current) : PolicySettings.NotApplied,
                GetPolicy.FileValue(file, query.Path),
                exists ? SettingInput.ToInput(type!, current) : new SettingValue(null, null, null, null),
                own is null ? null : new Override(own.Version, own.ValueJson, own.ChangedBy, own.ChangedAt, own.Reason, problems));
        }

        private static bool TryRead(System.Text.Json.Nodes.JsonObject json, string path, out System.Text.Json.Nodes.JsonNode? value)
        {
            try
            {
                value = PolicyPaths.Read(json, path);
                return true;
            }
            catch (PolicyProfileException)
            {
                value = null;
                return false;
            }
        }
    }
}
