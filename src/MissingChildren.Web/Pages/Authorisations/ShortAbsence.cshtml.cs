using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Authorisations;

/// <summary>R34: the manager decides whether a looked-after child's short absence needs a return home interview.</summary>
[Authorize(Roles = "TeamManager,HeadOfService")]
[FormField(nameof(DecideShortAbsence.Command.Needed), nameof(Decision))]
public sealed class ShortAbsenceModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    [FromRoute(Name = "taskId")]
    public Guid TaskId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public GetShortAbsenceDecision.Result Item { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Of(Item.ChildId, "DutyTask", Item.TaskId)];

    /// <summary>The form's answers, read once into the command's yes or no.</summary>
    public const string Needed = "Needed";

    public const string NotNeeded = "NotNeeded";

    public static IEnumerable<SelectListItem> Decisions { get; } =
    [
        new("Yes: ask for a return home interview", Needed),
        new("No: a return home interview is not needed", NotNeeded),
    ];

    public async Task<IActionResult> OnGetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, cancellationToken))
        {
            return NotFound();
        }

        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, cancellationToken))
        {
            return NotFound();
        }

        bool? needed = Decision switch
        {
            Needed => true,
            NotNeeded => false,
            _ => null,
        };
        var rhiId = await mediator.Send(new DecideShortAbsence.Command(taskId, Version, needed, Reason), cancellationToken);

        TempData.Success(rhiId is null ? "Decision recorded: no return home interview needed" : "Return home interview asked for");
        return Redirect(rhiId is { } id ? Links.ReturnInterview(id) : Links.Authorisations);
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadAsync(TaskId, cancellationToken))
        {
            Version = Item.Version;
        }
    }

    private async Task<bool> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var item = await mediator.Send(new GetShortAbsenceDecision.Query(taskId), cancellationToken);
        Item = item!;
        return item is not null;
    }
}
