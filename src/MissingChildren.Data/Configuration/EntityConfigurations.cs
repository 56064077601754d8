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
        builder.Property(t => t.Areas).HasMaxLength(2000);
        builder.Property(t => t.ServesTeamIds).HasMaxLength(4000);
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
        builder.Property(c => c.AllocatedWorkerEmail).HasMaxLength(256);
        builder.HasIndex(c => c.AllocatedWorkerEmail);
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
        builder.Property(e => e.MissingFromArea).HasMaxLength(100);
        builder.Property(e => e.FoundInArea).HasMaxLength(100);
        builder.Property(e => e.FamilyAuthorities).HasMaxLength(1000);
        builder.Property(e => e.TraffickingGroundsDecidedBy).HasMaxLength(200);
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

        // Audit search (a data protection officer's subject access request): by date, and by who.
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Actor, a.At });
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<Domain.Administration.ApiClient>
{
    public void Configure(EntityTypeBuilder<Domain.Administration.ApiClient> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Scopes).HasMaxLength(200);
        builder.Property(c => c.KeyHash).HasMaxLength(32);
        builder.Property(c => c.PreviousKeyHash).HasMaxLength(32);
        builder.Property(c => c.KeyHint).HasMaxLength(16);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class PolicyOverrideConfiguration : IEntityTypeConfiguration<Domain.Administration.PolicyOverride>
{
    public void Configure(EntityTypeBuilder<Domain.Administration.PolicyOverride> builder)
    {
        builder.Property(o => o.Profile).HasMaxLength(64);
        builder.Property(o => o.Path).HasMaxLength(300);
        builder.HasIndex(o => new { o.Profile, o.Path }).IsUnique();
        builder.Property(o => o.ValueJson).HasMaxLength(4000);
        builder.Property(o => o.Reason).HasMaxLength(1000);
        builder.Property(o => o.ChangedBy).HasMaxLength(256);
    }
}

internal sealed class PolicyChoiceConfiguration : IEntityTypeConfiguration<Domain.Administration.PolicyChoice>
{
    public void Configure(EntityTypeBuilder<Domain.Administration.PolicyChoice> builder)
    {
        builder.Property(o => o.Profile).HasMaxLength(64);
        builder.Property(o => o.Reason).HasMaxLength(1000);
        builder.Property(o => o.ChangedBy).HasMaxLength(256);
    }
}

internal sealed class ClosureDayConfiguration : IEntityTypeConfiguration<Domain.Administration.ClosureDay>
{
    public void Configure(EntityTypeBuilder<Domain.Administration.ClosureDay> builder)
    {
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Reason).HasMaxLength(200);
        builder.Property(d => d.AddedBy).HasMaxLength(256);
    }
}

internal sealed class PolicyRevisionConfiguration : IEntityTypeConfiguration<Domain.Administration.PolicyRevision>
{
    public void Configure(EntityTypeBuilder<Domain.Administration.PolicyRevision> builder)
    {
        builder.Property(r => r.What).HasMaxLength(300);
    }
}
