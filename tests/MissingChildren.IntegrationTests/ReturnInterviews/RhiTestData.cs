using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>Children who went missing and returned, made through the integration API, each with its own RHI.</summary>
public sealed class RhiTestData(AppFactory app)
{
    public DateTimeOffset Now => app.Clock.GetUtcNow();

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>A new child of this age, held by Corporate Parenting (the demo team manager's team).</summary>
    public async Task<string> ChildAsync(int age, bool lookedAfter = false, bool uasc = false, string? homeAuthority = null, bool careLeaver = false)
    {
        var localId = $"T{Guid.NewGuid():N}"[..12];
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var involvements = new List<object>();
        if (lookedAfter)
        {
            involvements.Add(new { type = "CLA", startDate = "2024-01-10" });
        }

        if (careLeaver)
        {
            involvements.Add(new { type = "CareLeaver", startDate = "2024-01-10" });
        }

        if (homeAuthority is not null)
        {
            involvements.Add(new { type = "CLAOtherAuthority", startDate = "2024-01-10", homeAuthority });
        }

        var (response, _) = await app.CreateApiClient().PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName = "Casey",
            lastName = $"Tester{localId[^4..]}",
            dateOfBirth = today.AddYears(-age).AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            gender = (string?)null,
            address = "1 High Street, Weston-super-Mare, BS23 1AA",
            unaccompaniedAsylumSeeker = uasc,
            involvements,
            allocatedTeam = "Corporate Parenting",
            allocatedWorkerEmail = (string?)null,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return localId;
    }

    /// <summary>The child goes missing and is found: the episode id.</summary>
    public async Task<Guid> ReturnAsync(string localId, double missingHoursAgo = 6, double foundHoursAgo = 1)
    {
        var reference = $"RHI-{Guid.NewGuid():N}";
        var client = app.CreateApiClient();
        var (missing, missingBody) = await client.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference, kind = "Missing", child = new { localId },
            missingFrom = Iso(Now.AddHours(-missingHoursAgo)), reportedAt = Iso(Now.AddHours(-missingHoursAgo).AddMinutes(30)), policeRiskLevel = "Medium",
        });
        Assert.Equal(HttpStatusCode.Created, missing.StatusCode);
        var (found, _) = await client.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId }, relatesTo = reference,
            foundAt = Iso(Now.AddHours(-foundHoursAgo)),
        });
        Assert.Equal(HttpStatusCode.Created, found.StatusCode);
        return Guid.Parse((string)missingBody!["episodeId"]!);
    }

    public Task<Guid> RhiOfAsync(Guid episodeId) =>
        app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId!.Value).SingleAsync());

    /// <summary>A returned child's RHI, unallocated.</summary>
    public async Task<Guid> RequestedRhiAsync(int age = 14, bool lookedAfter = false, bool uasc = false) =>
        await RhiOfAsync(await ReturnAsync(await ChildAsync(age, lookedAfter, uasc)));

    /// <summary>A returned child's RHI, allocated to the demo RHI worker.</summary>
    public async Task<Guid> AllocatedRhiAsync(int age = 14, bool lookedAfter = false, bool uasc = false, RhiStatus status = RhiStatus.Allocated)
    {
        var id = await RequestedRhiAsync(age, lookedAfter, uasc);
        await app.WithDbAsync(async db =>
        {
            var worker = await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.RhiWorker));
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == id);
            rhi.AllocatedWorkerId = worker.Id;
            rhi.AllocatedTeamId = worker.TeamId;
            rhi.Status = status;
            if (status == RhiStatus.Accepted)
            {
                rhi.AcceptedAt = Now;
            }

            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>
    /// The tray page that lists this RHI and its row: the tray is paged, and in a shared test app earlier tests' RHIs
    /// may come first, so this walks the pages of both lists together until it finds it.
    /// </summary>
    public static async Task<(HtmlClient.Page Page, AngleSharp.Dom.IElement Row)> TrayRowAsync(HtmlClient client, Guid rhiId, string query = "")
    {
        for (var n = 1; n <= 40; n++)
        {
            var page = await client.GetAsync($"/rhi?unallocatedPage={n}&interviewsPage={n}{query}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            if (page.Document.QuerySelector($"table a[href='/rhi/{rhiId}']") is { } link)
            {
                return (page, link.Closest("tr")!);
            }

            if (page.Document.QuerySelector("a[rel='next']") is null)
            {
                break;
            }
        }

        throw new InvalidOperationException($"RHI {rhiId} is not in the tray.");
    }

    /// <summary>An app of its own (SQLite) with the council's rules set to <paramref name="profile"/>.</summary>
    public static async Task<SqliteAppFactory> AppWithProfileAsync(string profile)
    {
        var app = new SqliteAppFactory();
        app.With("Policy:Profile", profile);
        await app.InitializeAsync();
        return app;
    }

    /// <summary>The attempt form's fields: an unanswered phone call to the parent or carer at <paramref name="utc"/>.</summary>
    public static Dictionary<string, string?> UnansweredCall(DateTimeOffset utc) => new()
    {
        ["Attempt.At.Day"] = utc.Day.ToString(CultureInfo.InvariantCulture),
        ["Attempt.At.Month"] = utc.Month.ToString(CultureInfo.InvariantCulture),
        ["Attempt.At.Year"] = utc.Year.ToString(CultureInfo.InvariantCulture),
        ["Attempt.At.Time"] = utc.ToString("HH:mm", CultureInfo.InvariantCulture), // November: UK time is UTC
        ["Attempt.Method"] = "Phone",
        ["Attempt.Contacted"] = "ParentOrCarer",
        ["Attempt.Outcome"] = "NoAnswer",
    };

    public Task<ReturnHomeInterview> LoadAsync(Guid id) =>
        app.WithDbAsync(db => db.ReturnHomeInterviews.AsNoTracking()
            .Include(r => r.ContactAttempts).Include(r => r.ConsentRecords).Include(r => r.Letters).SingleAsync(r => r.Id == id));

    private static readonly Dictionary<string, string> FormPages = new(StringComparer.Ordinal)
    {
        ["Allocate"] = "allocate", ["Attempt"] = "attempt", ["Consent"] = "consent", ["Choice"] = "choice", ["Letter"] = "send-letter",
        ["Interview"] = "interview", ["NoInterview"] = "no-interview", ["Ce"] = "ce-screen", ["Send"] = "send", ["Correct"] = "correct",
    };

    /// <summary>The RHI page's form that posts to the page of that form (<c>Attempt</c>: <c>/rhi/{id}/attempt</c>).</summary>
    public static string Form(string name) => $"form[action$='/{FormPages[name]}']";
}
