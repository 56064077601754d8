using System.Globalization;
using System.Text;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Administration.Audit;

/// <summary>
/// An audit entry in words, for the search page and the CSV export: who ("Sam Patel (sam.patel@council.example)",
/// "system", "police (integration client)"), what ("Viewed the case record", "Changed a return home interview") and what
/// changed ("Status: Requested → Allocated"), never raw JSON.
/// </summary>
public static class AuditText
{
    /// <summary>How long a changed value may be on the page before it is shortened (the export keeps it whole).</summary>
    public const int ShortValueLength = 120;

    /// <summary>A kind of record: its name, and how a sentence names one (the child's own record is "the case record").</summary>
    public sealed record RecordKind(string Name, string InASentence);

    private static readonly Dictionary<string, RecordKind> Kinds = new(StringComparer.Ordinal)
    {
        ["Child"] = new("Case record", "the case record"),
        ["Involvement"] = new("Involvement", "an involvement"),
        ["MissingEpisode"] = new("Missing episode", "a missing episode"),
        ["EpisodeCategoryChange"] = new("Episode category change", "an episode's category"),
        ["Notification"] = new("Missing or found report", "a missing or found report"),
        ["DutyTask"] = new("Duty", "a duty"),
        ["ReturnHomeInterview"] = new("Return home interview", "a return home interview"),
        ["ContactAttempt"] = new("Contact attempt", "a contact attempt"),
        ["ConsentRecord"] = new("Consent", "a consent record"),
        ["RhiLetter"] = new("Return home interview letter", "a return home interview letter"),
        ["Meeting"] = new("Meeting", "a meeting"),
        ["Notice"] = new("Notice", "a notice"),
        ["User"] = new("User", "a user"),
        ["AuthorisationDecision"] = new("Authorisation decision", "an authorisation decision"),
        ["CaseNote"] = new("Case note", "a case note"),
        ["RiskAssessment"] = new("Risk assessment", "a risk assessment"),
        ["Plan"] = new("Plan", "a plan"),
        ["FiledDocument"] = new("Filed document", "a filed document"),
        ["Team"] = new("Team", "a team"),
        ["ApiClient"] = new("Integration client", "an integration client"),
        ["PolicyOverride"] = new("Policy setting", "a policy setting"),
        ["PolicyChoice"] = new("Policy profile", "the policy profile"),
        ["PolicyRevision"] = new("Policy revision", "a policy revision"),
        ["ClosureDay"] = new("Closure day", "a closure day"),
        ["AuditLog"] = new("Audit log", "the audit log"),
    };

    /// <summary>The audited records by their type's name, as the audit log holds it.</summary>
    private static readonly Lazy<Dictionary<string, Type>> EntityTypes = new(() =>
        typeof(Domain.Entity).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Domain.Entity)) && !t.IsAbstract)
            .ToDictionary(t => t.Name, StringComparer.Ordinal));

    /// <summary>A record type in words; one this list does not know is spelt out from its name ("SomeRecord" is "some record").</summary>
    public static RecordKind Kind(string entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (Kinds.TryGetValue(entityType, out var kind))
        {
            return kind;
        }

        var words = Words(entityType);
        var article = words.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(words[0]), StringComparison.Ordinal) ? "an" : "a";
        return new RecordKind(words, $"{article} {words.ToLowerInvariant()}");
    }

    /// <summary>"Viewed the case record", "Changed a return home interview", "Exported the audit log".</summary>
    public static string What(string action, string entityType)
    {
        var record = Kind(entityType).InASentence;
        return action switch
        {
            AuditSearch.Viewed => $"Viewed {record}",
            "Added" => $"Added {record}",
            "Modified" => $"Changed {record}",
            "Deleted" => $"Deleted {record}",
            AuditSearch.Refused => $"Was refused {record}",
            AuditSearch.Exported => $"Exported {record}",

            // An administrator's actions on a user's account (Features/Administration/Users).
            "SignedOut" => $"Signed {record} out everywhere",
            "SetLinkSent" => $"Sent {record} a link to set their password",
            "PasswordSet" => $"Set the password of {record}",
            _ => $"{action} {record}",
        };
    }

    /// <summary>
    /// What a change did, where one field tells it in the words of the work: "Recorded the child as found", "Closed the
    /// episode", "Completed a duty", "Allocated the return home interview"; otherwise <see cref="What(string, string)"/>.
    /// </summary>
    public static string What(string action, string entityType, string? changes)
    {
        if (action != "Modified")
        {
            return What(action, entityType);
        }

        var set = GetChildCase.Handler.ReadChanges(changes).Where(c => c.From is null && c.To is not null).Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        var status = GetChildCase.Handler.ReadChanges(changes).FirstOrDefault(c => c.Field == nameof(Domain.Duties.DutyTask.Status))?.To;
        return entityType switch
        {
            nameof(Domain.Episodes.MissingEpisode) when set.Contains(nameof(Domain.Episodes.MissingEpisode.FoundAt)) => "Recorded the child as found",
            nameof(Domain.Episodes.MissingEpisode) when set.Contains(nameof(Domain.Episodes.MissingEpisode.ClosedAt)) => "Closed the episode",
            nameof(Domain.Duties.DutyTask) when set.Contains(nameof(Domain.Duties.DutyTask.ClosedAt)) =>
                IsStatus(status, Domain.Duties.DutyStatus.Cancelled) ? "Cancelled a duty" : "Completed a duty",
            nameof(Domain.ReturnInterviews.ReturnHomeInterview) when set.Contains(nameof(Domain.ReturnInterviews.ReturnHomeInterview.AllocatedWorkerId)) =>
                "Allocated the return home interview",
            _ => What(action, entityType),
        };
    }

    /// <summary>A status as the audit log holds it, by number or by name.</summary>
    private static bool IsStatus(string? value, Domain.Duties.DutyStatus status) =>
        value == ((int)status).ToString(CultureInfo.InvariantCulture) || string.Equals(value?.Trim('"'), status.ToString(), StringComparison.Ordinal);

    /// <summary>The action as a word: Viewed, Added, Changed, Deleted, Refused, Exported.</summary>
    public static string Action(string action) => action == "Modified" ? "Changed" : action;

    /// <summary>A user's display name and e-mail; "system" for jobs; an integration client's name, said to be one.</summary>
    public static string Who(AuditSearch.Row row, IReadOnlySet<string> clientNames)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(clientNames);
        if (row.UserName is not null)
        {
            return row.UserEmail is null ? row.UserName : $"{row.UserName} ({row.UserEmail})";
        }

        return row.Actor != HttpContextActor.System && clientNames.Contains(row.Actor) ? $"{row.Actor} (integration client)" : row.Actor;
    }

    /// <summary>
    /// The changed fields of a record of <paramref name="entityType"/> as "Field: from → to" lines: a field added shows its
    /// value ("Field: value", empty ones left out), one deleted what it was ("Field: was value"). A choice stored by
    /// number reads by its name; the record's own id and its child's id are left out (each has its column), and so is a duty's
    /// de-duplication key (the service's own bookkeeping, in codes). Shortened
    /// values end with an ellipsis.
    /// </summary>
    public static IReadOnlyList<string> Changes(string entityType, string? json, bool shorten)
    {
        var lines = new List<string>();
        EntityTypes.Value.TryGetValue(entityType, out var type);
        foreach (var change in GetChildCase.Handler.ReadChanges(json))
        {
            if (change.Field is nameof(Domain.Entity.Id) or "ChildId" or nameof(Domain.Duties.DutyTask.DedupeKey))
            {
                continue;
            }

            var property = type?.GetProperty(change.Field);
            var field = Words(change.Field);
            var from = Value(change.From, property, shorten);
            var to = Value(change.To, property, shorten);
            if (change.From is not null && change.To is not null)
            {
                lines.Add($"{field}: {from} → {to}");
            }
            else if (change.From is not null)
            {
                lines.Add($"{field}: was {from}");
            }
            else if (change.To is not null)
            {
                lines.Add($"{field}: {to}");
            }
        }

        return lines;
    }

    private static string Value(string? value, System.Reflection.PropertyInfo? property, bool shorten)
    {
        if (value is null)
        {
            return "(empty)";
        }

        // Choices are written to the log by number; people read them by name.
        if (property is not null && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { IsEnum: true } choice
            && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return Web.Infrastructure.Web.Words.Of((Enum)Enum.ToObject(choice, number));
        }

        if (property is not null && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { IsEnum: true } named
            && Enum.TryParse(named, value, ignoreCase: false, out var member) && member is Enum code)
        {
            return Web.Infrastructure.Web.Words.Of(code);
        }

        // A contact attempt's choices are stored by code; people read the form's words.
        if (property?.DeclaringType?.Name == "ContactAttempt"
            && new[] { ReturnInterviews.RhiOptions.Methods, ReturnInterviews.RhiOptions.Contacted, ReturnInterviews.RhiOptions.Outcomes }
                .FirstOrDefault(o => ReturnInterviews.RhiOptions.IsOneOf(o, value)) is { } options)
        {
            return ReturnInterviews.RhiOptions.TextOf(options, value);
        }

        // Instants are stored in UTC; people read them in UK local time.
        if (value.Length >= 20 && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return DeadlineText.Local(instant);
        }

        var oneLine = value.ReplaceLineEndings(" ");
        return shorten && oneLine.Length > ShortValueLength ? string.Concat(oneLine.AsSpan(0, ShortValueLength).TrimEnd(), "…") : oneLine;
    }

    /// <summary>"AllocatedWorkerEmail" as "Allocated worker email".</summary>
    private static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsDigit(c) && char.IsLetter(name[i - 1]))
            {
                text.Append(' ').Append(c);
            }
            else if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return text.ToString();
    }
}
