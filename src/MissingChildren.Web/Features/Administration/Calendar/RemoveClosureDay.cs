using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Features.Administration.Policy;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Calendar;

/// <summary>An administrator removes a local closure day they (or another) added: it is a working day again for duties raised after.</summary>
public static class RemoveClosureDay
{
    public sealed record Command(Guid Id, Guid Version) : ICommand<Unit>;

    public sealed class Handler(AppDbContext db, PolicyChanges changes) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var day = await db.ClosureDays.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new RecordNotFoundException();
            db.Entry(day).Property(d => d.Version).OriginalValue = command.Version;
            db.ClosureDays.Remove(day);
            await changes.SaveAsync($"Closure day {day.Date:yyyy-MM-dd} removed", cancellationToken);
            return Unit.Value;
        }
    }
}
