using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>R6 (001 §1.6.1): the EDT asks the child who should do the interview and seeks consent (<c>/rhi/{id}/out-of-hours</c>).</summary>
public sealed class OutOfHoursModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), IOutOfHoursForm
{
    [BindProperty]
    public OutOfHoursInput OutOfHours { get; set; } = new();

    public override string Title => "Out of hours: ask the child";

    protected override bool Allowed(GetRhi.Actions can) => can.AskOutOfHours;

    [FormPrefix(nameof(OutOfHours))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new AskChildOutOfHours.Command(Id, Version, OutOfHours.Choice, OutOfHours.Consented, OutOfHours.GivenByName, OutOfHours.Reasons),
            "The child's answer recorded: the interview passes to the daytime service", cancellationToken);
}
