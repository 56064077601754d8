using MissingChildren.Domain.Children;
using MissingChildren.Domain.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissingChildren.Data.Configuration;

internal sealed class MissingPersonProfileConfiguration : IEntityTypeConfiguration<MissingPersonProfile>
{
    public void Configure(EntityTypeBuilder<MissingPersonProfile> builder)
    {
        builder.ToTable("MissingPersonProfiles");
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ChildId, p.VersionNumber }).IsUnique();
        builder.Ignore(p => p.ReviewDueAt);
        foreach (var name in new[] { nameof(MissingPersonProfile.Height), nameof(MissingPersonProfile.Build), nameof(MissingPersonProfile.Hair), nameof(MissingPersonProfile.Eyes), nameof(MissingPersonProfile.Ethnicity) })
        {
            builder.Property(name).HasMaxLength(MissingPersonProfileLimits.Description);
        }

        foreach (var name in new[] { nameof(MissingPersonProfile.PhoneNumbers), nameof(MissingPersonProfile.SocialMedia), nameof(MissingPersonProfile.LastSeenWhere), nameof(MissingPersonProfile.LastSeenWith) })
        {
            builder.Property(name).HasMaxLength(MissingPersonProfileLimits.Line);
        }

        foreach (var name in new[] { nameof(MissingPersonProfile.IdentifyingFeatures), nameof(MissingPersonProfile.Associates), nameof(MissingPersonProfile.PlacesFrequented), nameof(MissingPersonProfile.Medication), nameof(MissingPersonProfile.MedicalConditions), nameof(MissingPersonProfile.Clothing), nameof(MissingPersonProfile.MissingCircumstances) })
        {
            builder.Property(name).HasMaxLength(MissingPersonProfileLimits.Text);
        }

        builder.Property(p => p.PhotoContentType).HasMaxLength(32);
        builder.Property(p => p.SavedBy).HasMaxLength(256);
    }
}
