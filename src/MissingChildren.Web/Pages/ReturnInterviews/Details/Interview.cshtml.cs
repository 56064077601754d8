using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Record the interview (<c>/rhi/{id}/interview</c>).</summary>
public sealed class InterviewModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), IInterviewForm
{
    [BindProperty]
    public InterviewInput Interview { get; set; } = new();

    public override string Title => "Record the interview";

    protected override void Prefill() => Interview = InterviewInput.For(Rhi.Rhi);

    protected override bool Allowed(GetRhi.Actions can) => can.Interview;

    [FormPrefix(nameof(Interview))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var interviewedAt = input.Instant(Interview.InterviewedAt, nameof(RecordInterview.Command.InterviewedAt), RecordInterview.InterviewedAtLabel);
        return SendAsync(new RecordInterview.Command(Id, Version, interviewedAt, Interview.Location, Interview.PeoplePresent, Interview.ChildAccount,
                Interview.ParentsCarersViews, Interview.RisksIdentified, Interview.ConsentToShare, Interview.InterpreterNeeded, Interview.InterpreterLanguage, input.Errors),
            "Interview recorded", cancellationToken);
    }
}
