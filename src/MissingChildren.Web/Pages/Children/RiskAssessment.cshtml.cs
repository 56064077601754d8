using System.Globalization;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.RiskAssessments;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The SERAF Child Exploitation risk assessment (001 Appendix 2): <c>/children/{id}/risk-assessments/new</c> or <c>/{assessmentId}</c>.</summary>
public sealed class RiskAssessmentModel(ISender mediator, PolicyProfile profile) : ChildPageModel(mediator), IRedisplayedForm
{
    protected override RecordPart Part => RecordPart.RiskAssessments;

    /// <summary>A new assessment is a change; an existing one is shown to those who may read assessments.</summary>
    protected override PartAccess NeededToOpen => AssessmentSlug == "new" ? PartAccess.Change : PartAccess.Read;

    [FromRoute(Name = "assessmentId")]
    public string? AssessmentSlug { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public List<string> Vulnerabilities { get; set; } = [];

    [BindProperty]
    public List<string> ModerateIndicators { get; set; } = [];

    [BindProperty]
    public List<string> SignificantRecent { get; set; } = [];

    [BindProperty]
    public List<string> SignificantCurrent { get; set; } = [];

    [BindProperty]
    public string? AssessorCategory { get; set; }

    [BindProperty]
    public string? CategoryRationale { get; set; }

    [BindProperty]
    public string? PrincipalConcern { get; set; }

    [BindProperty]
    public string? AdditionalInformation { get; set; }

    public GetRiskAssessment.Result? Existing { get; private set; }

    /// <summary>R22: refusals of the return home interview, and their reasons, that feed the assessment.</summary>
    public IReadOnlyList<GetConsentRefusals.Refusal> Refusals { get; private set; } = [];

    public SerafDefinition Form => profile.Seraf;

    public Guid? AssessmentId => Guid.TryParse(AssessmentSlug, out var id) ? id : null;

    public IEnumerable<SelectListItem> VulnerabilityItems => Form.Vulnerabilities.Select(i => new SelectListItem(i.Label, i.Code));

    public IEnumerable<SelectListItem> ModerateItems => Form.ModerateIndicators.Select(i => new SelectListItem(i.Label, i.Code));

    public IEnumerable<SelectListItem> SignificantItems => Form.SignificantIndicators.Select(i => new SelectListItem(i.Label, i.Code));

    public IEnumerable<SelectListItem> CategoryItems => Form.Categories.Select((c, i) => new SelectListItem(c.Label, c.Code)
    {
        Group = new SelectListGroup { Name = BandText(i) },
    });

    public string CategoryLabel(string? code) => Form.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? "";

    private string BandText(int i)
    {
        var low = Form.Categories[i].MinimumScore;
        return i + 1 < Form.Categories.Count
            ? string.Create(CultureInfo.InvariantCulture, $"Suggested for a score of {low} to {Form.Categories[i + 1].MinimumScore - 1}")
            : string.Create(CultureInfo.InvariantCulture, $"Suggested for a score of {low} or more");
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadExistingAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } a)
        {
            Version = a.Version;
            Vulnerabilities = [.. a.Vulnerabilities];
            ModerateIndicators = [.. a.ModerateIndicators];
            SignificantRecent = [.. a.SignificantRecent];
            SignificantCurrent = [.. a.SignificantCurrent];
            AssessorCategory = a.AssessorCategory;
            CategoryRationale = a.CategoryRationale;
            PrincipalConcern = a.PrincipalConcern;
            AdditionalInformation = a.AdditionalInformation;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        if (!await LoadExistingAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await Mediator.Send(
            new SaveRiskAssessment.Command(
                ChildId, AssessmentId, Version, Vulnerabilities, ModerateIndicators, SignificantRecent, SignificantCurrent,
                AssessorCategory, CategoryRationale, PrincipalConcern, AdditionalInformation, action == "send"),
            cancellationToken);

        TempData.Success(result.Sent
            ? $"Version {result.VersionNumber} sent to the team manager for authorisation"
            : $"Version {result.VersionNumber} saved as a draft");
        return Redirect(Links.RiskAssessment(ChildId, result.AssessmentId));
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadExistingAsync(cancellationToken))
        {
            Version = Existing?.Version;
        }
    }

    private async Task<bool> LoadExistingAsync(CancellationToken cancellationToken)
    {
        Refusals = await Mediator.Send(new GetConsentRefusals.Query(ChildId), cancellationToken);
        if (AssessmentSlug == "new")
        {
            return true;
        }

        if (AssessmentId is not { } id)
        {
            return false;
        }

        Existing = await Mediator.Send(new GetRiskAssessment.Query(ChildId, id), cancellationToken);
        return Existing is not null;
    }
}
