using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>Who the child wants to do the interview (<c>/rhi/{id}/choice</c>).</summary>
public sealed class ChoiceModel(ISender mediator, TimeProvider clock) : RhiFormPage(mediator, clock), IChoiceForm
{
    [BindProperty]
    public ChoiceInput Choice { get; set; } = new();

    public override string Title => "Who the child wants to do the interview";

    protected override bool Allowed(GetRhi.Actions can) => can.Choice;

    [FormPrefix(nameof(Choice))]
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var plannedDate = input.Date(Choice.PlannedDate, nameof(ChooseInterviewer.Command.PlannedDate), ChooseInterviewer.PlannedDateLabel);
        return SendAsync(new ChooseInterviewer.Command(Id, Version, Choice.Choice, Choice.RequestMade, plannedDate, input.Errors),
            "The child's choice of interviewer recorded", cancellationToken);
    }
}
