using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Education;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Education;

/// <summary>R39: record the school absence meeting held for a duty (<c>/education/meetings/{taskId}</c>), which closes it.</summary>
[Authorize(Roles = Roles.Education)]
public sealed class MeetingModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    [FromRoute(Name = "taskId")]
    public Guid TaskId { get; set; }

    [BindProperty]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? MonitorAttendance { get; set; }

    [BindProperty]
    public string? ReturnInterviewOffered { get; set; }

    public GetEducation.Duty Duty { get; private set; } = default!;

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "Yes"), new("No", "No")];

    public IEnumerable<ChildRecordRead> RecordsShown => Duty is null ? [] : [ChildRecordRead.Of(Duty.ChildId, "DutyTask", Duty.Id)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new EdgeInput();
        var heldOn = input.Date(HeldOn, nameof(HeldOn), RecordSchoolAbsenceMeeting.HeldOnLabel);
        var monitor = input.YesNo(MonitorAttendance, nameof(MonitorAttendance), "Select whether attendance will be monitored");
        var offered = input.YesNo(ReturnInterviewOffered, nameof(ReturnInterviewOffered), "Select whether a return interview was offered");
        await mediator.Send(new RecordSchoolAbsenceMeeting.Command(TaskId, heldOn, Attendees, Outcome, monitor, offered, input.Errors), cancellationToken);
        TempData.Success("School absence meeting recorded");
        return Redirect(Links.Education);
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var work = await mediator.Send(new GetEducation.Query(), cancellationToken);
        Duty = work.Duties.FirstOrDefault(d => d.Id == TaskId && d.Type == Domain.Duties.TaskType.SchoolAbsenceMeeting)!;
        return Duty is not null;
    }
}
