using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissingChildren.Data.Configuration;

internal sealed class PartnerRecordConfiguration : IEntityTypeConfiguration<PartnerRecord>
{
    public void Configure(EntityTypeBuilder<PartnerRecord> builder)
    {
        builder.ToTable("PartnerRecords");
        builder.HasOne<Child>().WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MissingEpisode>().WithMany().HasForeignKey(r => r.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DutyTask>().WithMany().HasForeignKey(r => r.DutyTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Recipient).HasMaxLength(200);
        builder.Property(r => r.PersonOrTeam).HasMaxLength(200);
        builder.Property(r => r.Reference).HasMaxLength(100);
        builder.Property(r => r.MadeBy).HasMaxLength(200);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.ChildId, r.At });
    }
}
