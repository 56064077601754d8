using FluentValidation;
using Mediator;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Pages.Authorisations;

/// <summary>R34: the manager decides whether a looked-after child's short absence needs a return home interview.</summary>
[Authorize(Roles = "TeamManager,HeadOfService")]
public sealed class ShortAbsenceModel(ISender mediator) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public GetShortAbsenceDecision.Result Item { get; private set; } = default!;

    public static IEnumerable<SelectListItem> Decisions { get; } =
    [
        new("Yes: ask for a return home interview", DecideShortAbsence.Needed),
        new("No: a return home interview is not needed", DecideShortAbsence.NotNeeded),
    ];

    public async Task<IActionResult> OnGetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, cancellationToken))
        {
            return NotFound();
        }

        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, cancellationToken))
        {
            return NotFound();
        }

        Guid? rhiId;
        try
        {
            rhiId = await mediator.Send(new DecideShortAbsence.Command(taskId, Version, Decision, Reason), cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Decision), Features.Children.EditConflict.Message);
            await LoadAsync(taskId, cancellationToken);
            ModelState.Remove(nameof(Version));
            Version = Item.Version;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Decided"] = rhiId is null ? "Decision recorded: no return home interview needed" : "Return home interview asked for";
        return rhiId is { } id ? Redirect($"/rhi/{id}") : Redirect("/authorisations");
    }

    private async Task<bool> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var item = await mediator.Send(new GetShortAbsenceDecision.Query(taskId), cancellationToken);
        Item = item!;
        return item is not null;
    }
}
