using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The child's case view: <c>/children/{id}</c> and its tabs as sub-paths.</summary>
public sealed class CaseModel(ISender mediator, TimeProvider clock) : ChildPageModel(mediator)
{
    [FromRoute(Name = "tab")]
    public string? TabSlug { get; set; }

    public CaseTabs.Tab Tab { get; private set; } = CaseTabs.All[0];

    public DateTimeOffset Now { get; private set; }

    public IActionResult OnGet()
    {
        var tab = CaseTabs.All.FirstOrDefault(t => t.Slug == (TabSlug ?? ""));
        if (tab is null)
        {
            return NotFound();
        }

        Tab = tab;
        Now = clock.GetUtcNow();
        return Page();
    }
}
