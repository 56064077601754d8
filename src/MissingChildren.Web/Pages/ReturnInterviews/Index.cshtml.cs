using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.ReturnInterviews;

[Authorize(Roles = $"{Roles.RhiWorker},{Roles.TeamManager},{Roles.FrontDoor}")]
public sealed class IndexModel(ISender mediator, TimeProvider clock) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "unallocatedPage")]
    public int? UnallocatedPage { get; set; }

    [BindProperty(SupportsGet = true, Name = "interviewsPage")]
    public int? InterviewsPage { get; set; }

    public GetRhiTray.Result Tray { get; private set; } = default!;

    /// <summary>Every child the tray lists: their interviews and the home authorities' form requests (R8).</summary>
    public IEnumerable<ChildRecordRead> RecordsShown =>
        Tray.Unallocated.Items.Concat(Tray.Interviews.Items).Select(r => ChildRecordRead.Of(r.ChildId, "ReturnHomeInterview", r.Id))
            .Concat(Tray.FormRequests.Select(r => ChildRecordRead.Of(r.ChildId, "MissingEpisode", r.EpisodeId)));

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>R8: the home authority's RHI form has arrived.</summary>
    public async Task<IActionResult> OnPostFormReceivedAsync(Guid episodeId, CancellationToken cancellationToken)
    {
        await mediator.Send(new MarkRhiFormReceived.Command(episodeId), cancellationToken);
        TempData.Success("Home authority's form recorded as received");
        return RedirectToPage();
    }

    public RhiRowsModel Rows(PageOf<GetRhiTray.Row> rows, bool unallocated, string caption) =>
        new(rows, Now, unallocated, caption, Tray.Sort, sort => Link(sort, 1, 1), page => unallocated
            ? Link(Tray.Sort, page, Paging.Clamp(InterviewsPage))
            : Link(Tray.Sort, Paging.Clamp(UnallocatedPage), page)) { MayOpen = MayOpen };

    /// <summary>The children listed whom the signed-in person may open (<see cref="Features.Children.ChildAccess"/>).</summary>
    public IReadOnlySet<Guid> MayOpen { get; private set; } = new HashSet<Guid>();

    /// <summary>The tray with these settings; the team filter is kept.</summary>
    public string Link(string sort, int unallocatedPage, int interviewsPage) =>
        $"/rhi?team={Team}&sort={sort}&unallocatedPage={unallocatedPage}&interviewsPage={interviewsPage}";

    /// <summary>A refused "form received" draws the tray again with its message (the page filter).</summary>
    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Tray = await mediator.Send(new GetRhiTray.Query(Team, Sort, Paging.Clamp(UnallocatedPage), Paging.Clamp(InterviewsPage)), cancellationToken);
        MayOpen = await mediator.Send(new GetChildrenMayOpen.Query([.. RecordsShown.Select(r => r.ChildId)]), cancellationToken);
    }
}

/// <summary>What the RHI rows partial shows: one page of one list, with links to sort and page it.</summary>
public sealed record RhiRowsModel(PageOf<GetRhiTray.Row> Rows, DateTimeOffset Now, bool Unallocated, string Caption, string Sort,
    Func<string, string> SortLink, Func<int, string> PageLink)
{
    /// <summary>The children the signed-in person may open: their names link to their records.</summary>
    public IReadOnlySet<Guid> MayOpen { get; init; } = new HashSet<Guid>();
}
