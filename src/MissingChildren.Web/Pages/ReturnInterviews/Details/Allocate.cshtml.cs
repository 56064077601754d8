using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Allocate the interview (<c>/rhi/{id}/allocate</c>).</summary>
public sealed class AllocateModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), IAllocateForm
{
    [BindProperty]
    public AllocateInput Allocate { get; set; } = new();

    public override string Title => "Allocate the interview";

    protected override bool Allowed(GetRhi.Actions can) => can.Allocate;

    [FormPrefix(nameof(Allocate))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new AllocateRhi.Command(Id, Version, Allocate.WorkerId),
            "Interview allocated", cancellationToken);
}
