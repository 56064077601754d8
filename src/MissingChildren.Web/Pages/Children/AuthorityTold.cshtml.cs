using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Partners;
using MissingChildren.Web.Features.Partners;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Children;

/// <summary>R41, R42: record that another local authority was told: who, how and when.</summary>
public sealed class AuthorityToldModel(ISender mediator, TimeProvider clock) : PartnerDutyPageModel(mediator, TaskType.OtherAuthorityNotification)
{
    [BindProperty]
    public string? PersonOrTeam { get; set; }

    [BindProperty]
    public string? Method { get; set; }

    [BindProperty]
    public DateTimeParts ToldAt { get; set; } = new();

    public static IEnumerable<SelectListItem> Methods { get; } = [.. Words.Options<ContactMethod>().Select(o => new SelectListItem(o.Text, o.Code))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Duty.Version;
        ToldAt = DateTimeParts.From(clock.GetUtcNow(), DeadlineText.UkTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new EdgeInput();
        var toldAt = input.Instant(ToldAt, nameof(ToldAt), RecordAuthorityTold.ToldAtLabel);
        var method = input.Choice<ContactMethod>(Method, nameof(Method), "Select how they were told");
        await Mediator.Send(new RecordAuthorityTold.Command(ChildId, TaskId, Version, PersonOrTeam, method, toldAt, input.Errors), cancellationToken);
        TempData.Success($"Recorded: {Duty.Partner ?? "the authority"} told");
        return Redirect(CasePath());
    }
}
