using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Calendar;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Calendar;

/// <summary><c>/admin/calendar/closure-days/{id}/remove</c>: confirm the removal of a local closure day.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class RemoveClosureDayModel(ISender mediator) : PageModel, IRedisplayedForm
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public GetClosureDay.Result Day { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetClosureDay.Query(Id), cancellationToken) is not { } day)
        {
            return NotFound();
        }

        Day = day;
        Version = day.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveClosureDay.Command(Id, Version), cancellationToken);
        return Redirect(Links.AdminCalendar + "#closure-days");
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        Day = await mediator.Send(new GetClosureDay.Query(Id), cancellationToken) ?? throw new Features.RecordNotFoundException();
        Version = Day.Version;
    }
}
