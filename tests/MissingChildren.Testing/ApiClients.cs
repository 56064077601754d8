using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MissingChildren.Testing;

/// <summary>The integration clients every test host is configured with, and a small JSON client for the API.</summary>
public static class ApiClients
{
    public const string PoliceName = "police-test";
    public const string PoliceKey = "police-test-key-0123456789abcdef0123456789";
    public const string ReaderKey = "reader-test-key-0123456789abcdef0123456789";

    public static HttpClient CreateApiClient(this AppFactory factory, string? key = PoliceKey)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostJsonAsync(this HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response, await ReadAsync(response));
    }

    public static Task<(HttpResponseMessage Response, JsonNode? Body)> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostJsonAsync(url, JsonSerializer.Serialize(body, JsonOptions));

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> PutJsonAsync(this HttpClient client, string url, object body)
    {
        using var content = JsonContent.Create(body, options: JsonOptions);
        var response = await client.PutAsync(new Uri(url, UriKind.Relative), content);
        return (response, await ReadAsync(response));
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await ReadAsync(response));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }
}
