using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>R7, R6: the social worker or EDT worker given the offer takes the interview on (<c>/rhi/{id}/take-on</c>).</summary>
public sealed class TakeOnModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock)
{
    public override string Title => "Take on the interview";

    protected override bool Allowed(GetRhi.Actions can) => can.TakeOn;

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new TakeOnRhi.Command(Id, Version), "You have taken on the interview: arrange it below", cancellationToken);
}
