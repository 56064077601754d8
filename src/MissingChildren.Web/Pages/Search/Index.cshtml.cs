using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Search;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Search;

/// <summary>
/// <c>/search?q=</c>: find a child by name, date of birth, local ID or police reference, among the children the person
/// may open. The query is never logged; every child shown is a read of their record (audited).
/// </summary>
[Authorize(Roles = ChildAccess.CaseViewRoles)]
[FormField(nameof(SearchChildren.Query.Text), QueryField)]
public sealed class IndexModel(ISender mediator) : PageModel, IShowsChildRecords, IRedisplayedForm
{
    public const string QueryField = "q";

    [BindProperty(SupportsGet = true, Name = QueryField)]
    public string? Q { get; set; }

    /// <summary>The children found; none before a search, or while it has an error.</summary>
    public SearchChildren.Result? Results { get; private set; }

    public IEnumerable<ChildRecordRead> RecordsShown => Results?.Rows.Select(r => ChildRecordRead.Child(r.Id)) ?? [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Q is null && !Request.Query.ContainsKey(QueryField))
        {
            return;
        }

        Results = await mediator.Send(new SearchChildren.Query(Q), cancellationToken);
    }

    /// <summary>An empty or too short search is drawn again with its error and no results.</summary>
    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
