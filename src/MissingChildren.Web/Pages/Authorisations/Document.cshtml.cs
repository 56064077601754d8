using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Documents;
using MissingChildren.Web.Features.Documents;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Authorisations;

/// <summary>
/// Prepare the Director letter (R9) or Serious Incident Notification (R31) a duty asks for: the printable draft from
/// the record, and the form confirming it was signed or sent. Filing it puts the PDF on the child's record.
/// </summary>
[Authorize(Roles = $"{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director}")]
public sealed class DocumentModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    [FromRoute(Name = "taskId")]
    public Guid TaskId { get; set; }

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

    /// <summary>The draft Director letter or Serious Incident Notification, made from the child's record (R9, R31).</summary>
    public IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Of(Draft.ChildId, "DutyTask", TaskId)];

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

        // Only the date the form shows for this kind of document is read.
        var input = new EdgeInput();
        var letter = Draft.Kind == DocumentKind.DirectorLetter;
        var signedAt = letter ? input.Instant(SignedAt, nameof(SignedAt), FileDocument.SignedAtLabel) : null;
        var sentAt = letter ? null : input.Instant(SentAt, nameof(SentAt), FileDocument.SentAtLabel);
        var filed = await mediator.Send(
            new FileDocument.Command(taskId, Version, Draft.Kind, SignedBy, SignedAs, signedAt, SentTo, sentAt, Summary, Actions, input.Errors),
            cancellationToken);

        TempData.Success(Draft.Kind == DocumentKind.DirectorLetter
            ? "Director letter filed on the child's record"
            : "Serious Incident Notification filed on the child's record");
        return Redirect(Links.Child(filed.ChildId, CaseTab.Documents));
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadAsync(TaskId, cancellationToken))
        {
            Version = Draft.Version;
        }
    }

    private async Task<bool> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var draft = await mediator.Send(new PrepareDocument.Query(taskId), cancellationToken);
        Draft = draft!;
        return draft is not null;
    }
}
