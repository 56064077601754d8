using MissingChildren.Domain.Auditing;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissingChildren.Data.Configuration;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.HasIndex(t => t.Function);
    }
}

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.HasIndex(c => c.LocalId).IsUnique();
        builder.Property(c => c.LocalId).HasMaxLength(64);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.HasIndex(c => new { c.LastName, c.FirstName });
        builder.HasMany(c => c.Involvements).WithOne().HasForeignKey(i => i.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.AllocatedTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.FullName);
    }
}

internal sealed class InvolvementConfiguration : IEntityTypeConfiguration<Involvement>
{
    public void Configure(EntityTypeBuilder<Involvement> builder)
    {
        builder.Ignore(i => i.IsOpen);
        builder.Property(i => i.LegalStatus).HasMaxLength(16);
        builder.Property(i => i.HomeAuthority).HasMaxLength(120);
    }
}

internal sealed class MissingEpisodeConfiguration : IEntityTypeConfiguration<MissingEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEpisode> builder)
    {
        builder.ToTable("Episodes");
        builder.HasOne<Child>().WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.HoldingTeamId).OnDelete(DeleteBehavior.Restrict);

        // The sweep and the trays read open episodes only: their cost follows open work, not history.
        builder.HasIndex(e => new { e.Status, e.MissingFrom });
        builder.HasIndex(e => new { e.ChildId, e.MissingFrom });
        builder.HasOne<Domain.ReturnInterviews.ReturnHomeInterview>().WithMany().HasForeignKey(e => e.ReturnHomeInterviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.CategoryChanges).WithOne().HasForeignKey(c => c.EpisodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(16);
        builder.HasIndex(a => new { a.ChildId, a.At });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
