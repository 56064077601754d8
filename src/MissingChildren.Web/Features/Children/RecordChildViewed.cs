using Mediator;
using MissingChildren.Domain.Auditing;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Children;

/// <summary>Every view of a child's record is written to the audit log ("Viewed"), with the page seen.</summary>
public static class RecordChildViewed
{
    public sealed record Command(Guid ChildId, string Page) : ICommand<Unit>;

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(),
                Actor = actor.Name,
                EntityType = "Child",
                EntityId = command.ChildId.ToString(),
                ChildId = command.ChildId,
                Action = "Viewed",
                Changes = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["Page"] = new { to = command.Page } }),
            });
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
