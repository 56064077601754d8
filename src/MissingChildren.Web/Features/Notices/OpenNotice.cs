using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notices;

/// <summary>Opening a notice marks it read and leads to its record. Only its recipient may open it.</summary>
public static class OpenNotice
{
    public sealed record Command(Guid NoticeId) : ICommand<string?>;

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == command.NoticeId && n.UserId == actor.UserId, cancellationToken);
            if (notice is null)
            {
                return null;
            }

            notice.ReadAt ??= clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return notice.Link;
        }
    }
}
