using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MissingChildren.Domain.Children;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Pages.Children;

/// <summary>R16 (001 §5.1): the team manager records the day's check of a missing child's record.</summary>
[Authorize(Roles = $"{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director}")]
public sealed class RecordDailyCheckModel(ISender mediator, TimeProvider clock) : ChildPageModel(mediator), IRedisplayedForm
{
    protected override RecordPart Part => RecordPart.Duties;

    [FromRoute(Name = "taskId")]
    public Guid TaskId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public DateTimeParts CheckedAt { get; set; } = new();

    [BindProperty]
    public string? WhatWasChecked { get; set; }

    private bool _loaded;

    public GetDutyToComplete.Result Duty { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Duty.Version;
        CheckedAt = DateTimeParts.From(clock.GetUtcNow(), DeadlineText.UkTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = new EdgeInput();
        var checkedAt = input.Instant(CheckedAt, nameof(CheckedAt), RecordDailyCheck.CheckedAtLabel);
        await Mediator.Send(new RecordDailyCheck.Command(ChildId, TaskId, Version, checkedAt, WhatWasChecked, input.Errors), cancellationToken);
        TempData.Success("Daily check recorded");
        return Redirect(CasePath());
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        // A form refused before its handler ran (an expired anti-forgery token) has not loaded the duty yet.
        if ((reason == Redisplay.Conflict || !_loaded) && await LoadAsync(cancellationToken) && reason == Redisplay.Conflict)
        {
            Version = Duty.Version;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var duty = await Mediator.Send(new GetDutyToComplete.Query(ChildId, TaskId), cancellationToken);
        Duty = duty!;
        _loaded = duty is { Type: TaskType.DailyCheck };
        return _loaded;
    }
}
