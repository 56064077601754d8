using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MissingChildren.Web.Api;

/// <summary>
/// Reads a request body as a JSON object and its fields as strings, collecting a message per field that has the
/// wrong JSON type, so bad input gets a precise 400 rather than a generic parse failure. A body that is not JSON at
/// all is refused before it is read: the wrong media type (415), too large (413), not UTF-8, duplicate member names,
/// nested deeper than any request of this API, or a string that is not real text (a lone UTF-16 surrogate) (400).
/// </summary>
public sealed class JsonBody
{
    /// <summary>The largest body the API reads: a child with its 50 involvements, or a report with its circumstances, is a few KB.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>No request of this API nests deeper than a report's child or a child's involvements.</summary>
    public const int MaxDepth = 8;

    public const string Json = "application/json";

    /// <summary>RFC 7396 JSON merge patch.</summary>
    public const string MergePatch = "application/merge-patch+json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    private JsonBody(JsonObject? root, string raw, int status = StatusCodes.Status400BadRequest)
    {
        Root = root;
        Raw = raw;
        Status = status;
    }

    public JsonObject? Root { get; }

    /// <summary>The body exactly as received.</summary>
    public string Raw { get; }

    /// <summary>The status that refuses a body that could not be read at all: 400, 413 or 415.</summary>
    public int Status { get; }

    public bool HasErrors => _errors.Count > 0;

    public static async Task<JsonBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken, string mediaType = Json)
    {
        ArgumentNullException.ThrowIfNull(request);
        var contentType = request.GetTypedHeaders().ContentType;
        if (!string.Equals(contentType?.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase)
            || contentType?.Charset.Value is { } charset && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, "$", $"Send the request body as {mediaType}");
        }

        var bytes = await ReadBytesAsync(request, cancellationToken);
        if (bytes is null)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, "$", $"The request body must be no more than {MaxBytes / 1024} KB");
        }

        string raw;
        try
        {
            raw = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Refused(StatusCodes.Status400BadRequest, "$", "The request body must be UTF-8 text");
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            var empty = new JsonBody(null, raw);
            empty.Error("$", "The request body must be a JSON object");
            return empty;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            var malformed = new JsonBody(null, raw);
            malformed.Error(PathOf(ex.Path), "The request body is not valid JSON");
            return malformed;
        }

        using (document)
        {
            var checkedText = new JsonBody(null, raw);
            checkedText.CheckMembersAndText(document.RootElement, "");
            if (checkedText.HasErrors)
            {
                return checkedText;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object || JsonObject.Create(document.RootElement.Clone()) is not { } root)
            {
                var notObject = new JsonBody(null, raw);
                notObject.Error("$", "The request body must be a JSON object");
                return notObject;
            }

            return new JsonBody(root, raw);
        }
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

    /// <summary>Every member of <paramref name="parent"/> not named in <paramref name="known"/> is an error: nothing sent is silently kept or dropped.</summary>
    public void OnlyMembers(JsonObject? parent, string path, params string[] known)
    {
        foreach (var (name, _) in parent ?? [])
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                var member = Join(path, name);
                Error(member, $"{member} is not a field of this request");
            }
        }
    }

    /// <summary>Each of <paramref name="required"/> must be present (null where the contract allows it).</summary>
    public void RequireMembers(JsonObject? parent, string path, params string[] required)
    {
        foreach (var name in required)
        {
            if (parent is not null && !parent.ContainsKey(name))
            {
                var member = Join(path, name);
                Error(member, $"{member} is required: send the whole child, with null where a value is not known, or use PATCH");
            }
        }
    }

    /// <summary>A string field; absent or null is null; any other type is an error.</summary>
    public string? GetString(JsonObject? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && TryText(value, out var text))
        {
            return text;
        }

        Error(path, $"{path} must be a string");
        return null;
    }

    /// <summary>A boolean field; absent or null is null.</summary>
    public bool? GetBoolean(JsonObject? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        Error(path, $"{path} must be true or false");
        return null;
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

    private static JsonBody Refused(int status, string path, string message)
    {
        var body = new JsonBody(null, "", status);
        body.Error(path, message);
        return body;
    }

    /// <summary>The body's bytes, or null when it is larger than <see cref="MaxBytes"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Each object's members are named once, and every member name and string value is real text: a duplicate member or
    /// a lone <c>"\ud800"</c> is refused where it is.
    /// </summary>
    private void CheckMembersAndText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        Error(string.IsNullOrEmpty(path) ? "$" : path, "A field name is not valid text: it has an unpaired UTF-16 surrogate");
                        continue;
                    }

                    var memberPath = Join(path, name);
                    if (!names.Add(name))
                    {
                        Error(memberPath, $"{memberPath} is given more than once");
                    }

                    CheckMembersAndText(member.Value, memberPath);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckMembersAndText(item, $"{path}[{i++}]");
                }

                break;
            case JsonValueKind.String:
                try
                {
                    if (IsWellFormed(element.GetString()!))
                    {
                        break;
                    }
                }
                catch (InvalidOperationException)
                {
                }

                Error(path, $"{path} must be valid text: it has an unpaired UTF-16 surrogate");
                break;
        }
    }

    private static bool TryText(JsonValue value, out string? text)
    {
        try
        {
            text = value.GetValue<string>();
            return IsWellFormed(text);
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Join(string path, string name) => string.IsNullOrEmpty(path) ? name : $"{path}.{name}";

    /// <summary>A parser's <c>$.child.localId</c> as the error key <c>child.localId</c>; the whole body is <c>$</c>.</summary>
    private static string PathOf(string? parserPath) =>
        parserPath is null or "$" || !parserPath.StartsWith("$.", StringComparison.Ordinal) ? "$" : parserPath[2..];
}
