using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages;

public sealed class IndexModel(ISender mediator, TimeProvider clock) : PageModel, IShowsChildRecords
{
    public GetHome.Result Home { get; private set; } = default!;

    /// <summary>A team manager's: social work their team holds until the worker has an account.</summary>
    public IReadOnlyList<GetWorkAwaitingWorker.Item> AwaitingWorker { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <summary>A team manager's list of children whose work waits for a worker; the figures name no child.</summary>
    public IEnumerable<ChildRecordRead> RecordsShown => AwaitingWorker.Select(i => ChildRecordRead.Child(i.ChildId));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Home = await mediator.Send(new GetHome.Query(), cancellationToken);
        AwaitingWorker = await mediator.Send(new GetWorkAwaitingWorker.Query(), cancellationToken);
        Now = clock.GetUtcNow();
    }
}
