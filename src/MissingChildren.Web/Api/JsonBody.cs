using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MissingChildren.Web.Api;

/// <summary>
/// Reads a request body as a JSON object and its fields as strings, collecting a message per field that has the
/// wrong JSON type, so bad input gets a precise 400 rather than a generic parse failure.
/// </summary>
public sealed class JsonBody
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    private JsonBody(JsonObject? root, string raw)
    {
        Root = root;
        Raw = raw;
    }

    public JsonObject? Root { get; }

    /// <summary>The body exactly as received.</summary>
    public string Raw { get; }

    public bool HasErrors => _errors.Count > 0;

    public static async Task<JsonBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(cancellationToken);
        JsonNode? node;
        try
        {
            node = string.IsNullOrWhiteSpace(raw) ? null : JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            var malformed = new JsonBody(null, raw);
            malformed.Error("$", "The request body is not valid JSON");
            return malformed;
        }

        if (node is not JsonObject root)
        {
            var notObject = new JsonBody(null, raw);
            notObject.Error("$", "The request body must be a JSON object");
            return notObject;
        }

        return new JsonBody(root, raw);
    }

    public void Error(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var list))
        {
            _errors[path] = list = [];
        }

        list.Add(message);
    }

    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>A string field; absent or null is null; any other type is an error.</summary>
    public string? GetString(JsonObject? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        Error(path, $"{path} must be a string");
        return null;
    }

    public bool GetBoolean(JsonObject? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null)
        {
            return false;
        }

        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        Error(path, $"{path} must be true or false");
        return false;
    }

    public JsonObject? GetObject(JsonObject? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null or JsonObject)
        {
            return node as JsonObject;
        }

        Error(path, $"{path} must be an object");
        return null;
    }

    public JsonArray? GetArray(JsonObject? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null or JsonArray)
        {
            return node as JsonArray;
        }

        Error(path, $"{path} must be an array");
        return null;
    }

    /// <summary>A validator's property name as the JSON path: <c>Child.LocalId</c> is <c>child.localId</c>.</summary>
    public static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
