using Mediator;
using MissingChildren.Web.Features.Partners;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>R44: reasonable grounds to believe the child is a victim of trafficking or modern slavery, recorded on an episode.</summary>
public sealed class TraffickingModel(ISender mediator) : EpisodePartnersPageModel(mediator)
{
    [BindProperty]
    public DateParts DecidedOn { get; set; } = new();

    [BindProperty]
    public string? DecidedBy { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Episode.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new EdgeInput();
        var decidedOn = input.Date(DecidedOn, nameof(DecidedOn), RecordTraffickingGrounds.DecidedOnLabel);
        await Mediator.Send(new RecordTraffickingGrounds.Command(ChildId, EpisodeId, Version, decidedOn, DecidedBy, input.Errors), cancellationToken);
        TempData.Success("Reasonable grounds recorded");
        return Redirect(CasePath());
    }
}
