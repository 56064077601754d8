using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Partners;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>R44: record the National Referral Mechanism referral made: when, its reference, who made it.</summary>
public sealed class NrmReferralModel(ISender mediator, TimeProvider clock) : PartnerDutyPageModel(mediator, TaskType.NrmReferral)
{
    [BindProperty]
    public DateTimeParts MadeAt { get; set; } = new();

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? MadeBy { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Duty.Version;
        MadeAt = DateTimeParts.From(clock.GetUtcNow(), DeadlineText.UkTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new EdgeInput();
        var madeAt = input.Instant(MadeAt, nameof(MadeAt), RecordNrmReferral.MadeAtLabel);
        await Mediator.Send(new RecordNrmReferral.Command(ChildId, TaskId, Version, madeAt, Reference, MadeBy, input.Errors), cancellationToken);
        TempData.Success("National Referral Mechanism referral recorded");
        return Redirect(CasePath());
    }
}
