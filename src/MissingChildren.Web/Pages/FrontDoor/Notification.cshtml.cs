using MissingChildren.Domain.Children;
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

/// <summary>
/// One notification at triage (R1): link it to a candidate or a child found by a search (a strong match in one click, a
/// weak one after comparing), create a new child from it after a search, or mark it a duplicate.
/// </summary>
[Authorize(Roles = FrontDoorAccess.Readers)]
[FormField(nameof(GetTriageNotification.Query.Search), nameof(NotificationModel.Q))]
public sealed class NotificationModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    public sealed class NewChildForm
    {
        public string? LocalId { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateParts DateOfBirth { get; set; } = new();
    }

    public const string SearchField = "q";

    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    /// <summary>What Front Door searched for (also on the new child form's address, so the search is kept with it).</summary>
    [BindProperty(SupportsGet = true, Name = SearchField)]
    public string? Q { get; set; }

    /// <summary>Front Door compared the child's record with the report: needed to link a weak match.</summary>
    [BindProperty]
    public bool Compared { get; set; }

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

    /// <summary>The candidate children and those the search found, with their dates of birth and addresses (R1).</summary>
    public IEnumerable<ChildRecordRead> RecordsShown => Notification.Notification.Candidates.Select(c => c.ChildId)
        .Concat(Notification.Found?.Select(f => f.Child.Id) ?? []).Distinct().Select(ChildRecordRead.Child);

    /// <summary>Whether Front Door has searched for the child: only then may it create a new one.</summary>
    public bool Searched => Notification.Found is not null;

    /// <summary>The weak matches (candidates and children found), linked only once compared with the report.</summary>
    public IEnumerable<SelectListItem> CompareItems => Notification.Notification.Candidates.Where(c => !c.IsStrong)
        .Select(c => new SelectListItem($"{c.Name} ({c.LocalId})", c.ChildId.ToString()) { Group = new SelectListGroup { Name = string.Join(", ", c.Reasons) } })
        .Concat((Notification.Found ?? []).Where(f => !f.IsStrong)
            .Select(f => new SelectListItem($"{f.Child.Name} ({f.Child.LocalId})", f.Child.Id.ToString()) { Group = new SelectListGroup { Name = $"Found by {string.Join(", ", f.Child.Reasons).ToLowerInvariant()}" } }))
        .DistinctBy(i => i.Value);

    public IEnumerable<SelectListItem> ComparedItems => [new("I have opened the child's record and compared it with the report: this report is about them", "true") { Selected = Compared }];

    public IEnumerable<SelectListItem> OriginalItems => Notification.PossibleOriginals.Select(o => new SelectListItem(
        $"{o.Kind} report {o.SourceReference} ({o.Source})", o.Id.ToString()) { Group = new SelectListGroup { Name = $"Received {DeadlineText.Local(o.ReceivedAt)}; {Triage(o.Triage)}" } });

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken))
        {
            return NotFound();
        }

        var n = Notification.Notification;
        Version = n.Version;
        NewChild = new NewChildForm { LocalId = n.LocalId, FirstName = n.FirstName, LastName = n.LastName, DateOfBirth = DateParts.From(n.DateOfBirth) };
        if (Request.Query.ContainsKey(SearchField))
        {
            await LoadAsync(id, Q ?? "", cancellationToken);
        }
        else
        {
            Q = string.Join(' ', new[] { n.FirstName, n.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken) =>
        CanAct ? EpisodeRedirect((await mediator.Send(new LinkNotification.Command(Id, Version, ChildId, Compared), cancellationToken)).EpisodeId, LinkedDone) : Forbid();

    [FormPrefix(nameof(NewChild))]
    [FormField(nameof(CreateChildFromNotification.Command.SearchedFor), nameof(Q))]
    public async Task<IActionResult> OnPostNewChildAsync(CancellationToken cancellationToken)
    {
        if (!CanAct)
        {
            return Forbid();
        }

        var input = new EdgeInput();
        var dateOfBirth = input.Date(NewChild.DateOfBirth, nameof(NewChildForm.DateOfBirth), ReceiveNotification.Labels.DateOfBirth);
        var created = await mediator.Send(
            new CreateChildFromNotification.Command(Id, Version, NewChild.LocalId, NewChild.FirstName, NewChild.LastName, dateOfBirth, input.Errors, Q), cancellationToken);
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

    /// <summary>Drawn again with its errors: after a refused search without results; after a refused action with the search it was made after.</summary>
    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        var search = !HttpMethods.IsGet(Request.Method) && Q?.Trim().Length is >= ChildSearch.MinimumLength and <= ChildSearch.MaximumLength ? Q : null;
        if (!await LoadAsync(Id, search, cancellationToken))
        {
            throw new RecordNotFoundException("The notification was not found.");
        }

        if (HttpMethods.IsGet(Request.Method))
        {
            Version = Notification.Notification.Version;
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

    private async Task<bool> LoadAsync(Guid id, string? search, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetTriageNotification.Query(id, search), cancellationToken);
        if (result is null)
        {
            return false;
        }

        Notification = result;
        return true;
    }
}
