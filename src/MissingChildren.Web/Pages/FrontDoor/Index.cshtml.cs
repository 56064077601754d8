using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.FrontDoor;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>The triage queue (R1): notifications that could not be linked, with candidate matches and a link action.</summary>
[Authorize(Roles = FrontDoorAccess.Readers)]
public sealed class IndexModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    /// <summary>The "page" query parameter ("page" is a route value in Razor Pages, so it is read, not bound).</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? Paging.Clamp(page) : 1;

    [BindProperty(SupportsGet = true)]
    public int? EdtPage { get; set; }

    public PageOf<GetAwaitingTriage.Item> Queue { get; private set; } = default!;

    public GetOutOfHours.Result? OutOfHours { get; private set; }

    public bool CanAct => FrontDoorAccess.CanAct(User);

    /// <summary>Every candidate child the queue shows (R1), and the children of the out-of-hours duties.</summary>
    public IEnumerable<ChildRecordRead> RecordsShown =>
        Queue.Items.SelectMany(n => n.Candidates).Select(c => ChildRecordRead.Child(c.ChildId)).Concat(OutOfHoursShown(OutOfHours));

    /// <summary>The children named by the out-of-hours duties shown to the Emergency Duty Team (R6).</summary>
    public static IEnumerable<ChildRecordRead> OutOfHoursShown(GetOutOfHours.Result? outOfHours) =>
        outOfHours?.Duties.Items.Select(d => ChildRecordRead.Child(d.ChildId)) ?? [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Link a notification to one of its candidates, straight from the queue.</summary>
    public async Task<IActionResult> OnPostLinkAsync(Guid notificationId, Guid version, Guid? childId, CancellationToken cancellationToken)
    {
        if (!CanAct)
        {
            return Forbid();
        }

        var result = await mediator.Send(new LinkNotification.Command(notificationId, version, childId), cancellationToken);
        TempData.Success(NotificationModel.LinkedDone);
        return Redirect(Links.Episode(result.EpisodeId));
    }

    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Queue = await mediator.Send(new GetAwaitingTriage.Query(PageNumber), cancellationToken);
        if (User.IsInRole(Roles.EmergencyDuty))
        {
            OutOfHours = await mediator.Send(new GetOutOfHours.Query(Paging.Clamp(EdtPage)), cancellationToken);
        }
    }
}
