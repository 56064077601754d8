using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// A social worker records a child found while another request changes the same episode: the first save is refused
/// (the episode's version moved on), the found report is received again on what is there now, and the safe and well
/// check note is saved with it, once. The other request is made at a fixed point, just before the first save, so
/// the race is the same on every run.
/// </summary>
public abstract class RecordFoundConflictTests
{
    private readonly AppFactory _app;

    protected RecordFoundConflictTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task Found_WhenAnotherRequestChangesTheEpisodeFirst_RetriesAndKeepsTheSafeAndWellCheckNote()
    {
        // P100 is missing now (demo data).
        var childId = await _app.ChildIdAsync("P100");
        var episodeId = await _app.WithDbAsync(db => db.Episodes.Where(e => e.ChildId == childId && e.Status == EpisodeStatus.Open).Select(e => e.Id).SingleAsync());
        var other = new AnotherRequestChangesFirst(() => _app.WithDbAsync(db =>
            db.Episodes.Where(e => e.Id == episodeId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Version, Guid.NewGuid()))));
        var foundAt = _app.Clock.GetUtcNow().AddHours(-1);

        await using var scope = _app.Services.CreateAsyncScope();
        await using var db = Context(scope.ServiceProvider, other);
        var handler = Handler(scope.ServiceProvider, db);
        var result = await handler.Handle(
            new RecordFound.Command(childId, foundAt, "Weston bus station", "Police", true, "Seen at the station, no injuries."),
            CancellationToken.None);

        Assert.Equal(2, other.Saves); // refused once, then saved
        Assert.Equal(episodeId, result);
        var episode = await _app.WithDbAsync(d => d.Episodes.SingleAsync(e => e.Id == episodeId));
        Assert.Equal(EpisodeStatus.Returned, episode.Status);
        Assert.Equal(foundAt, episode.FoundAt);
        var notes = await _app.WithDbAsync(d => d.CaseNotes.Where(n => n.ChildId == childId && n.Kind == CaseNoteKind.SafeAndWellCheck).ToListAsync());
        var note = Assert.Single(notes);
        Assert.Equal("Seen at the station, no injuries.", note.Text);
        Assert.Equal(episodeId, note.EpisodeId);
        var found = await _app.WithDbAsync(d => d.Notifications.CountAsync(n => n.EpisodeId == episodeId && n.Source == RecordFound.Source));
        Assert.Equal(1, found);
        var duties = await _app.WithDbAsync(d => d.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open).Select(t => t.Type).ToListAsync());
        Assert.Contains(TaskType.ReturnHomeInterview, duties); // R17
    }

    /// <summary>The app's own context (its database and auditing), with the other request's change made just before its first save.</summary>
    private AppDbContext Context(IServiceProvider services, AnotherRequestChangesFirst other) => _app.Provider switch
    {
        "PostgreSql" => new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>(
            services.GetRequiredService<DbContextOptions<PostgreSqlAppDbContext>>()).AddInterceptors(other).Options),
        _ => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>(
            services.GetRequiredService<DbContextOptions<SqliteAppDbContext>>()).AddInterceptors(other).Options),
    };

    private RecordFound.Handler Handler(IServiceProvider services, AppDbContext db)
    {
        var actor = new SocialWorker();
        var router = new NotificationRouter(db, new DutyScheduler(db, services.GetRequiredService<DutyEngine>()), services.GetRequiredService<PolicyProfile>(), actor);
        return new RecordFound.Handler(db, new ChildAccess(db, actor), new NotificationIntake(db, router, actor, _app.Clock), actor, _app.Clock);
    }

    private sealed class SocialWorker : ICurrentActor
    {
        public string Name => "Conflict test social worker";

        public string? UserId => null;

        public bool IsInRole(string role) => role == Roles.FrontDoor;
    }

    private sealed class AnotherRequestChangesFirst(Func<Task<int>> change) : SaveChangesInterceptor
    {
        public int Saves { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (++Saves == 1)
            {
                await change();
            }

            return result;
        }
    }
}

public sealed class RecordFoundConflictTestsOnSqlite(SqliteAppFactory app) : RecordFoundConflictTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RecordFoundConflictTestsOnPostgreSql(PostgreSqlAppFactory app) : RecordFoundConflictTests(app), IClassFixture<PostgreSqlAppFactory>;
