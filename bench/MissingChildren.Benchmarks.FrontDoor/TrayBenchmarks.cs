using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.FrontDoor;
using MissingChildren.Data;

namespace MissingChildren.Benchmarks.FrontDoor;

/// <summary>
/// The "Missing Children and Young People" tray (GetTray's handler, as the page calls it) over 5,000 episodes in the
/// tray with four duties each, in a SQLite file: the first page (overdue first), a filtered page, and, as the
/// baseline, a bare count of episodes.
/// </summary>
[MemoryDiagnoser]
public class TrayBenchmarks
{
    public const int Episodes = 5_000;

    private static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    private string _connectionString = "";

    private Guid _team;

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.Combine(Path.GetTempPath(), $"missingchildren-tray-bench-{Environment.ProcessId}.db");
        File.Delete(file);
        _connectionString = $"Data Source={file}";
        using var db = NewContext();
        db.Database.Migrate();
        _team = Seed(db);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> CountEpisodes()
    {
        await using var db = NewContext();
        return await db.Episodes.CountAsync();
    }

    [Benchmark]
    public async Task<int> TrayFirstPage()
    {
        await using var db = NewContext();
        var result = await new GetTray.Handler(db, _clock).Handle(new GetTray.Query(), CancellationToken.None);
        return result.Rows.Items.Count;
    }

    [Benchmark]
    public async Task<int> TrayFilteredPage()
    {
        await using var db = NewContext();
        var result = await new GetTray.Handler(db, _clock).Handle(
            new GetTray.Query(TeamId: _team, Involvement: nameof(InvolvementType.CLA), Risk: nameof(PoliceRiskLevel.High), Page: 2), CancellationToken.None);
        return result.Rows.Items.Count;
    }

    private SqliteAppDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connectionString).Options);

    /// <summary>5,000 children, each with one episode in the tray (most open, some returned this week) and four duties.</summary>
    internal static Guid Seed(AppDbContext db)
    {
        var teams = Enumerable.Range(0, 5)
            .Select(i => new Team { Name = $"Team {i}", Function = i == 0 ? TeamFunction.FrontDoor : TeamFunction.SocialWork })
            .ToList();
        db.Teams.AddRange(teams);
        var random = new Random(20261120);
        var types = Enum.GetValues<InvolvementType>();
        for (var i = 0; i < Episodes; i++)
        {
            var child = new Child
            {
                LocalId = $"B{i:D5}",
                FirstName = $"First{i}",
                LastName = $"Last{i % 700}",
                DateOfBirth = new DateOnly(2008 + (i % 10), 1 + (i % 12), 1 + (i % 28)),
                AllocatedTeamId = teams[i % teams.Count].Id,
            };
            child.Involvements.Add(new Involvement { ChildId = child.Id, Type = types[i % types.Length], StartDate = new DateOnly(2025, 1, 1) });
            db.Children.Add(child);

            var returned = i % 5 == 0;
            var from = Now.AddHours(-random.Next(1, 24 * 6));
            var episode = new MissingEpisode
            {
                ChildId = child.Id,
                Category = i % 7 == 0 ? EpisodeCategory.Absent : EpisodeCategory.Missing,
                Status = returned ? EpisodeStatus.Returned : EpisodeStatus.Open,
                MissingFrom = from,
                ReportedAt = from.AddHours(1),
                NotifiedAt = from.AddHours(1),
                FoundAt = returned ? from.AddHours(5) : null,
                ReturnKnownAt = returned ? from.AddHours(5) : null,
                PoliceRiskLevel = i % 3 == 0 ? PoliceRiskLevel.High : PoliceRiskLevel.Medium,
                HoldingTeamId = teams[i % teams.Count].Id,
            };
            if (returned)
            {
                var rhi = new ReturnHomeInterview { ChildId = child.Id, Status = RhiStatus.Requested, RequestedAt = from.AddHours(5), OfferDueAt = from.AddHours(77) };
                db.ReturnHomeInterviews.Add(rhi);
                episode.ReturnHomeInterviewId = rhi.Id;
            }

            db.Episodes.Add(episode);
            for (var d = 0; d < 4; d++)
            {
                db.DutyTasks.Add(new DutyTask
                {
                    ChildId = child.Id,
                    EpisodeId = episode.Id,
                    Type = (TaskType)d,
                    RuleId = $"R{12 + d}",
                    DedupeKey = $"{episode.Id}:{d}",
                    Title = $"Duty {d}",
                    Status = d == 3 ? DutyStatus.Done : DutyStatus.Open,
                    RaisedAt = from,
                    DueAt = from.AddHours(24 * (d + 1)),
                    AssigneeRole = PolicyRole.SocialWorker,
                    AssigneeTeamId = episode.HoldingTeamId,
                });
            }

            if (i % 500 == 499)
            {
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }

        db.SaveChanges();
        return teams[1].Id;
    }
}
