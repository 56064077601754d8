using Mediator;
using MissingChildren.Web.Features.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages;

public sealed class IndexModel(ISender mediator) : PageModel
{
    public GetHome.Result Home { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Home = await mediator.Send(new GetHome.Query(), cancellationToken);
}
