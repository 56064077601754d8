using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Calendar;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Calendar;

/// <summary><c>/admin/calendar</c>: bank holidays by year, local closure days (add, remove), core hours, the next ten working days.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ISender mediator) : PageModel, IRedisplayedForm
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public DateParts Date { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public GetCalendar.Result Calendar { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(Redisplay.Invalid, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var date = input.Date(Date, nameof(AddClosureDay.Command.Date), AddClosureDay.DateLabel);
        await mediator.Send(new AddClosureDay.Command(date, Reason, input.Errors), cancellationToken);
        return Redirect(Links.AdminCalendar + "#closure-days");
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) =>
        Calendar = await mediator.Send(new GetCalendar.Query(Year), cancellationToken);
}
