using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>R30: a correction of an authorised RHI is a new version; the worker continues on it.</summary>
public sealed class CorrectModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), ICorrectionForm
{
    [BindProperty]
    public CorrectionInput Correction { get; set; } = new();

    public override string Title => "Correct this interview";

    protected override bool Allowed(GetRhi.Actions can) => can.Correct;

    [FormPrefix(nameof(Correction))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new StartRhiCorrection.Command(Id, Version, Correction.Reason),
            "Correction started: change what needs correcting and send it for authorisation again", cancellationToken, next => next);
}
