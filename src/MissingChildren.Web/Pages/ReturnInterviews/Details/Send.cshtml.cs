using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>R30: send the concluded RHI to the team manager (<c>/rhi/{id}/send</c>).</summary>
public sealed class SendModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock)
{
    public override string Title => "Send for authorisation";

    protected override bool Allowed(GetRhi.Actions can) => can.Send;

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new SendForAuthorisation.Command(Id, Version), "Sent to the team manager for authorisation", cancellationToken);
}
