using MissingChildren.Domain.Children;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.Plans;
using MissingChildren.Domain.RiskAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissingChildren.Data.Configuration;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(n => n.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.WrittenBy).HasMaxLength(256);
        builder.HasIndex(n => new { n.ChildId, n.OccurredAt });
    }
}

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.IsEditableInPlace);
        builder.Property(r => r.SuggestedCategory).HasMaxLength(64);
        builder.Property(r => r.AssessorCategory).HasMaxLength(64);
        builder.Property(r => r.PrincipalConcern).HasMaxLength(2000);
        builder.Property(r => r.AssessedBy).HasMaxLength(256);
        builder.Property(r => r.AssessorUserId).HasMaxLength(64);
        builder.HasIndex(r => new { r.SeriesId, r.VersionNumber }).IsUnique();
        builder.HasIndex(r => new { r.ChildId, r.IsCurrent });
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.SavedBy).HasMaxLength(256);
        builder.HasIndex(p => new { p.ChildId, p.Type, p.VersionNumber }).IsUnique();
    }
}
