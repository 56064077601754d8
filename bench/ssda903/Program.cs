using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Testing;

// Fills a fresh PostgreSQL copy of the demo council with 80,000 looked-after children (set-based INSERT … SELECT from
// generate_series, no row-by-row inserts), one in eight of them with eight missing or absent episodes in the 2026
// collection year (80,000 episodes, a return home interview for each child's latest), then downloads the year's
// extract as the Head of Service would: the CSV, the .xlsx and the screen, each timed end to end over HTTP (the query,
// the DfE checks, the file, and the read audit of every child in it).
// The in-process host's content root: src/MissingChildren.Web, from bench/ssda903/bin/<configuration>/<framework>/.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MISSINGCHILDREN_WEB",
    Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "MissingChildren.Web")));
var children = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 80_000;
await using var app = new PostgreSqlAppFactory();
app.With("Serilog:MinimumLevel:Default", "Error");
await app.InitializeAsync();

var fill = Stopwatch.StartNew();
await app.WithDbAsync(async db =>
{
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
    var team = await db.Teams.OrderBy(t => t.Name).Select(t => t.Id).FirstAsync();
    await db.Database.ExecuteSqlAsync($"""
        INSERT INTO "Children" ("Id", "LocalId", "FirstName", "LastName", "DateOfBirth", "IsUnaccompaniedAsylumSeeker", "AllocatedTeamId", "Version")
        SELECT gen_random_uuid(), 'BENCH' || lpad(n::text, 6, '0'), 'Bench', 'Child', date '2008-01-01' + (n % 3650), false, {team}, gen_random_uuid()
        FROM generate_series(1, {children}) AS n
        """);
    await db.Database.ExecuteSqlRawAsync("""
        INSERT INTO "Involvements" ("Id", "ChildId", "Type", "StartDate", "EndDate", "LegalStatus", "Version")
        SELECT gen_random_uuid(), c."Id", 'CLA', date '2022-01-01' + (substr(c."LocalId", 6)::int % 1000), NULL, 'C2', gen_random_uuid()
        FROM "Children" c WHERE c."LocalId" LIKE 'BENCH%'
        """);
    await db.Database.ExecuteSqlAsync($"""
        INSERT INTO "Episodes" ("Id", "ChildId", "Category", "Status", "MissingFrom", "ReportedAt", "FoundAt", "HoldingTeamId", "NotifiedAt",
            "ReturnKnownAt", "EpisodeNumber", "EpisodesInLast90Days", "NotificationsAboutChild", "Version")
        SELECT gen_random_uuid(), c."Id", CASE WHEN k % 4 = 0 THEN 'Absent' ELSE 'Missing' END, 'Closed', t.at, t.at + interval '1 hour',
            t.at + interval '20 hours', {team}, t.at + interval '1 hour', t.at + interval '21 hours', k, 1, k, gen_random_uuid()
        FROM "Children" c
        CROSS JOIN generate_series(1, 8) AS k
        CROSS JOIN LATERAL (SELECT timestamptz '2025-04-01 12:00+00' + ((substr(c."LocalId", 6)::int % 90) + k * 30) * interval '1 day' AS at) t
        WHERE c."LocalId" LIKE 'BENCH%' AND substr(c."LocalId", 6)::int % 8 = 0
        """);
    await db.Database.ExecuteSqlRawAsync("""
        WITH latest AS (
            SELECT e."Id" AS episode, e."ChildId", e."FoundAt", gen_random_uuid() AS rhi FROM "Episodes" e
            JOIN "Children" c ON c."Id" = e."ChildId" WHERE c."LocalId" LIKE 'BENCH%' AND e."EpisodeNumber" = 7),
        made AS (
            INSERT INTO "ReturnHomeInterviews" ("Id", "ChildId", "Status", "RequestedAt", "OfferDueAt", "Version")
            SELECT rhi, "ChildId", 'Completed', "FoundAt", "FoundAt" + interval '72 hours', gen_random_uuid() FROM latest)
        UPDATE "Episodes" e SET "ReturnHomeInterviewId" = latest.rhi FROM latest WHERE e."Id" = latest.episode
        """);
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    return 0;
});
Console.WriteLine($"Filled {children:N0} looked-after children in {fill.Elapsed.TotalSeconds:F1} s");

var client = await app.SignedInAsync(Roles.HeadOfService);
foreach (var (what, url) in new[]
         {
             ("CSV (warm-up)", "/reports/ssda903-missing.csv?collection=2026"),
             ("CSV", "/reports/ssda903-missing.csv?collection=2026"),
             ("Excel", "/reports/ssda903-missing.xlsx?collection=2026"),
             ("Screen", "/reports/ssda903-missing?collection=2026"),
         })
{
    var watch = Stopwatch.StartNew();
    using var response = await client.Http.GetAsync(url);
    var bytes = await response.Content.ReadAsByteArrayAsync();
    watch.Stop();
    Console.WriteLine($"{what}: {(int)response.StatusCode}, {bytes.Length:N0} bytes in {watch.Elapsed.TotalSeconds:F2} s");
}

return 0;
