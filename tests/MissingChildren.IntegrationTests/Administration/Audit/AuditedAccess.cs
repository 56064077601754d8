using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Auditing;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>What the read and refusal audit tests check: the one entry a request wrote for a child, and an anti-forgery token.</summary>
public static class AuditedAccess
{
    /// <summary>The entry <paramref name="actor"/>'s request for <paramref name="page"/> wrote about the child's record: one, and no content.</summary>
    public static async Task<AuditEntry> EntryAsync(AppFactory app, string action, string actor, Guid? childId, string entityType, string page)
    {
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == action && a.Actor == actor && a.ChildId == childId && a.EntityType == entityType)
            .ToListAsync());
        var entry = Assert.Single(entries, e => e.Changes is { } changes && changes.Contains($"\"to\":\"{page}\"", StringComparison.Ordinal));
        Assert.Equal(app.Clock.GetUtcNow(), entry.At);
        return entry;
    }

    public static Task<AuditEntry> ViewedAsync(AppFactory app, string actor, Guid childId, string entityType, string page) =>
        EntryAsync(app, "Viewed", actor, childId, entityType, page);

    public static Task<AuditEntry> RefusedAsync(AppFactory app, string actor, Guid? childId, string entityType, string page) =>
        EntryAsync(app, "Refused", actor, childId, entityType, page);

    /// <summary>A form post made by hand (a page the person cannot see has no form): the person's own anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HtmlClient client, string url, Dictionary<string, string> fields)
    {
        var form = await client.GetAsync("/account/change-password");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
