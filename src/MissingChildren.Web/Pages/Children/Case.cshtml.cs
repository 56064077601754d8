using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>
/// The child's case view: <c>/children/{id}</c> and its tabs as sub-paths. Each tab shows one part of the record: a tab
/// the person may not read is not linked, and is refused (403) when opened by its address.
/// </summary>
public sealed class CaseModel(ISender mediator, TimeProvider clock) : ChildPageModel(mediator)
{
    [FromRoute(Name = "tab")]
    public string? TabSlug { get; set; }

    public CaseTabs.Tab Tab { get; private set; } = CaseTabs.All[0];

    public DateTimeOffset Now { get; private set; }

    private CaseTabs.Tab? Asked => CaseTabs.All.FirstOrDefault(t => t.Slug == (TabSlug ?? ""));

    /// <summary>The tab's part (an unknown tab is not found, below).</summary>
    protected override RecordPart Part => Asked?.Part ?? RecordPart.Identity;

    protected override PartAccess NeededToOpen => PartAccess.Read;

    public IActionResult OnGet()
    {
        if (Asked is not { } tab)
        {
            return NotFound();
        }

        Tab = tab;
        Now = clock.GetUtcNow();
        return Page();
    }

    /// <summary>
    /// Where a duty is done, where the person may do it: whoever may change the child's duties, and the return home
    /// interview worker for a duty done on the interview they hold (its own page checks the interview is theirs).
    /// </summary>
    public DutyAction? WhereDone(GetChildCase.DutyView duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        if (!Enum.TryParse<Domain.Duties.TaskType>(duty.Type, out var type)
            || Links.WhereDutyIsDone(ChildId, duty.Id, type, duty.Rule, duty.RhiId, duty.Role) is not { } action)
        {
            return null;
        }

        return Parts.MayChange(RecordPart.Duties)
               || (duty.RhiId is { } rhi && action.Href == Links.ReturnInterview(rhi) && Parts.MayChange(RecordPart.ReturnInterviews))
            ? action
            : null;
    }
}
