using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Meetings;
using MissingChildren.Web.Features.Meetings;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Children;

/// <summary>A strategy meeting (R12), professionals meeting (R33) or long-missing review (R15): who came, the risk factors considered (003), the SMART plan.</summary>
public sealed class RecordMeetingModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.Meetings;

    /// <summary>The type of meeting; a duty's link names the one it asks for (<c>?type=LongMissingReview</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    /// <summary>The duty the meeting is held for, when its link names one (<c>&amp;dutyId=</c>): that duty is the one closed.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? DutyId { get; set; }

    [BindProperty]
    public DateTimeParts HeldAt { get; set; } = new();

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? RiskFactors { get; set; }

    [BindProperty]
    public string? Actions { get; set; }

    public static IEnumerable<SelectListItem> Types =>
    [
        new("Strategy meeting", "StrategyMeeting") { Group = new SelectListGroup { Name = "Children's social care, police and other agencies decide on action to safeguard the child" } },
        new("Professionals meeting", "ProfessionalsMeeting") { Group = new SelectListGroup { Name = "The professionals working with the child plan together" } },
        new("Long-missing review", "LongMissingReview") { Group = new SelectListGroup { Name = "A review of a child missing for a long time, as the protocol's review timetable says" } },
    ];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var type = input.Choice<MeetingType>(Type, nameof(Type), RecordMeeting.ChooseType);
        var heldAt = input.Instant(HeldAt, nameof(HeldAt), RecordMeeting.HeldAtLabel);
        await Mediator.Send(new RecordMeeting.Command(ChildId, type, heldAt, Attendees, RiskFactors, Actions, input.Errors, DutyId), cancellationToken);
        TempData.Success($"{Types.FirstOrDefault(t => t.Value == Type)?.Text ?? "Meeting"} recorded");
        return Redirect(CasePath(CaseTab.Meetings));
    }
}
