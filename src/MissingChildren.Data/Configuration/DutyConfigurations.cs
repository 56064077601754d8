using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissingChildren.Data.Configuration;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Source).HasMaxLength(100);
        builder.Property(n => n.SourceReference).HasMaxLength(200);
        builder.Property(n => n.RelatesTo).HasMaxLength(200);
        builder.Property(n => n.ReceivedFrom).HasMaxLength(256);
        builder.Property(n => n.ChildLocalId).HasMaxLength(64);
        builder.Property(n => n.ChildFirstName).HasMaxLength(100);
        builder.Property(n => n.ChildLastName).HasMaxLength(100);

        // Idempotency: the same report twice is one notification, even when both arrive at once.
        builder.HasIndex(n => new { n.Source, n.SourceReference, n.Kind }).IsUnique();
        builder.HasIndex(n => new { n.Triage, n.ReceivedAt });
        builder.HasIndex(n => n.ChildId);
        builder.HasOne<Child>().WithMany().HasForeignKey(n => n.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MissingEpisode>().WithMany().HasForeignKey(n => n.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Notification>().WithMany().HasForeignKey(n => n.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DutyTaskConfiguration : IEntityTypeConfiguration<DutyTask>
{
    public void Configure(EntityTypeBuilder<DutyTask> builder)
    {
        builder.ToTable("Duties");
        builder.Property(t => t.RuleId).HasMaxLength(8);
        builder.Property(t => t.DedupeKey).HasMaxLength(200);
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.Partner).HasMaxLength(100);
        builder.Property(t => t.AssigneeUserId).HasMaxLength(450);
        builder.Property(t => t.ClosedReason).HasMaxLength(300);
        builder.Property(t => t.DueExplanation).HasMaxLength(2000);

        // A duty is raised once, however many sweeps or nodes try.
        builder.HasIndex(t => t.DedupeKey).IsUnique();

        // The sweep and the trays read open duties by deadline: cost follows open work, not history.
        builder.HasIndex(t => new { t.Status, t.DueAt });
        builder.HasIndex(t => t.EpisodeId);
        builder.HasIndex(t => t.ChildId);
        builder.HasOne<Child>().WithMany().HasForeignKey(t => t.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MissingEpisode>().WithMany().HasForeignKey(t => t.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReturnHomeInterview>().WithMany().HasForeignKey(t => t.ReturnHomeInterviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.RiskAssessments.RiskAssessment>().WithMany().HasForeignKey(t => t.RiskAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.AssigneeTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReturnHomeInterviewConfiguration : IEntityTypeConfiguration<ReturnHomeInterview>
{
    public void Configure(EntityTypeBuilder<ReturnHomeInterview> builder)
    {
        builder.ToTable("ReturnHomeInterviews");
        builder.Ignore(r => r.IsInProgress);
        builder.Property(r => r.AllocatedWorkerId).HasMaxLength(450);
        builder.HasIndex(r => new { r.ChildId, r.Status });
        builder.HasIndex(r => new { r.Status, r.OfferDueAt });
        builder.HasOne<Child>().WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(r => r.AllocatedTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.ContactAttempts).WithOne().HasForeignKey(a => a.ReturnHomeInterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.ConsentRecords).WithOne().HasForeignKey(c => c.ReturnHomeInterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Letters).WithOne().HasForeignKey(l => l.ReturnHomeInterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.IsConcluded);
        builder.Property(r => r.InterviewLocation).HasMaxLength(200);
        builder.Property(r => r.PeoplePresent).HasMaxLength(400);
        builder.Property(r => r.ChildAccount).HasMaxLength(4000);
        builder.Property(r => r.ParentsCarersViews).HasMaxLength(4000);
        builder.Property(r => r.RisksIdentified).HasMaxLength(4000);
        builder.Property(r => r.InterpreterLanguage).HasMaxLength(100);
        builder.Property(r => r.NotHeldReasons).HasMaxLength(4000);
        builder.Property(r => r.SupportOffered).HasMaxLength(4000);
    }
}

internal sealed class ContactAttemptConfiguration : IEntityTypeConfiguration<ContactAttempt>
{
    public void Configure(EntityTypeBuilder<ContactAttempt> builder)
    {
        builder.Property(a => a.Method).HasMaxLength(40);
        builder.Property(a => a.Contacted).HasMaxLength(100);
        builder.Property(a => a.Outcome).HasMaxLength(400);
        builder.Property(a => a.RecordedByUserId).HasMaxLength(450);
    }
}

internal sealed class RhiLetterConfiguration : IEntityTypeConfiguration<RhiLetter>
{
    public void Configure(EntityTypeBuilder<RhiLetter> builder)
    {
        builder.ToTable("RhiLetters");
        builder.Property(l => l.CreatedByUserId).HasMaxLength(450);
        builder.Property(l => l.Salutation).HasMaxLength(200);
        builder.Property(l => l.AddressedTo).HasMaxLength(400);
        builder.Property(l => l.ChildName).HasMaxLength(200);
        builder.Property(l => l.Body).HasMaxLength(8000);
        builder.Property(l => l.SignedBy).HasMaxLength(200);
        builder.Property(l => l.ServiceName).HasMaxLength(200);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(c => c.GivenBy).HasMaxLength(100);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.RecordedByUserId).HasMaxLength(450);
        builder.HasIndex(m => new { m.ChildId, m.HeldAt });
        builder.HasOne<Child>().WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MissingEpisode>().WithMany().HasForeignKey(m => m.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DutyTask>().WithMany().HasForeignKey(m => m.DutyTaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EpisodeCategoryChangeConfiguration : IEntityTypeConfiguration<EpisodeCategoryChange>
{
    public void Configure(EntityTypeBuilder<EpisodeCategoryChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Domain.Notices.Notice>
{
    public void Configure(EntityTypeBuilder<Domain.Notices.Notice> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => n.EmailStatus);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DutyTask>().WithMany().HasForeignKey(n => n.DutyTaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuthorisationDecisionConfiguration : IEntityTypeConfiguration<Domain.Authorisations.AuthorisationDecision>
{
    public void Configure(EntityTypeBuilder<Domain.Authorisations.AuthorisationDecision> builder)
    {
        builder.Property(d => d.Reason).HasMaxLength(4000);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.ChildId, d.DecidedAt });
        builder.HasOne<Child>().WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DutyTask>().WithMany().HasForeignKey(d => d.DutyTaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FiledDocumentConfiguration : IEntityTypeConfiguration<Domain.Documents.FiledDocument>
{
    public void Configure(EntityTypeBuilder<Domain.Documents.FiledDocument> builder)
    {
        builder.ToTable("FiledDocuments");
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.From).HasMaxLength(400);
        builder.Property(d => d.AddressedTo).HasMaxLength(400);
        builder.Property(d => d.ChildName).HasMaxLength(200);
        builder.Property(d => d.ChildLocalId).HasMaxLength(64);
        builder.Property(d => d.Facts).HasMaxLength(4000);
        builder.Property(d => d.Summary).HasMaxLength(4000);
        builder.Property(d => d.Actions).HasMaxLength(4000);
        builder.Property(d => d.SignedBy).HasMaxLength(200);
        builder.Property(d => d.SignedAs).HasMaxLength(100);
        builder.Property(d => d.SentTo).HasMaxLength(200);
        builder.Property(d => d.FiledBy).HasMaxLength(256);
        builder.Property(d => d.FiledByUserId).HasMaxLength(450);
        builder.HasIndex(d => new { d.ChildId, d.FiledAt });

        // One document completes one duty: filing twice at the same moment cannot file two.
        builder.HasIndex(d => d.DutyTaskId).IsUnique();
        builder.HasOne<Child>().WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DutyTask>().WithMany().HasForeignKey(d => d.DutyTaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
