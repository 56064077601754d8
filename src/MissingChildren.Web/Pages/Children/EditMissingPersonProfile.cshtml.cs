using MissingChildren.Domain.Children;
using Mediator;
using MissingChildren.Domain.Profiles;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The missing person profile's form: <c>/children/{id}/missing-person-profile/edit</c>. Saving makes a new version.</summary>
public sealed class EditMissingPersonProfileModel(ISender mediator) : ChildPageModel(mediator), IRedisplayedForm
{
    protected override RecordPart Part => RecordPart.MissingPersonProfile;

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public string? Height { get; set; }

    [BindProperty]
    public string? Build { get; set; }

    [BindProperty]
    public string? Hair { get; set; }

    [BindProperty]
    public string? Eyes { get; set; }

    [BindProperty]
    public string? Ethnicity { get; set; }

    [BindProperty]
    public string? IdentifyingFeatures { get; set; }

    [BindProperty]
    public string? Associates { get; set; }

    [BindProperty]
    public string? PlacesFrequented { get; set; }

    [BindProperty]
    public string? PhoneNumbers { get; set; }

    [BindProperty]
    public string? SocialMedia { get; set; }

    [BindProperty]
    public string? Medication { get; set; }

    [BindProperty]
    public string? MedicalConditions { get; set; }

    [BindProperty]
    public string? Clothing { get; set; }

    [BindProperty]
    public string? LastSeenWhere { get; set; }

    [BindProperty]
    public DateTimeParts LastSeenAt { get; set; } = new();

    [BindProperty]
    public string? LastSeenWith { get; set; }

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public GetMissingPersonProfile.Result? Current { get; private set; }

    public override IEnumerable<ChildRecordRead> RecordsShown => Current is { } p ? [.. base.RecordsShown, p.Read] : base.RecordsShown;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Current is { } p)
        {
            Version = p.Version;
            (Height, Build, Hair, Eyes, Ethnicity) = (p.Height, p.Build, p.Hair, p.Eyes, p.Ethnicity);
            (IdentifyingFeatures, Associates, PlacesFrequented, PhoneNumbers, SocialMedia) = (p.IdentifyingFeatures, p.Associates, p.PlacesFrequented, p.PhoneNumbers, p.SocialMedia);
            (Medication, MedicalConditions, Clothing, LastSeenWhere, LastSeenWith) = (p.Medication, p.MedicalConditions, p.Clothing, p.LastSeenWhere, p.LastSeenWith);
            LastSeenAt = DateTimeParts.From(p.LastSeenAt, DeadlineText.UkTime);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var lastSeenAt = input.Instant(LastSeenAt, nameof(LastSeenAt), SaveMissingPersonProfile.LastSeenAtLabel);
        var (photo, tooLarge) = await ReadPhotoAsync(cancellationToken);
        var version = await Mediator.Send(
            new SaveMissingPersonProfile.Command(
                ChildId, Version, Height, Build, Hair, Eyes, Ethnicity, IdentifyingFeatures, Associates, PlacesFrequented, PhoneNumbers, SocialMedia,
                Medication, MedicalConditions, Clothing, LastSeenWhere, lastSeenAt, LastSeenWith, photo, tooLarge, input.Errors),
            cancellationToken);
        TempData.Success($"Missing person profile saved: version {version}");
        return Redirect(Links.MissingPersonProfile(ChildId));
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (reason == Redisplay.Conflict)
        {
            Version = Current?.Version;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await Mediator.Send(new GetMissingPersonProfile.Query(ChildId), cancellationToken);

    /// <summary>The uploaded photo's bytes, read no further than the limit: its type is checked from them, never from its name.</summary>
    private async Task<(byte[]? Photo, bool TooLarge)> ReadPhotoAsync(CancellationToken cancellationToken)
    {
        if (Photo is not { Length: > 0 } file)
        {
            return (null, false);
        }

        if (file.Length > ProfilePhoto.MaxBytes)
        {
            return (null, true);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), false);
    }
}
