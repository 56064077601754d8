using MissingChildren.Web.Domain;
using MissingChildren.Web.Domain.Auditing;
using MissingChildren.Web.Domain.Children;
using MissingChildren.Web.Domain.Documents;
using MissingChildren.Web.Domain.Duties;
using MissingChildren.Web.Domain.Episodes;
using MissingChildren.Web.Domain.Meetings;
using MissingChildren.Web.Domain.Notices;
using MissingChildren.Web.Domain.Notes;
using MissingChildren.Web.Domain.Notifications;
using MissingChildren.Web.Domain.Plans;
using MissingChildren.Web.Domain.ReturnInterviews;
using MissingChildren.Web.Domain.RiskAssessments;
using MissingChildren.Web.Domain.Teams;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Infrastructure.Data;

/// <summary>
/// The application's database. One model for every provider; each provider has a small derived context
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgreSqlAppDbContext"/>, <see cref="SqlServerAppDbContext"/>)
/// that owns its migrations (docs/decisions/0002-three-database-providers.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<Involvement> Involvements => Set<Involvement>();

    public DbSet<MissingEpisode> Episodes => Set<MissingEpisode>();

    public DbSet<EpisodeCategoryChange> EpisodeCategoryChanges => Set<EpisodeCategoryChange>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<DutyTask> DutyTasks => Set<DutyTask>();

    public DbSet<ReturnHomeInterview> ReturnHomeInterviews => Set<ReturnHomeInterview>();

    public DbSet<ContactAttempt> ContactAttempts => Set<ContactAttempt>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<RhiLetter> RhiLetters => Set<RhiLetter>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<Domain.Authorisations.AuthorisationDecision> AuthorisationDecisions => Set<Domain.Authorisations.AuthorisationDecision>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<FiledDocument> FiledDocuments => Set<FiledDocument>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace == typeof(AppDbContext).Namespace + ".Configuration");

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
            builder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }
}
