using FluentValidation;
using Mediator;
using MissingChildren.Web.Domain;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.ReturnInterviews;

[Authorize(Roles = $"{Roles.RhiWorker},{Roles.TeamManager},{Roles.FrontDoor}")]
public sealed class IndexModel(ISender mediator, TimeProvider clock) : PageModel
{
    public GetRhiTray.Result Tray { get; private set; } = default!;

    public DateTimeOffset Now { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>R8: the home authority's RHI form has arrived.</summary>
    public async Task<IActionResult> OnPostFormReceivedAsync(Guid episodeId, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new MarkRhiFormReceived.Command(episodeId), cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (RhiNotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Done = "Home authority's form recorded as received";
        return RedirectToPage();
    }

    public (IReadOnlyList<GetRhiTray.Row> Rows, DateTimeOffset Now, bool Unallocated, string Caption) Rows(IReadOnlyList<GetRhiTray.Row> rows, bool unallocated, string caption) =>
        (rows, Now, unallocated, caption);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Tray = await mediator.Send(new GetRhiTray.Query(), cancellationToken);
    }
}
