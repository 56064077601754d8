using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>Record a duty done (screens.md "complete a duty"): when, and what was done.</summary>
public sealed class CompleteDutyModel(ISender mediator, TimeProvider clock) : ChildPageModel(mediator), IRedisplayedForm
{
    protected override RecordPart Part => RecordPart.Duties;

    [FromRoute(Name = "taskId")]
    public Guid TaskId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public DateTimeParts DoneAt { get; set; } = new();

    [BindProperty]
    public string? WhatWasDone { get; set; }

    public GetDutyToComplete.Result Duty { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Duty.Version;
        DoneAt = DateTimeParts.From(clock.GetUtcNow(), DeadlineText.UkTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new EdgeInput();
        var doneAt = input.Instant(DoneAt, nameof(DoneAt), CompleteDuty.DoneAtLabel);
        await Mediator.Send(new CompleteDuty.Command(ChildId, TaskId, Version, doneAt, WhatWasDone, input.Errors, Duty.NotNeededWithReason), cancellationToken);
        TempData.Success(Duty.NotNeededWithReason ? "Reason recorded: the plan is not being completed" : "Duty recorded as done");
        return Redirect(CasePath());
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadAsync(cancellationToken))
        {
            Version = Duty.Version;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var duty = await Mediator.Send(new GetDutyToComplete.Query(ChildId, TaskId), cancellationToken);
        Duty = duty!;
        return duty is not null;
    }
}
