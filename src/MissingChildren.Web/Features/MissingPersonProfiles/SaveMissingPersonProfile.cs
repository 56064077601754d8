using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Profiles;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Limits = MissingChildren.Domain.Profiles.MissingPersonProfileLimits;

namespace MissingChildren.Web.Features.MissingPersonProfiles;

/// <summary>
/// Saves a child's missing person profile (Philomena Protocol) as a new version, kept by the child's social worker and
/// carers: the earlier version is kept, the photo stays unless a new one is given, and the save is the profile's
/// six-monthly review. The version the person started from is checked, so a profile changed meanwhile (by a colleague,
/// or by a missing report filling its "while missing" part) is never overwritten silently.
/// </summary>
public static class SaveMissingPersonProfile
{
    public const string LastSeenAtLabel = "When the child was last seen";

    public sealed record Command(
        Guid ChildId, Guid? Version,
        string? Height, string? Build, string? Hair, string? Eyes, string? Ethnicity, string? IdentifyingFeatures, string? Associates,
        string? PlacesFrequented, string? PhoneNumbers, string? SocialMedia, string? Medication, string? MedicalConditions,
        string? Clothing, string? LastSeenWhere, DateTimeOffset? LastSeenAt, string? LastSeenWith,
        byte[]? Photo = null, bool PhotoTooLarge = false,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<int>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            Description(RuleFor(c => c.Height), "Height");
            Description(RuleFor(c => c.Build), "Build");
            Description(RuleFor(c => c.Hair), "Hair");
            Description(RuleFor(c => c.Eyes), "Eyes");
            Description(RuleFor(c => c.Ethnicity), "Ethnicity");
            Text(RuleFor(c => c.IdentifyingFeatures), "Identifying features");
            Text(RuleFor(c => c.Associates), "Associates");
            Text(RuleFor(c => c.PlacesFrequented), "Places frequented");
            RuleFor(c => c.PhoneNumbers).MaximumLength(Limits.Line).WithName("Phone numbers").Text("Phone numbers");
            RuleFor(c => c.SocialMedia).MaximumLength(Limits.Line).WithName("Social media").Text("Social media");
            Text(RuleFor(c => c.Medication), "Medication");
            Text(RuleFor(c => c.MedicalConditions), "Medical conditions");
            Text(RuleFor(c => c.Clothing), "Clothing");
            RuleFor(c => c.LastSeenWhere).MaximumLength(Limits.Line).WithName("Where the child was last seen").Text("Where the child was last seen");
            RuleFor(c => c.LastSeenWith).MaximumLength(Limits.Line).WithName("Who the child was last seen with").Text("Who the child was last seen with");
            RuleFor(c => c.LastSeenAt).Must(at => at <= clock.GetUtcNow()).When(c => c.LastSeenAt is not null).WithMessage(InputMessages.NotInPast(LastSeenAtLabel));
            RuleFor(c => c.Photo).Must(photo => ProfilePhoto.ContentTypeOf(photo) is not null).When(c => c.Photo is { Length: > 0 } && !c.PhotoTooLarge)
                .WithMessage("The selected photo must be a JPG or PNG");
            RuleFor(c => c.PhotoTooLarge).Equal(false).WithMessage("The selected photo must be smaller than 2MB").OverridePropertyName(nameof(Command.Photo));
        }

        private static void Description(IRuleBuilder<Command, string?> rule, string label) =>
            rule.MaximumLength(Limits.Description).WithName(label).Line(label);

        private static void Text(IRuleBuilder<Command, string?> rule, string label) =>
            rule.MaximumLength(Limits.Text).WithName(label).Text(label);
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.MissingPersonProfile, PartAccess.Change, cancellationToken);
            var current = await db.MissingPersonProfiles.SingleOrDefaultAsync(p => p.ChildId == command.ChildId && p.IsCurrent, cancellationToken);
            if (current is not null)
            {
                if (command.Version is not { } version)
                {
                    throw new DbUpdateConcurrencyException(EditConflict.Message);
                }

                db.Entry(current).Property(p => p.Version).OriginalValue = version;
            }
            else if (command.Version is not null)
            {
                throw new DbUpdateConcurrencyException(EditConflict.Message);
            }

            var photo = command.Photo is { Length: > 0 } bytes ? bytes : null;
            var written = new MissingPersonProfile
            {
                ChildId = command.ChildId,
                Height = Blank(command.Height),
                Build = Blank(command.Build),
                Hair = Blank(command.Hair),
                Eyes = Blank(command.Eyes),
                Ethnicity = Blank(command.Ethnicity),
                IdentifyingFeatures = Blank(command.IdentifyingFeatures),
                Associates = Blank(command.Associates),
                PlacesFrequented = Blank(command.PlacesFrequented),
                PhoneNumbers = Blank(command.PhoneNumbers),
                SocialMedia = Blank(command.SocialMedia),
                Medication = Blank(command.Medication),
                MedicalConditions = Blank(command.MedicalConditions),
                Photo = photo,
                PhotoContentType = photo is null ? null : ProfilePhoto.ContentTypeOf(photo),
                Clothing = Blank(command.Clothing),
                LastSeenWhere = Blank(command.LastSeenWhere),
                LastSeenAt = command.LastSeenAt,
                LastSeenWith = Blank(command.LastSeenWith),
                MissingCircumstances = current?.MissingCircumstances,
                SavedBy = actor.Name,
            };
            var profile = MissingPersonProfile.Saved(current, written, clock.GetUtcNow());
            db.MissingPersonProfiles.Add(profile);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Someone saved the first version at the same time.
                throw new DbUpdateConcurrencyException(EditConflict.Message, ex);
            }

            return profile.VersionNumber;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
