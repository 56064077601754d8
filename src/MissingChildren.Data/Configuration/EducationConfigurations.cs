using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Education;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissingChildren.Data.Configuration;

internal sealed class CmeInvestigationConfiguration : IEntityTypeConfiguration<CmeInvestigation>
{
    public void Configure(EntityTypeBuilder<CmeInvestigation> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(i => i.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Enquiries).WithOne().HasForeignKey(e => e.InvestigationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.OpenedBy).HasMaxLength(256);
        builder.Property(i => i.BorderAgencyReference).HasMaxLength(100);
        builder.Property(i => i.SafeguardingAdvice).HasMaxLength(4000);
        builder.Property(i => i.NoTracePoliceReference).HasMaxLength(100);
        builder.Property(i => i.FoundWhere).HasMaxLength(500);
        builder.HasIndex(i => new { i.ChildId, i.Status });
        builder.HasIndex(i => new { i.Status, i.ReviewOn });
    }
}

internal sealed class CmeEnquiryConfiguration : IEntityTypeConfiguration<CmeEnquiry>
{
    public void Configure(EntityTypeBuilder<CmeEnquiry> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.AskedOf).HasMaxLength(200);
        builder.Property(e => e.Reply).HasMaxLength(4000);
        builder.Ignore(e => e.IsAnswered);
    }
}

internal sealed class SchoolAbsenceConfiguration : IEntityTypeConfiguration<SchoolAbsence>
{
    public void Configure(EntityTypeBuilder<SchoolAbsence> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.School).HasMaxLength(200);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.Source).HasMaxLength(200);

        // R39: the same absence sent twice (by the attendance system, or by hand and by the system) is kept once.
        builder.HasIndex(a => new { a.ChildId, a.School, a.Date }).IsUnique();
    }
}

internal sealed class SchoolAbsenceMeetingConfiguration : IEntityTypeConfiguration<SchoolAbsenceMeetingRecord>
{
    public void Configure(EntityTypeBuilder<SchoolAbsenceMeetingRecord> builder)
    {
        builder.ToTable("SchoolAbsenceMeetings");
        builder.HasOne<Child>().WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DutyTask>().WithMany().HasForeignKey(m => m.DutyTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Attendees).HasMaxLength(4000);
        builder.Property(m => m.Outcome).HasMaxLength(4000);
        builder.Property(m => m.RecordedBy).HasMaxLength(256);
        builder.HasIndex(m => new { m.ChildId, m.HeldOn });
    }
}
