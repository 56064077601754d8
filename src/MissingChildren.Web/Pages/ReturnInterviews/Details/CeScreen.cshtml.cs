using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Record the CE screen (<c>/rhi/{id}/ce-screen</c>).</summary>
public sealed class CeScreenModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), ICeForm
{
    [BindProperty]
    public CeInput Ce { get; set; } = new();

    public override string Title => "Record the CE screen";

    protected override bool Allowed(GetRhi.Actions can) => can.CeScreen;

    [FormPrefix(nameof(Ce))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new RecordCeScreen.Command(Id, Version, Ce.Outcome),
            "CE screen recorded", cancellationToken);
}
