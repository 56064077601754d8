using FluentValidation;
using Mediator;
using MissingChildren.Web.Features.FrontDoor;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>One notification at triage (R1): link it to a candidate, create a new child from it, or mark it a duplicate.</summary>
[Authorize(Roles = FrontDoorAccess.Readers)]
public sealed class NotificationModel(ISender mediator) : PageModel
{
    public sealed class NewChildForm
    {
        public string? LocalId { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateParts DateOfBirth { get; set; } = new();
    }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public Guid? ChildId { get; set; }

    [BindProperty]
    public NewChildForm NewChild { get; set; } = new();

    [BindProperty]
    public Guid? DuplicateOfId { get; set; }

    public GetTriageNotification.Result Notification { get; private set; } = default!;

    public bool CanAct => FrontDoorAccess.CanAct(User);

    public IEnumerable<SelectListItem> CandidateItems => Notification.Notification.Candidates.Select(c => new SelectListItem(
        $"{c.Name} ({c.LocalId})", c.ChildId.ToString()) { Group = new SelectListGroup { Name = string.Join(", ", c.Reasons) } });

    public IEnumerable<SelectListItem> OriginalItems => Notification.PossibleOriginals.Select(o => new SelectListItem(
        $"{o.Kind} report {o.SourceReference} ({o.Source})", o.Id.ToString()) { Group = new SelectListGroup { Name = $"Received {DeadlineText.Local(o.ReceivedAt)}; {Triage(o.Triage)}" } });

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var n = Notification.Notification;
        Version = n.Version;
        NewChild = new NewChildForm { LocalId = n.LocalId, FirstName = n.FirstName, LastName = n.LastName, DateOfBirth = DateParts.From(n.DateOfBirth) };
        return Page();
    }

    public Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async () => $"/episodes/{(await mediator.Send(new LinkNotification.Command(id, Version, ChildId), cancellationToken)).EpisodeId}", null, cancellationToken);

    public Task<IActionResult> OnPostNewChildAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async () => $"/episodes/{(await mediator.Send(new CreateChildFromNotification.Command(id, Version, NewChild.LocalId, NewChild.FirstName, NewChild.LastName, NewChild.DateOfBirth.ToIso()), cancellationToken)).EpisodeId}", nameof(NewChild), cancellationToken);

    public Task<IActionResult> OnPostDuplicateAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async () =>
        {
            await mediator.Send(new MarkDuplicate.Command(id, Version, DuplicateOfId), cancellationToken);
            TempData["Success"] = "Notification marked as a duplicate. It is kept and linked to the original";
            return "/front-door";
        }, null, cancellationToken);

    private static string Triage(Domain.Notifications.TriageStatus status) => status switch
    {
        Domain.Notifications.TriageStatus.Linked => "linked",
        Domain.Notifications.TriageStatus.AwaitingTriage => "awaiting triage",
        _ => "duplicate",
    };

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<string>> action, string? prefix, CancellationToken cancellationToken)
    {
        if (!CanAct)
        {
            return Forbid();
        }

        try
        {
            return Redirect(await action());
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, prefix);
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetTriageNotification.Query(id), cancellationToken);
        if (result is null)
        {
            return false;
        }

        Notification = result;
        return true;
    }
}
