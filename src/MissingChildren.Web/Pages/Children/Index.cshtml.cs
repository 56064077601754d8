using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Children;

/// <summary>"My children": the social worker's allocated children with their open duties.</summary>
[Authorize(Roles = Roles.SocialWorker)]
public sealed class IndexModel(ISender mediator, TimeProvider clock) : PageModel, IShowsChildRecords
{
    public IReadOnlyList<GetMyChildren.Row> Children { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public IEnumerable<ChildRecordRead> RecordsShown => Children.Select(c => ChildRecordRead.Child(c.Id));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Children = await mediator.Send(new GetMyChildren.Query(), cancellationToken);
    }
}
