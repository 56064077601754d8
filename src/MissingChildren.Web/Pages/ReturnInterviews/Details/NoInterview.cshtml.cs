using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Record that the interview was declined or there was no contact (<c>/rhi/{id}/no-interview</c>).</summary>
public sealed class NoInterviewModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), INoInterviewForm
{
    [BindProperty]
    public NoInterviewInput NoInterview { get; set; } = new();

    public override string Title => "Record that the interview was declined or there was no contact";

    protected override bool Allowed(GetRhi.Actions can) => can.NoInterview;

    [FormPrefix(nameof(NoInterview))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SendAsync(new RecordNoInterview.Command(Id, Version, NoInterview.Outcome, NoInterview.Reasons, NoInterview.SupportOffered, NoInterview.ParentsCarersViews),
            "Recorded that the interview did not happen", cancellationToken);
}
