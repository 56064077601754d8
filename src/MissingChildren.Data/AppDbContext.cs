using MissingChildren.Domain;
using MissingChildren.Domain.Auditing;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Notices;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.Plans;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Teams;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Data;

/// <summary>
/// The application's database. One model for every provider; each provider has a small derived context
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgreSqlAppDbContext"/>, <see cref="SqlServerAppDbContext"/>)
/// whose migrations live in their own project, <c>MissingChildren.Migrations.&lt;Provider&gt;</c>
/// (docs/decisions/0002-three-database-providers.md, docs/decisions/0008-projects-and-migrations-per-provider.md).
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

    public DbSet<Domain.Education.CmeInvestigation> CmeInvestigations => Set<Domain.Education.CmeInvestigation>();

    public DbSet<Domain.Education.CmeEnquiry> CmeEnquiries => Set<Domain.Education.CmeEnquiry>();

    public DbSet<Domain.Education.SchoolAbsence> SchoolAbsences => Set<Domain.Education.SchoolAbsence>();

    public DbSet<Domain.Education.SchoolAbsenceMeetingRecord> SchoolAbsenceMeetings => Set<Domain.Education.SchoolAbsenceMeetingRecord>();

    public DbSet<Domain.Partners.PartnerRecord> PartnerRecords => Set<Domain.Partners.PartnerRecord>();

    public DbSet<Domain.Profiles.MissingPersonProfile> MissingPersonProfiles => Set<Domain.Profiles.MissingPersonProfile>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Domain.Administration.ApiClient> ApiClients => Set<Domain.Administration.ApiClient>();

    public DbSet<Domain.Administration.PolicyOverride> PolicyOverrides => Set<Domain.Administration.PolicyOverride>();

    public DbSet<Domain.Administration.PolicyChoice> PolicyChoices => Set<Domain.Administration.PolicyChoice>();

    public DbSet<Domain.Administration.ClosureDay> ClosureDays => Set<Domain.Administration.ClosureDay>();

    public DbSet<Domain.Administration.PolicyRevision> PolicyRevisions => Set<Domain.Administration.PolicyRevision>();

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
