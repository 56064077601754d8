using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Administration;

namespace MissingChildren.IntegrationTests.Administration.Clients;

/// <summary>What the integration client tests do through the pages, as an administrator would.</summary>
internal static class ClientPages
{
    public const string ListPage = "/admin/clients";
    public const string NewPage = "/admin/clients/new";

    public static string Rotate(Guid id) => $"/admin/clients/{id}/rotate";

    public static string Revoke(Guid id) => $"/admin/clients/{id}/revoke";

    public static string NewName() => $"client-{Guid.NewGuid():N}"[..20];

    public static IEnumerable<(string, string)> CreateFields(string name, string? agency, params string[] scopes) =>
        [("Name", name), .. agency is null ? Array.Empty<(string, string)>() : [("Agency", agency)], .. scopes.Select(s => ("Scopes", s))];

    /// <summary>Creates a client on <c>/admin/clients/new</c> and reads the key the response shows once.</summary>
    public static async Task<(Guid Id, string Key, HtmlClient.Page Page)> CreateAsync(
        this AppFactory app, HtmlClient admin, string name, string agency = "Police", params string[] scopes)
    {
        var form = await admin.GetAsync(NewPage);
        var page = await admin.SubmitAsync(form, CreateFields(name, agency, scopes.Length == 0 ? ["notifications:write", "read"] : scopes));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var key = IssuedKey(page) ?? throw new InvalidOperationException("No key shown: " + string.Join("; ", page.ErrorSummary));
        var id = await app.WithDbAsync(db => db.ApiClients.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        return (id, key, page);
    }

    /// <summary>Rotates the client's key on its page with this overlap (in hours) and reads the new key.</summary>
    public static async Task<string> RotateAsync(HtmlClient admin, Guid id, int overlapHours)
    {
        var form = await admin.GetAsync(Rotate(id));
        var page = await admin.SubmitAsync(form, [("OverlapHours", overlapHours.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        return IssuedKey(page) ?? throw new InvalidOperationException("No key shown: " + string.Join("; ", page.ErrorSummary));
    }

    public static async Task RevokeAsync(HtmlClient admin, Guid id)
    {
        var form = await admin.GetAsync(Revoke(id));
        var result = await admin.SubmitAsync(form, []);
        Assert.Equal(ListPage, result.Location);
    }

    public static string? IssuedKey(HtmlClient.Page page) => page.Document.QuerySelector("[data-testid=issued-key]")?.TextContent;

    /// <summary>The row of the client with this name on <c>/admin/clients</c>: each cell's text by its test id.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RowAsync(HtmlClient admin, string name)
    {
        var page = await admin.GetAsync(ListPage);
        var row = page.Document.QuerySelectorAll("[data-testid=client]")
            .Single(r => r.QuerySelector("[data-testid=client-name]")!.TextContent.Trim() == name);
        return row.QuerySelectorAll("[data-testid]").ToDictionary(
            c => c.GetAttribute("data-testid")!,
            c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    public static Task<ApiClient> StoredAsync(this AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == id));
}
