using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>
/// Every page route and API endpoint the app maps (read from its endpoint data source, so a new page is covered
/// without editing this test), requested by every role and by someone not signed in, compared with
/// <c>AuthorisationMatrix.txt</c>: one line per route with who reaches it. Reaching means anything but 401, 403 or a
/// redirect to sign in (a 404 for a sample id the role may not see is "reached": the page's own checks decide).
/// Route parameters are filled from the demo council (<see cref="SamplesAsync"/>).
/// </summary>
public abstract partial class AuthorisationMatrixTests
{
    private const string Anonymous = "Anonymous";
    private readonly AppFactory _app;

    protected AuthorisationMatrixTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task EveryRoute_AsEveryRoleAndAnonymous_IsReachedByExactlyWhoTheTableSays()
    {
        var samples = await SamplesAsync();
        var clients = new Dictionary<string, HtmlClient> { [Anonymous] = _app.CreateHtmlClient() };
        foreach (var role in Roles.All)
        {
            clients[role] = await _app.SignedInAsync(role);
        }

        var actual = new List<string>();
        foreach (var (method, pattern) in Routes())
        {
            var url = Fill(pattern, samples);
            var reached = new List<string>();
            foreach (var (who, client) in clients)
            {
                if (await ReachesAsync(client, method, url))
                {
                    reached.Add(who);
                }
            }

            actual.Add($"{method} {pattern}: {(reached.Count == 0 ? "nobody" : string.Join(", ", reached))}");
        }

        var expected = File.ReadAllLines(TablePath()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var problems = new List<string>();
        foreach (var line in actual)
        {
            var route = line[..line.IndexOf(": ", StringComparison.Ordinal)];
            var listed = expected.FirstOrDefault(l => l.StartsWith(route + ": ", StringComparison.Ordinal));
            if (listed is null)
            {
                problems.Add($"A route missing from AuthorisationMatrix.txt: add the line\n    {line}\n  (after checking these are the right people)");
            }
            else if (listed != line)
            {
                problems.Add($"Who reaches a route changed:\n    table: {listed}\n    now:   {line}");
            }
        }

        problems.AddRange(expected.Where(l => !actual.Any(a => a.StartsWith(l[..(l.IndexOf(": ", StringComparison.Ordinal) + 2)], StringComparison.Ordinal)))
            .Select(l => $"A line in AuthorisationMatrix.txt for a route the app no longer has: remove\n    {l}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\nThe whole table as the app answers now:\n" + string.Join("\n", actual));
    }

    /// <summary>Each page and endpoint once, with the method to ask it with (GET where it answers GET).</summary>
    private List<(string Method, string Pattern)> Routes() =>
    [
        .. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0 || !Path.HasExtension(e.RoutePattern.RawText)) // not static files
            .Select(e => (
                Method: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods && !methods.Contains("GET") ? methods[0] : "GET",
                Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal),
    ];

    private static async Task<bool> ReachesAsync(HtmlClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method != "GET")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.Http.SendAsync(request);
        var toSignIn = response.StatusCode == HttpStatusCode.Redirect
                       && response.Headers.Location?.ToString().Contains("/account/sign-in", StringComparison.Ordinal) == true;
        return response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && !toSignIn;
    }

    /// <summary>The route with each parameter filled: by the literal segment before it and its name, else by its name.</summary>
    private static string Fill(string pattern, Dictionary<string, string> samples)
    {
        var filled = ParameterPattern().Replace(pattern, match =>
        {
            var before = pattern[..match.Index].TrimEnd('/');
            var segment = before[(before.LastIndexOf('/') + 1)..];
            var name = match.Groups["name"].Value;
            return samples.TryGetValue($"{segment}/{name}", out var value) || samples.TryGetValue(name, out value) ? value
                : match.Value.EndsWith("?}", StringComparison.Ordinal) || match.Groups["catchAll"].Success ? ""
                : throw new InvalidOperationException($"No sample value for {{{name}}} in {pattern}: add one to AuthorisationMatrixTests.SamplesAsync.");
        });
        return filled.Length > 1 ? filled.TrimEnd('/') : filled;
    }

    /// <summary>
    /// Sample values from the demo council, chosen by what the seed makes the same every time (local ids, names, dates):
    /// the first child by local id with a return home interview, their open duty, latest episode and interview.
    /// </summary>
    private Task<Dictionary<string, string>> SamplesAsync() => _app.WithDbAsync(async db =>
    {
        var rhi = await db.ReturnHomeInterviews.Join(db.Children, r => r.ChildId, c => c.Id, (r, c) => new { r.Id, r.ChildId, c.LocalId, r.RequestedAt })
            .OrderBy(r => r.LocalId).ThenBy(r => r.RequestedAt).FirstAsync();
        var duty = await db.DutyTasks.Where(t => t.ChildId == rhi.ChildId && t.Status == DutyStatus.Open).OrderBy(t => t.DedupeKey).Select(t => t.Id).FirstAsync();
        var episode = await db.Episodes.Where(e => e.ChildId == rhi.ChildId).OrderByDescending(e => e.ReportedAt).Select(e => e.Id).FirstAsync();
        var team = await db.Teams.OrderBy(t => t.Name).Select(t => t.Id).FirstAsync();
        var user = await db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.SocialWorker)).Select(u => u.Id).SingleAsync();
        var missing = Guid.NewGuid().ToString();
        return new Dictionary<string, string>
        {
            ["children/id"] = rhi.ChildId.ToString(),
            ["taskId"] = duty.ToString(),
            ["documentId"] = missing,
            ["assessmentId"] = "new",
            ["plans/type"] = "prevention-plan",
            ["episodes/id"] = episode.ToString(),
            ["notifications/id"] = missing,
            ["rhi/id"] = rhi.Id.ToString(),
            ["investigations/id"] = missing,
            ["letterId"] = missing,
            ["users/id"] = user,
            ["teams/id"] = team.ToString(),
            ["clients/id"] = missing,
            ["closure-days/id"] = missing,
            ["code"] = "404",
            ["localId"] = "MATRIX-1",
            ["episodeId"] = missing,
            ["documentName"] = "v1",
            ["format"] = "csv",
        };
    });

    private static string TablePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "MissingChildren.IntegrationTests")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("The repository root"),
            "tests", "MissingChildren.IntegrationTests", "Platform", "AuthorisationMatrix.txt");
    }

    [GeneratedRegex(@"\{(?<catchAll>\*{1,2})?(?<name>\w+)[^}]*\}")]
    private static partial Regex ParameterPattern();
}

public sealed class AuthorisationMatrixTestsOnSqlite(SqliteAppFactory app) : AuthorisationMatrixTests(app), IClassFixture<SqliteAppFactory>;

public sealed class AuthorisationMatrixTestsOnPostgreSql(PostgreSqlAppFactory app) : AuthorisationMatrixTests(app), IClassFixture<PostgreSqlAppFactory>;
