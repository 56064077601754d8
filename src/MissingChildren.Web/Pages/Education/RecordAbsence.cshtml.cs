using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Education;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Education;

/// <summary>R39: an absence from school entered by hand (<c>/education/absences/new</c>), as the attendance system would send it.</summary>
[Authorize(Roles = Roles.Education)]
public sealed class RecordAbsenceModel(ISender mediator) : PageModel
{
    [BindProperty]
    public string? ChildLocalId { get; set; }

    [BindProperty]
    public string? School { get; set; }

    [BindProperty]
    public DateParts Date { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Vulnerable { get; set; }

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "Yes"), new("No", "No")];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var date = input.Date(Date, nameof(RecordSchoolAbsence.Command.Date), RecordSchoolAbsence.DateLabel);
        var vulnerable = input.YesNo(Vulnerable, nameof(Vulnerable), "Select whether the child is vulnerable");
        var result = await mediator.Send(new RecordSchoolAbsence.Command(ChildLocalId, School, date, Reason, vulnerable == true, ByHand: true, input.Errors), cancellationToken);
        TempData.Success(result.Created
            ? $"Absence recorded: {result.ConsecutiveAbsences} consecutive school {(result.ConsecutiveAbsences == 1 ? "day" : "days")} absent"
            : "This absence was already recorded");
        return Redirect(Links.Education);
    }
}
