using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Plans;
using MissingChildren.Web.Features.Plans;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The trigger plan (001 Appendix 3) or the missing prevention plan: <c>/children/{id}/plans/{type}</c>.</summary>
public sealed class EditPlanModel(ISender mediator) : ChildPageModel(mediator), IRedisplayedForm
{
    protected override RecordPart Part => TypeSlug == GetPlan.Slug(PlanType.PreventionPlan) ? RecordPart.PreventionPlan : RecordPart.Plans;

    [FromRoute(Name = "type")]
    public string? TypeSlug { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public string? Background { get; set; }

    [BindProperty]
    public string? IfMissing { get; set; }

    [BindProperty]
    public string? PoliceActions { get; set; }

    [BindProperty]
    public string? FrequentedPlaces { get; set; }

    [BindProperty]
    public string? LinesOfEnquiry { get; set; }

    [BindProperty]
    public string? KnownAssociates { get; set; }

    [BindProperty]
    public string? FamilyMembers { get; set; }

    [BindProperty]
    public string? Professionals { get; set; }

    public PlanType Type { get; private set; }

    public GetPlan.Result? Current { get; private set; }

    public string PlanTitle => GetPlan.Title(Type);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Current is { } p)
        {
            Version = p.Version;
            Background = p.Background;
            IfMissing = p.IfMissing;
            PoliceActions = p.PoliceActions;
            FrequentedPlaces = p.FrequentedPlaces;
            LinesOfEnquiry = p.LinesOfEnquiry;
            KnownAssociates = p.KnownAssociates;
            FamilyMembers = p.FamilyMembers;
            Professionals = p.Professionals;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await Mediator.Send(
            new SavePlan.Command(ChildId, Type, Version, Background, IfMissing, PoliceActions, FrequentedPlaces, LinesOfEnquiry, KnownAssociates, FamilyMembers, Professionals),
            cancellationToken);
        TempData.Success($"{PlanTitle} saved");
        return Redirect(CasePath(CaseTab.Plans));
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadAsync(cancellationToken))
        {
            Version = Current?.Version;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (GetPlan.FromSlug(TypeSlug) is not { } type)
        {
            return false;
        }

        Type = type;
        Current = await Mediator.Send(new GetPlan.Query(type, ChildId), cancellationToken);
        return true;
    }
}
