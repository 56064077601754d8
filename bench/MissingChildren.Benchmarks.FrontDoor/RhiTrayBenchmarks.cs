using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MissingChildren.Domain;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Benchmarks.FrontDoor;

/// <summary>
/// The RHI tray (GetRhiTray's handler, as /rhi calls it) for a team manager whose team holds 1,000 interviews still
/// in hand, in a SQLite file: the first page of each list ordered in the database, the tray sorted by child, and, as
/// the baseline, a bare count of the interviews.
/// </summary>
[MemoryDiagnoser]
public class RhiTrayBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    private readonly ReturnInterviewRules _rules;

    private string _connectionString = "";

    private Manager _manager = default!;

    public RhiTrayBenchmarks()
    {
        var profile = PolicyProfileCatalog.Load("NorthSomerset");
        _rules = new ReturnInterviewRules(profile, profile.CreateCalendar(new UkBankHolidaySource(), []));
    }

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.Combine(Path.GetTempPath(), $"missingchildren-rhi-tray-bench-{Environment.ProcessId}.db");
        File.Delete(file);
        _connectionString = $"Data Source={file}";
        using var db = NewContext();
        db.Database.Migrate();
        var team = TrayBenchmarks.Seed(db);

        // Every interview is held by the manager's team; every other one is allocated and part-way through.
        var rhis = db.ReturnHomeInterviews.ToList();
        for (var i = 0; i < rhis.Count; i++)
        {
            rhis[i].AllocatedTeamId = team;
            if (i % 2 == 0)
            {
                rhis[i].Status = i % 4 == 0 ? RhiStatus.Allocated : RhiStatus.Accepted;
                rhis[i].AllocatedWorkerId = "worker";
                rhis[i].CompleteDueAt = rhis[i].OfferDueAt;
            }
        }

        var user = new ApplicationUser { Id = "manager", UserName = "manager@example.org", DisplayName = "Manager", TeamId = team };
        db.Users.AddRange(user, new ApplicationUser { Id = "worker", UserName = "worker@example.org", DisplayName = "Worker", TeamId = team });
        db.SaveChanges();
        _manager = new Manager(user.Id);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> CountInterviews()
    {
        await using var db = NewContext();
        return await db.ReturnHomeInterviews.CountAsync();
    }

    [Benchmark]
    public async Task<int> TrayFirstPages()
    {
        await using var db = NewContext();
        var result = await new GetRhiTray.Handler(db, new RhiAccess(db, _manager, new AccessRefusals()), _rules, _clock).Handle(new GetRhiTray.Query(), CancellationToken.None);
        return result.Unallocated.Items.Count + result.Interviews.Items.Count;
    }

    [Benchmark]
    public async Task<int> TrayByChildPageThree()
    {
        await using var db = NewContext();
        var result = await new GetRhiTray.Handler(db, new RhiAccess(db, _manager, new AccessRefusals()), _rules, _clock)
            .Handle(new GetRhiTray.Query(Sort: GetRhiTray.SortByChild, UnallocatedPage: 3, InterviewsPage: 3), CancellationToken.None);
        return result.Unallocated.Items.Count + result.Interviews.Items.Count;
    }

    private SqliteAppDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connectionString).Options);

    /// <summary>A team manager signed in.</summary>
    private sealed class Manager(string userId) : ICurrentActor
    {
        public string Name => "manager@example.org";

        public string? UserId => userId;

        public bool IsInRole(string role) => role == Roles.TeamManager;
    }
}
