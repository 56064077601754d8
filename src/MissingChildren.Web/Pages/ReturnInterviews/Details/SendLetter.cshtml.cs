using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Generate the letter (<c>/rhi/{id}/send-letter</c>).</summary>
public sealed class SendLetterModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), ILetterForm
{
    [BindProperty]
    public LetterInput Letter { get; set; } = new();

    public override string Title => "Generate the letter";

    protected override bool Allowed(GetRhi.Actions can) => can.Letter;

    [FormPrefix(nameof(Letter))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new GenerateLetter.Command(Id, Version, Letter.LivingIndependently),
            "Letter generated and kept on the record", cancellationToken);
}
