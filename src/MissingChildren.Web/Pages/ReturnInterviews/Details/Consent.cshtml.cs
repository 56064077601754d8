using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Record consent (<c>/rhi/{id}/consent</c>).</summary>
public sealed class ConsentModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), IConsentForm
{
    [BindProperty]
    public ConsentInput Consent { get; set; } = new();

    public override string Title => "Record consent";

    protected override bool Allowed(GetRhi.Actions can) => can.Consent;

    [FormPrefix(nameof(Consent))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new RecordConsent.Command(Id, Version, Consent.Consented, Consent.GivenByName, Consent.Reasons),
            "Consent recorded", cancellationToken);
}
