using MissingChildren.Domain.Children;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>A page that records a partner duty done (R41, R42, R44): the duty of <see cref="Type"/> it closes, loaded for the form.</summary>
public abstract class PartnerDutyPageModel(ISender mediator, TaskType type) : ChildPageModel(mediator), IRedisplayedForm
{
    protected override RecordPart Part => RecordPart.Duties;

    [FromRoute(Name = "taskId")]
    public Guid TaskId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public GetDutyToComplete.Result Duty { get; private set; } = default!;

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadAsync(cancellationToken))
        {
            Version = Duty.Version;
        }
    }

    /// <summary>Loads the duty; false when the child has no such duty of this type.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var duty = await Mediator.Send(new GetDutyToComplete.Query(ChildId, TaskId), cancellationToken);
        Duty = duty!;
        return duty is not null && duty.Type == type;
    }
}
