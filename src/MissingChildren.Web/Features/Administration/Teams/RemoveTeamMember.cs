using Mediator;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>An administrator takes a person out of a team; they are then in no team until added to another.</summary>
public static class RemoveTeamMember
{
    public sealed record Command(Guid TeamId, string UserId) : ICommand<string>;

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command, string>
    {
        /// <returns>The person's name.</returns>
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.TeamId == command.TeamId, cancellationToken)
                       ?? throw new RecordNotFoundException("That person is not in this team.");
            user.TeamId = null;
            await db.SaveChangesAsync(cancellationToken);
            return user.DisplayName;
        }
    }
}
