using FluentValidation;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Documents;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Documents;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Pages.Authorisations;

/// <summary>
/// Prepare the Director letter (R9) or Serious Incident Notification (R31) a duty asks for: the printable draft from
/// the record, and the form confirming it was signed or sent. Filing it puts the PDF on the child's record.
/// </summary>
[Authorize(Roles = $"{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director}")]
public sealed class DocumentModel(ISender mediator) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? SignedBy { get; set; }

    [BindProperty]
    public string? SignedAs { get; set; }

    [BindProperty]
    public DateTimeParts SignedAt { get; set; } = new();

    [BindProperty]
    public string? SentTo { get; set; }

    [BindProperty]
    public DateTimeParts SentAt { get; set; } = new();

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Actions { get; set; }

    public PrepareDocument.Result Draft { get; private set; } = default!;

    public static IEnumerable<SelectListItem> Signatories { get; } =
    [
        new("The Director of Children's Services", FileDocument.Director),
        new("An Assistant Director, in the Director's absence", FileDocument.AssistantDirector),
    ];

    public async Task<IActionResult> OnGetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, cancellationToken))
        {
            return NotFound();
        }

        Version = Draft.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, cancellationToken))
        {
            return NotFound();
        }

        FileDocument.Result filed;
        try
        {
            filed = await mediator.Send(new FileDocument.Command(
                taskId, Version, Draft.Kind, SignedBy, SignedAs, SignedAt.ToIso(DeadlineText.UkTime), SentTo, SentAt.ToIso(DeadlineText.UkTime), Summary, Actions),
                cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Keep what was typed; the next save starts from the duty as now stored.
            ModelState.AddModelError("", EditConflict.Message);
            ModelState.Remove(nameof(Version));
            Version = Draft.Version;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Success"] = Draft.Kind == DocumentKind.DirectorLetter
            ? "Director letter filed on the child's record"
            : "Serious Incident Notification filed on the child's record";
        return Redirect($"/children/{filed.ChildId}/documents");
    }

    private async Task<bool> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var draft = await mediator.Send(new PrepareDocument.Query(taskId), cancellationToken);
        Draft = draft!;
        return draft is not null;
    }
}
