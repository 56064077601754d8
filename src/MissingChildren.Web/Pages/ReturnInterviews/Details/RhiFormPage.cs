using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>
/// A page of one RHI form (<c>/rhi/{id}/…</c>): it draws the form on its own, and takes its post. A refused post is
/// drawn again here by <see cref="FormOutcomeFilter"/>, with its errors; a saved one goes back to the RHI's page.
/// </summary>
[Authorize(Roles = Actors)]
public abstract class RhiFormPage(ISender mediator, TimeProvider clock) : PageModel, IRhiView, IRedisplayedForm, IShowsChildRecords
{
    /// <summary>Who may open an RHI's forms (each RHI further scoped by <see cref="RhiAccess"/>): R6 the EDT, R7 and R23 social workers too.</summary>
    public const string Actors = $"{Roles.RhiWorker},{Roles.TeamManager},{Roles.FrontDoor},{Roles.SocialWorker},{Roles.EmergencyDuty}";

    /// <summary>Who may read an RHI and its letters: those who act on one, and Heads of Service and Directors when they approve (R30).</summary>
    public const string Readers = $"{Actors},{Roles.HeadOfService},{Roles.Director}";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public GetRhi.Result Rhi { get; private set; } = default!;

    public DateTimeOffset Now { get; private set; }

    public IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Of(Rhi.Rhi.ChildId, "ReturnHomeInterview", Id)];

    /// <summary>The form's title, as its page heading.</summary>
    public abstract string Title { get; }

    /// <summary>Whether the RHI (and the signed-in person) allows this form now; otherwise its page shows the RHI's.</summary>
    protected abstract bool Allowed(GetRhi.Actions can);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Allowed(Rhi.Can))
        {
            return Redirect(Links.ReturnInterview(Id));
        }

        Version = Rhi.Rhi.Version;
        Prefill();
        return Page();
    }

    /// <summary>What the form starts with when it is opened.</summary>
    protected virtual void Prefill()
    {
    }

    /// <summary>Sends the form's command; once saved, the RHI's page (or the one <paramref name="next"/> names) says what was done.</summary>
    protected async Task<IActionResult> SendAsync<T>(ICommand<T> command, string done, CancellationToken cancellationToken, Func<T, Guid>? next = null)
    {
        var result = await mediator.Send(command, cancellationToken);
        TempData.Success(done);
        return Redirect(Links.ReturnInterview(next is null ? Id : next(result)));
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return;
        }

        // Keep the version the user worked from unless someone else changed the record: then they see the latest.
        if (reason == Redisplay.Conflict)
        {
            Version = Rhi.Rhi.Version;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var rhi = await mediator.Send(new GetRhi.Query(Id), cancellationToken);
        if (rhi is null)
        {
            return false;
        }

        Rhi = rhi;
        return true;
    }
}
