using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;
using static MissingChildren.IntegrationTests.Administration.Clients.ClientPages;

namespace MissingChildren.IntegrationTests.Administration.Clients;

/// <summary>
/// <c>/admin/clients</c> (screens.md "Administration"): who may open it, creating a client with its key shown once,
/// every validation message, conflicts between two administrators, and an audit log that never holds a key's hash.
/// </summary>
public abstract class ClientsPageTests
{
    private readonly AppFactory _app;

    protected ClientsPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> EveryoneButAdministrators => [.. Roles.All.Where(r => r != Roles.Administrator)];

    [Theory]
    [MemberData(nameof(EveryoneButAdministrators))]
    public async Task ClientPages_AreForbiddenToEveryoneButAdministrators(string role)
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var (id, _, _) = await _app.CreateAsync(admin, NewName());
        var client = await _app.SignedInAsync(role);

        foreach (var url in new[] { ListPage, NewPage, Rotate(id), Revoke(id) })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Equal("You do not have access to this page", page.Heading);
        }

        var posted = await client.Http.PostAsync(new Uri(Revoke(id), UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Null((await _app.StoredAsync(id)).RevokedAt);
    }

    [Fact]
    public async Task ClientPages_WhenSignedOut_GoToSignIn()
    {
        var page = await _app.CreateHtmlClient().GetAsync(ListPage);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", new Uri(page.Location!).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ShowsConfiguredClients_AsFromConfiguration_WithNothingToChangeHere()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);

        var police = await RowAsync(admin, ApiClients.PoliceName);
        var reader = await RowAsync(admin, "reader");

        Assert.Equal("Configuration", police["client-source"]);
        Assert.Equal("Police", police["client-agency"]);
        Assert.Equal("notifications:write children:write read", police["client-scopes"]);
        Assert.Equal(ApiClients.PoliceKey[..6] + "…", police["client-key-hint"]);
        Assert.Equal("Active", police["client-state"]);
        Assert.Equal("Configuration", reader["client-source"]);
        Assert.Equal("Children's social care", reader["client-agency"]);
        var page = await admin.GetAsync(ListPage);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("[data-testid=client] a"), a => a.TextContent.Contains(ApiClients.PoliceName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ShowsTheKeyOnce_NotCached_AndTheListShowsOnlyItsFirstCharacters()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = NewName();

        var (id, key, page) = await _app.CreateAsync(admin, name, "Police", "notifications:write", "read");

        Assert.True(key.Length >= 32, key);
        Assert.Contains("no-store", page.Response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("It will not be shown again", page.Text, StringComparison.Ordinal);
        Assert.Equal(NewPage, page.Url); // drawn by the POST itself: no redirect carries the key
        var stored = await _app.StoredAsync(id);
        Assert.Equal(key[..6], stored.KeyHint);
        Assert.Equal("notifications:write,read", stored.Scopes);
        Assert.Equal(Agency.Police, stored.Agency);

        var list = await admin.GetAsync(ListPage);
        var row = await RowAsync(admin, name);
        Assert.DoesNotContain(key, list.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(key[..6] + "…", row["client-key-hint"]);
        Assert.Equal($"Created by {DemoUsers.EmailFor(Roles.Administrator)} on {DeadlineText.Local(_app.Clock.GetUtcNow())}", row["client-source"]);
        Assert.Equal("Never", row["client-last-used"]);
        Assert.Equal("Active", row["client-state"]);
        Assert.DoesNotContain(key, (await admin.GetAsync(Rotate(id))).Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, string[], string, string> BadClients => new()
    {
        { "", "Police", ["read"], "Name", "Enter a name for the client" },
        { new string('x', 121), "Police", ["read"], "Name", "Name must be 120 characters or fewer" },
        { ApiClients.PoliceName.ToUpperInvariant(), "Police", ["read"], "Name", $"A client called {ApiClients.PoliceName.ToUpperInvariant()} is set in the configuration: enter a different name" },
        { "fresh-client", null, ["read"], "Agency", "Select the client's agency" },
        { "fresh-client", "Police", [], "Scopes", "Select what the client may do" },
        { "fresh-client", "Police", ["read", "admin:everything"], "Scopes", "Select only what is listed" },
    };

    [Theory]
    [MemberData(nameof(BadClients))]
    public async Task Create_WithBadInput_ShowsTheErrorKeepsTheInputAndSavesNothing(string name, string? agency, string[] scopes, string field, string message)
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var before = await _app.WithDbAsync(db => db.ApiClients.CountAsync());

        var page = await admin.SubmitAsync(await admin.GetAsync(NewPage), CreateFields(name, agency, scopes));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([message], page.ErrorSummary);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal($"#{field}", page.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Null(IssuedKey(page));
        Assert.Equal(name, page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")!.Value);
        Assert.Equal(agency ?? "", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Agency")!.Value);
        Assert.Equal(scopes.Where(s => s == "read"), page.Document.QuerySelectorAll("input[name=Scopes]:checked").Select(i => i.GetAttribute("value")));
        Assert.Equal(before, await _app.WithDbAsync(db => db.ApiClients.CountAsync()));
    }

    [Fact]
    public async Task Create_WithANameAnotherCreatedClientHas_IsRefused_EvenInAnotherCase()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = NewName();
        await _app.CreateAsync(admin, name);

        var page = await admin.SubmitAsync(await admin.GetAsync(NewPage), CreateFields(name.ToUpperInvariant(), "Police", "read"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([$"There is already a client called {name.ToUpperInvariant()}: enter a different name"], page.ErrorSummary);
        var upper = name.ToUpperInvariant();
        Assert.Equal(1, await _app.WithDbAsync(db => db.ApiClients.CountAsync(c => c.Name == name || c.Name == upper)));
    }

    [Fact]
    public async Task Create_ScopesHaveAHintEach()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);

        var page = await admin.GetAsync(NewPage);

        var hints = page.Document.QuerySelectorAll("input[name=Scopes]")
            .Select(i => page.Document.GetElementById(i.GetAttribute("aria-describedby")!)!.TextContent)
            .ToList();
        Assert.Equal(4, hints.Count);
        Assert.Contains("/api/v1/notifications", hints[0], StringComparison.Ordinal);
        Assert.Contains("/api/v1/children/{localId}", hints[1], StringComparison.Ordinal);
        Assert.Contains("GET", hints[2], StringComparison.Ordinal);
        Assert.Contains("/api/v1/attendance/absences", hints[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_WithoutAnOverlap_AsksForOne_AndChangesNothing()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var (id, _, _) = await _app.CreateAsync(admin, NewName());
        var before = await _app.StoredAsync(id);

        var page = await admin.SubmitAsync(await admin.GetAsync(Rotate(id)), []);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Select how long the old key keeps working"], page.ErrorSummary);
        Assert.Equal("Select how long the old key keeps working", page.FieldError("OverlapHours"));
        Assert.Null(IssuedKey(page));
        Assert.Equal(before.KeyHash, (await _app.StoredAsync(id)).KeyHash);
    }

    [Fact]
    public async Task Rotate_BySecondAdministratorAtTheSameTime_IsAConflict_KeepsTheirChoice_AndShowsNoKey()
    {
        var first = await _app.SignedInAsync(Roles.Administrator);
        var second = await _app.SignedInAsync(Roles.Administrator);
        var (id, _, _) = await _app.CreateAsync(first, NewName());
        var firstForm = await first.GetAsync(Rotate(id));
        var secondForm = await second.GetAsync(Rotate(id));
        var firstKey = IssuedKey(await first.SubmitAsync(firstForm, [("OverlapHours", "0")]));

        var page = await second.SubmitAsync(secondForm, [("OverlapHours", "24")]);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([EditConflict.Message], page.ErrorSummary);
        Assert.Null(IssuedKey(page));
        Assert.Equal("24", page.Document.QuerySelector("input[name=OverlapHours]:checked")?.GetAttribute("value"));
        var stored = await _app.StoredAsync(id);
        Assert.Equal(firstKey![..6], stored.KeyHint);
        Assert.Null(stored.PreviousKeyValidUntil);

        // The form now carries the version as stored: sending it again rotates.
        var again = await second.SubmitAsync(page, [("OverlapHours", "24")]);
        Assert.NotNull(IssuedKey(again));
    }

    [Fact]
    public async Task Revoke_AfterAnotherAdministratorRotated_IsAConflict_AndDoesNotRevoke()
    {
        var first = await _app.SignedInAsync(Roles.Administrator);
        var second = await _app.SignedInAsync(Roles.Administrator);
        var (id, _, _) = await _app.CreateAsync(first, NewName());
        var revokeForm = await second.GetAsync(Revoke(id));
        await RotateAsync(first, id, 0);

        var page = await second.SubmitAsync(revokeForm, []);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([EditConflict.Message], page.ErrorSummary);
        Assert.Null((await _app.StoredAsync(id)).RevokedAt);
    }

    [Fact]
    public async Task Revoke_ConfirmsFirst_ThenMarksTheClientRevoked()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = NewName();
        var (id, _, _) = await _app.CreateAsync(admin, name);

        var confirm = await admin.GetAsync(Revoke(id));
        Assert.Equal("Are you sure you want to revoke this client?", confirm.Heading);
        Assert.Null((await _app.StoredAsync(id)).RevokedAt);
        await RevokeAsync(admin, id);

        var list = await admin.GetAsync(ListPage);
        Assert.Contains($"{name} revoked: its key no longer works", list.Text, StringComparison.Ordinal);
        Assert.StartsWith("Revoked on", (await RowAsync(admin, name))["client-state"], StringComparison.Ordinal);
        Assert.Equal(_app.Clock.GetUtcNow(), (await _app.StoredAsync(id)).RevokedAt);
        Assert.Null(list.Document.QuerySelector($"a[href='{Rotate(id)}']"));
    }

    [Fact]
    public async Task RotateAndRevoke_OfAClientThatDoesNotExist_AreNotFound()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var missing = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Rotate(missing))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Revoke(missing))).StatusCode);
    }

    [Fact]
    public async Task Rotate_OfARevokedClient_OffersNoForm()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var (id, _, _) = await _app.CreateAsync(admin, NewName());
        await RevokeAsync(admin, id);

        var page = await admin.GetAsync(Rotate(id));

        Assert.Equal("This client has been revoked: its key cannot be rotated.", page.Document.QuerySelector("[data-testid=revoked]")?.TextContent);
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task AuditLog_RecordsEveryChange_ButNeverTheKeyOrItsHash()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var (id, key, _) = await _app.CreateAsync(admin, NewName());
        var hashBeforeRotation = (await _app.StoredAsync(id)).KeyHash;
        var newKey = await RotateAsync(admin, id, 24);
        var stored = await _app.StoredAsync(id);
        await RevokeAsync(admin, id);

        var entries = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "ApiClient" && e.EntityId == id.ToString()).OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(["Added", "Modified", "Modified"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(DemoUsers.EmailFor(Roles.Administrator), e.Actor));
        var changes = string.Join("\n", entries.Select(e => e.Changes));
        foreach (var secret in new[] { key, newKey, Convert.ToBase64String(hashBeforeRotation), Convert.ToHexString(hashBeforeRotation), Convert.ToBase64String(stored.KeyHash), Convert.ToHexString(stored.KeyHash) })
        {
            Assert.DoesNotContain(secret, changes, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("\"KeyHash\":{\"to\":\"(secret: not recorded)\"}", entries[0].Changes, StringComparison.Ordinal);
        Assert.Contains("PreviousKeyValidUntil", entries[1].Changes, StringComparison.Ordinal);
        Assert.Contains("RevokedAt", entries[2].Changes, StringComparison.Ordinal);
    }
}

public sealed class ClientsPageTestsOnSqlite(SqliteAppFactory app) : ClientsPageTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ClientsPageTestsOnPostgreSql(PostgreSqlAppFactory app) : ClientsPageTests(app), IClassFixture<PostgreSqlAppFactory>;
