using System.Globalization;
using System.Text.Json.Nodes;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Api;

/// <summary>
/// The child representation of <c>PUT</c> and <c>PATCH /api/v1/children/{localId}</c> (api.md). PUT carries the whole
/// child: every member of <see cref="Members"/> is present, with null where a value is not known, so a missing member
/// never wipes what the service holds. PATCH is an RFC 7396 merge patch applied to the child as held, then read as a PUT.
/// </summary>
public static class ChildBody
{
    /// <summary>The members PUT requires (api.md's child). Only firstName, lastName and involvements may not be null.</summary>
    public static readonly string[] Members =
        ["firstName", "lastName", "dateOfBirth", "gender", "address", "involvements", "allocatedTeam", "allocatedWorkerEmail"];

    /// <summary>Optional: when absent it is left as it is (false for a new child).</summary>
    public const string UnaccompaniedAsylumSeeker = "unaccompaniedAsylumSeeker";

    private static readonly string[] InvolvementMembers = ["type", "startDate", "endDate", "legalStatus", "homeAuthority"];

    /// <summary>Reads <paramref name="root"/> as the whole child; what cannot be read is recorded on <paramref name="body"/>.</summary>
    public static UpsertChild.Command ToCommand(JsonBody body, JsonObject root, string localId)
    {
        ArgumentNullException.ThrowIfNull(body);
        body.RequireMembers(root, "", Members);
        body.OnlyMembers(root, "", [.. Members, UnaccompaniedAsylumSeeker]);
        var input = new EdgeInput();
        var involvements = new List<UpsertChild.InvolvementInput>();
        var array = body.GetArray(root, "involvements", "involvements");
        if (root.TryGetPropertyValue("involvements", out var listed) && listed is null)
        {
            body.Error("involvements", "involvements must be an array: send [] when the child has none");
        }

        if (root.TryGetPropertyValue(UnaccompaniedAsylumSeeker, out var flag) && flag is null)
        {
            body.Error(UnaccompaniedAsylumSeeker, $"{UnaccompaniedAsylumSeeker} must be true or false");
        }

        // Past the limit nothing more is read: the validator says how many are allowed.
        var count = Math.Min(array?.Count ?? 0, UpsertChild.Validator.MaxInvolvements + 1);
        for (var i = 0; array is not null && i < count; i++)
        {
            var path = $"involvements[{i}]";
            if (array[i] is not JsonObject item)
            {
                body.Error(path, $"{path} must be an object");
                continue;
            }

            body.OnlyMembers(item, path, InvolvementMembers);
            var property = $"Involvements[{i}]";
            involvements.Add(new UpsertChild.InvolvementInput(
                input.Choice<Domain.Children.InvolvementType>(body.GetString(item, "type", $"{path}.type"), $"{property}.Type", UpsertChild.UnknownInvolvementType),
                input.Date(body.GetString(item, "startDate", $"{path}.startDate"), $"{property}.StartDate", "Start date", "2024-01-10"),
                input.Date(body.GetString(item, "endDate", $"{path}.endDate"), $"{property}.EndDate", "End date", "2024-01-10"),
                body.GetString(item, "legalStatus", $"{path}.legalStatus"),
                body.GetString(item, "homeAuthority", $"{path}.homeAuthority")));
        }

        if (array is not null && array.Count > count)
        {
            involvements.AddRange(Enumerable.Repeat(new UpsertChild.InvolvementInput(null, null, null, null, null), array.Count - count));
        }

        return new UpsertChild.Command(
            localId,
            body.GetString(root, "firstName", "firstName"),
            body.GetString(root, "lastName", "lastName"),
            input.Date(body.GetString(root, "dateOfBirth", "dateOfBirth"), nameof(UpsertChild.Command.DateOfBirth), ReceiveNotification.Labels.DateOfBirth, "2010-05-01"),
            body.GetString(root, "gender", "gender"),
            body.GetString(root, "address", "address"),
            body.GetBoolean(root, UnaccompaniedAsylumSeeker, UnaccompaniedAsylumSeeker),
            involvements,
            body.GetString(root, "allocatedTeam", "allocatedTeam"),
            body.GetString(root, "allocatedWorkerEmail", "allocatedWorkerEmail"),
            input.Errors);
    }

    /// <summary>The child as held, in the PUT representation, with a merge patch (RFC 7396) applied; a member the patch nulls is null.</summary>
    public static JsonObject Patched(GetChild.Result child, JsonObject patch)
    {
        ArgumentNullException.ThrowIfNull(child);
        var merged = (JsonObject)Merge(Representation(child), patch)!;
        foreach (var member in Members.Append(UnaccompaniedAsylumSeeker).Where(m => !merged.ContainsKey(m)))
        {
            merged[member] = null;
        }

        return merged;
    }

    private static JsonObject Representation(GetChild.Result child) => new()
    {
        ["firstName"] = child.FirstName,
        ["lastName"] = child.LastName,
        ["dateOfBirth"] = Iso(child.DateOfBirth),
        ["gender"] = child.Gender,
        ["address"] = child.Address,
        [UnaccompaniedAsylumSeeker] = child.UnaccompaniedAsylumSeeker,
        ["involvements"] = new JsonArray([.. child.Involvements.Select(i => (JsonNode)new JsonObject
        {
            ["type"] = i.Type,
            ["startDate"] = Iso(i.StartDate),
            ["endDate"] = Iso(i.EndDate),
            ["legalStatus"] = i.LegalStatus,
            ["homeAuthority"] = i.HomeAuthority,
        })]),
        ["allocatedTeam"] = child.AllocatedTeam,
        ["allocatedWorkerEmail"] = child.AllocatedWorkerEmail,
    };

    /// <summary>RFC 7396 §2: an object merges member by member, null removes, anything else (arrays too) replaces.</summary>
    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject existing ? (JsonObject)existing.DeepClone() : [];
        foreach (var (name, value) in members)
        {
            var current = result[name];
            result.Remove(name);
            if (value is not null)
            {
                result[name] = Merge(current, value);
            }
        }

        return result;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
