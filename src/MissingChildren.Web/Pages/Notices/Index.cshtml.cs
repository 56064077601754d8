using Mediator;
using MissingChildren.Web.Features.Notices;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Notices;

public sealed class IndexModel(ISender mediator) : PageModel
{
    public PageOf<GetMyNotices.Item> Notices { get; private set; } = default!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Notices = await mediator.Send(new GetMyNotices.Query(Paging.Clamp(page)), cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new OpenNotice.Command(id), cancellationToken) is { } link && Url.IsLocalUrl(link)
            ? LocalRedirect(link)
            : NotFound();
}
