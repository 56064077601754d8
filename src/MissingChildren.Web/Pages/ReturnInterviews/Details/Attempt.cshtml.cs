using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Record a contact attempt (<c>/rhi/{id}/attempt</c>).</summary>
public sealed class AttemptModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), IAttemptForm
{
    [BindProperty]
    public AttemptInput Attempt { get; set; } = new();

    public override string Title => "Record a contact attempt";

    protected override bool Allowed(GetRhi.Actions can) => can.Attempt;

    [FormPrefix(nameof(Attempt))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var at = input.Instant(Attempt.At, nameof(RecordContactAttempt.Command.At), RecordContactAttempt.AtLabel);
        return SendAsync(new RecordContactAttempt.Command(Id, Version, at, Attempt.Method, Attempt.Contacted, Attempt.Outcome, input.Errors),
            "Contact attempt recorded", cancellationToken);
    }
}
