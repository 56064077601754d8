using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features;
using Mediator;
using MissingChildren.Web.Features.FrontDoor;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>One notification at triage (R1): link it to a candidate, create a new child from it, or mark it a duplicate.</summary>
[Authorize(Roles = FrontDoorAccess.Readers)]
public sealed class NotificationModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    public sealed class NewChildForm
    {
        public string? LocalId { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateParts DateOfBirth { get; set; } = new();
    }

    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

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

    /// <summary>The candidate children shown to choose from, with their dates of birth and addresses (R1).</summary>
    public IEnumerable<ChildRecordRead> RecordsShown => Notification.Notification.Candidates.Select(c => ChildRecordRead.Child(c.ChildId));

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

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken) =>
        CanAct ? EpisodeRedirect((await mediator.Send(new LinkNotification.Command(Id, Version, ChildId), cancellationToken)).EpisodeId, LinkedDone) : Forbid();

    [FormPrefix(nameof(NewChild))]
    public async Task<IActionResult> OnPostNewChildAsync(CancellationToken cancellationToken)
    {
        if (!CanAct)
        {
            return Forbid();
        }

        var input = new EdgeInput();
        var dateOfBirth = input.Date(NewChild.DateOfBirth, nameof(NewChildForm.DateOfBirth), ReceiveNotification.Labels.DateOfBirth);
        var created = await mediator.Send(
            new CreateChildFromNotification.Command(Id, Version, NewChild.LocalId, NewChild.FirstName, NewChild.LastName, dateOfBirth, input.Errors), cancellationToken);
        return EpisodeRedirect(created.EpisodeId, "Child created and the notification linked: the episode has been routed and its duties raised");
    }

    public async Task<IActionResult> OnPostDuplicateAsync(CancellationToken cancellationToken)
    {
        if (!CanAct)
        {
            return Forbid();
        }

        await mediator.Send(new MarkDuplicate.Command(Id, Version, DuplicateOfId), cancellationToken);
        TempData.Success("Notification marked as a duplicate. It is kept and linked to the original");
        return Redirect(Links.FrontDoor);
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(Id, cancellationToken))
        {
            throw new RecordNotFoundException("The notification was not found.");
        }
    }

    /// <summary>What the success banner says once a notification is linked, here or from the queue.</summary>
    public const string LinkedDone = "Notification linked: the episode has been routed and its duties raised";

    private RedirectResult EpisodeRedirect(Guid episodeId, string done)
    {
        TempData.Success(done);
        return Redirect(Links.Episode(episodeId));
    }

    private static string Triage(Domain.Notifications.TriageStatus status) => status switch
    {
        Domain.Notifications.TriageStatus.Linked => "linked",
        Domain.Notifications.TriageStatus.AwaitingTriage => "awaiting triage",
        _ => "duplicate",
    };

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
