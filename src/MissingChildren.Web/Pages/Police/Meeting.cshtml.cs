using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Meetings;
using MissingChildren.Web.Features.Meetings;
using MissingChildren.Web.Features.Police;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Police;

/// <summary>R33 (003): the police record the professionals meeting they organised (<c>/police/duties/{taskId}</c>), which closes the duty.</summary>
[Authorize(Roles = Roles.Police)]
public sealed class MeetingModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    [FromRoute(Name = "taskId")]
    public Guid TaskId { get; set; }

    [BindProperty]
    public DateTimeParts HeldAt { get; set; } = new();

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? RiskFactors { get; set; }

    [BindProperty]
    public string? Actions { get; set; }

    public GetPoliceWork.Duty Duty { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Of(Duty.ChildId, "DutyTask", Duty.Id)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new EdgeInput();
        var heldAt = input.Instant(HeldAt, nameof(HeldAt), RecordMeeting.HeldAtLabel);
        await mediator.Send(new RecordMeeting.Command(Duty.ChildId, MeetingType.ProfessionalsMeeting, heldAt, Attendees, RiskFactors, Actions, input.Errors, Duty.Id),
            cancellationToken);
        TempData.Success("Professionals meeting recorded");
        return Redirect(Links.Police);
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var work = await mediator.Send(new GetPoliceWork.Query(TaskId), cancellationToken);
        if (work.Duties.Count == 0)
        {
            return false;
        }

        Duty = work.Duties[0];
        return true;
    }
}
